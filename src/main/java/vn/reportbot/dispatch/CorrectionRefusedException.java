package vn.reportbot.dispatch;

/**
 * A correction that would make a dispatch say something impossible (a deadline before the dispatch was issued, or
 * years ahead, a cadence the words do not name, a number that is none or is another dispatch's); nothing was changed. {@link #reason()} tells a page which of its
 * own messages to show; the message is the API's.
 */
public class CorrectionRefusedException extends IllegalArgumentException {

    /** Why a correction was refused. */
    public enum Reason {
        DEADLINE_BEFORE_ISSUE, DEADLINE_TOO_FAR, CADENCE_UNREAD, NUMBER_UNREAD, NUMBER_TAKEN
    }

    private final Reason reason;

    public CorrectionRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
