package vn.reportbot.dispatch;

/** The dispatch's office is not in the directory or cannot be told; the message lists the known offices. */
public final class UnknownOfficeException extends RuntimeException {
    public UnknownOfficeException(String message) {
        super(message);
    }
}
