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
 *                    the part is not a document (an image, say)
 */
public record Attachment(String fileName, String contentType, long size, String text, String problem) {

    public Attachment {
        text = text == null ? "" : text;
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
