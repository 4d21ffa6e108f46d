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

        public OutOfTime(java.time.Duration limit) {
            super("reading took longer than " + seconds(limit));
        }

        /** {@code d} in seconds as a person reads it: "20 seconds", "2.5 seconds", "0.05 seconds" (to the millisecond). */
        public static String seconds(java.time.Duration d) {
            long millis = Math.max(1, d.toMillis() + (d.toNanos() % 1_000_000 == 0 ? 0 : 1));
            return java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + " seconds";
        }
    }
}
