package vn.reportbot.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Documents crafted to take long to read while being small: a PDF of many pages that all share one content stream of
 * thousands of separately placed letters (a few hundred KB, minutes of text extraction).
 */
public final class SlowDocuments {

    private SlowDocuments() {
    }

    /** A PDF of {@code pages} pages, each of {@code letters} letters placed one by one. */
    public static byte[] pdf(int pages, int letters) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDResources resources = new PDResources();
            COSName font = resources.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            COSStream content = doc.getDocument().createCOSStream();
            try (OutputStream s = content.createOutputStream(COSName.FLATE_DECODE)) {
                StringBuilder ops = new StringBuilder("BT /" + font.getName() + " 6 Tf\n");
                for (int i = 0; i < letters; i++) {
                    ops.append("1 0 0 1 ").append(20 + (i % 90) * 6).append(' ').append(800 - (i / 90 % 130) * 6)
                            .append(" Tm (").append((char) ('a' + i % 26)).append(") Tj\n");
                }
                s.write(ops.append("ET\n").toString().getBytes(StandardCharsets.US_ASCII));
            }
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage();
                page.setResources(resources);
                page.setContents(new PDStream(content));
                doc.addPage(page);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
