package vn.reportbot.task;

/**
 * The state of one unit's obligation. {@code OPEN}, {@code REPORTED} and {@code EXEMPT} are stored;
 * {@code LATE} (reported after the deadline), {@code OVERDUE} (still open after it) and {@code PARTIAL} (some of the
 * dispatch's numbered tasks reported, not all) are derived.
 */
public enum TaskStatus {
    OPEN, PARTIAL, REPORTED, LATE, OVERDUE, EXEMPT
}
