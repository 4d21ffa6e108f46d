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

    /** A document whose reading ran past the time limit it was given, and was stopped. */
    public static final class OutOfTime extends UnreadableDocumentException {

        private static final long serialVersionUID = 1L;

        public OutOfTime(String limit) {
            super("reading took longer than " + limit);
        }
    }
}
