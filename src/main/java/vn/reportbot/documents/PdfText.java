package vn.reportbot.documents;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF's text layer with PDFBox; a PDF without one (a scan) is refused with a reason that says so. */
final class PdfText {

    /** Fewer letters and digits than this on all pages together is no text layer (a scan with a stray page number). */
    private static final int MIN_CHARACTERS = 20;

    private PdfText() {
    }

    static String read(byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            int pages = pdf.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("\n");
            stripper.setPageEnd("\n\n");
            String text = stripper.getText(pdf);
            long characters = text.codePoints().filter(Character::isLetterOrDigit).count();
            if (characters < MIN_CHARACTERS) {
                throw new UnreadableDocumentException("scanned PDF: no text layer on its " + pages
                        + (pages == 1 ? " page" : " pages") + "; send the Word file or a PDF with text");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException("password-protected PDF: its text cannot be read; send it without a password", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException("damaged PDF: " + e.getMessage(), e);
        }
    }
}
