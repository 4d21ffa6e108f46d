package vn.reportbot.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF's text layer with PDFBox; a PDF without one (a scan) is read by text recognition ({@link Ocr}), its first
 * {@link #MAX_OCR_PAGES} pages rendered at {@link #OCR_DPI} dpi in grey, or refused with a reason that says why when
 * Tesseract is not installed.
 */
final class PdfText {

    /** Fewer letters and digits than this on all pages together is no text layer (a scan with a stray page number). */
    private static final int MIN_CHARACTERS = 20;

    /** The pages of a scan that are recognised: a report's text is on its first pages. */
    static final int MAX_OCR_PAGES = 10;

    /** Enough for the 12-point type of an administrative document; a page scanned coarser is rendered as scanned. */
    static final float OCR_DPI = 300;
    static final float MIN_OCR_DPI = 150;

    private PdfText() {
    }

    static DocumentText read(byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int pages = pdf.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
                    TimeLimit.check();
                    super.startPage(page);
                }
            };
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("\n");
            stripper.setPageEnd("\n\n");
            String text = stripper.getText(pdf);
            long characters = text.codePoints().filter(Character::isLetterOrDigit).count();
            if (characters < MIN_CHARACTERS) {
                if (Ocr.available().isEmpty()) {
                    throw new UnreadableDocumentException("scanned PDF: no text layer on its " + pages
                            + (pages == 1 ? " page" : " pages") + ", and " + Ocr.missing().orElseThrow()
                            + "; send the Word file or a PDF with text");
                }
                return new DocumentText(recognised(pdf), true);
            }
            return new DocumentText(text, false);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException("password-protected PDF: its text cannot be read; send it without a password", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException("damaged PDF: " + e.getMessage(), e);
        }
    }

    /**
     * The resolution the page was scanned at (its widest image's pixels over the page's width), between
     * {@link #MIN_OCR_DPI} and {@link #OCR_DPI}: rendering a 200 dpi scan at 300 dpi adds pixels, not letters.
     */
    static float dpi(org.apache.pdfbox.pdmodel.PDPage page) {
        float inches = page.getMediaBox().getWidth() / 72f;
        int widest = 0;
        try {
            for (org.apache.pdfbox.cos.COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                    widest = Math.max(widest, image.getWidth());
                }
            }
        } catch (IOException | RuntimeException e) {
            return OCR_DPI;
        }
        if (widest == 0 || inches <= 0) {
            return OCR_DPI;
        }
        return Math.max(MIN_OCR_DPI, Math.min(OCR_DPI, widest / inches));
    }

    private static String recognised(PDDocument pdf) throws IOException {
        PDFRenderer renderer = new PDFRenderer(pdf);
        StringBuilder text = new StringBuilder();
        int pages = Math.min(pdf.getNumberOfPages(), MAX_OCR_PAGES);
        for (int page = 0; page < pages; page++) {
            TimeLimit.check();
            BufferedImage image = renderer.renderImageWithDPI(page, dpi(pdf.getPage(page)), ImageType.GRAY);
            text.append(Ocr.read(ImageText.png(Despeckle.clean(image)), TimeLimit.seconds(Ocr.PAGE_SECONDS))).append("\n\n");
        }
        if (text.codePoints().filter(Character::isLetterOrDigit).count() < MIN_CHARACTERS) {
            throw new UnreadableDocumentException("scanned PDF: no text layer on its " + pdf.getNumberOfPages()
                    + (pdf.getNumberOfPages() == 1 ? " page" : " pages") + ", and no text could be recognised in its"
                    + " images; send the Word file or a PDF with text");
        }
        return text.toString();
    }
}
