package vn.reportbot.matching;

/** What becomes of a message: recorded automatically, shown to a person, or set aside as not a report. */
public enum Decision {
    MATCHED, NEEDS_REVIEW, IGNORED
}
