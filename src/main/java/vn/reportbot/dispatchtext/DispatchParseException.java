package vn.reportbot.dispatchtext;

/** A text could not be read as a dispatch; the message says which part was missing or unreadable. */
public class DispatchParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DispatchParseException(String message) {
        super(message);
    }
}
