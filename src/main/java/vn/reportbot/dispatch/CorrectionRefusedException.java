package vn.reportbot.dispatch;

/**
 * A correction that would make a dispatch say something impossible (a deadline before the dispatch was issued, or
 * years ahead, or a cadence the words do not name); nothing was changed. {@link #reason()} tells a page which of its
 * own messages to show; the message is the API's.
 */
public class CorrectionRefusedException extends IllegalArgumentException {

    /** Why a correction was refused. */
    public enum Reason {
        DEADLINE_BEFORE_ISSUE, DEADLINE_TOO_FAR, CADENCE_UNREAD
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
