package vn.reportbot.intake;

/** What a received message is, as far as reporting goes. */
public enum MessageKind {
    /** Written by a person; may be a unit's report. */
    REPORT,
    /** Vacation notices and other automatic answers (RFC 3834). */
    AUTO_REPLY,
    /** A delivery failure notice. */
    BOUNCE,
    /** Read receipts, mailing lists, newsletters: not a report and not about delivery. */
    OTHER
}
