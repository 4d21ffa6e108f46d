package vn.reportbot.documents;

/**
 * A document whose text cannot be read; the message says why in plain English, for a person to act on
 * ({@code scanned PDF: no text layer on its 2 pages; send the Word file or a PDF with text}).
 */
public class UnreadableDocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableDocumentException(String message) {
        super(message);
    }

    public UnreadableDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
