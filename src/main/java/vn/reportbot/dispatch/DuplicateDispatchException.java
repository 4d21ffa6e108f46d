package vn.reportbot.dispatch;

/** That number is already imported for that office and year. */
public final class DuplicateDispatchException extends RuntimeException {
    public DuplicateDispatchException(String message) {
        super(message);
    }
}
