package vn.reportbot.report;

/** A review entry cannot be settled as asked; the message says why. */
public final class SettlementRefusedException extends RuntimeException {

    /** Why: the entry does not exist, it was already decided, or the unit or dispatch do not fit. */
    public enum Why {
        NOT_FOUND, ALREADY_DECIDED, DOES_NOT_FIT
    }

    private final Why why;

    SettlementRefusedException(String message, Why why) {
        super(message);
        this.why = why;
    }

    public Why why() {
        return why;
    }
}
