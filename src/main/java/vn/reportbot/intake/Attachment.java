package vn.reportbot.intake;

/**
 * One attached part of a message, with its text when it is a document.
 *
 * @param fileName    the decoded file name (NFC), or {@code null} when the part has none
 * @param contentType the lower-case MIME type, e.g. {@code application/pdf}
 * @param size        the decoded size in bytes
 * @param text        the document's text (NFC, legacy encodings converted), or the empty string when it has none
 *                    or it was not read
 * @param problem     why a document's text was not read (a limit it hit, a damaged or protected file), and for an
 *                    attached message what could not be read inside it; {@code null} when everything was read or
 *                    the part is not a document (a small image, say)
 * @param ocr         whether {@code text} was recognised in the images of a scan or a photo (Tesseract), and may
 *                    have misread letters and digits
 */
public record Attachment(String fileName, String contentType, long size, String text, String problem, boolean ocr) {

    public Attachment {
        text = text == null ? "" : text;
    }

    /** A document's part whose text, if any, was read from the document itself. */
    public Attachment(String fileName, String contentType, long size, String text, String problem) {
        this(fileName, contentType, size, text, problem, false);
    }

    /** An attachment whose text was not looked at. */
    public Attachment(String fileName, String contentType, long size) {
        this(fileName, contentType, size, "", null);
    }

    /** The name shown to people: the file name, else the type. */
    public String label() {
        return fileName != null ? fileName : contentType;
    }
}
