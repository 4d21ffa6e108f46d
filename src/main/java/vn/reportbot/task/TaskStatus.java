package vn.reportbot.task;

/**
 * The state of one unit's obligation. {@code OPEN}, {@code REPORTED} and {@code EXEMPT} are stored;
 * {@code LATE} (reported after the deadline) and {@code OVERDUE} (still open after it) are derived.
 */
public enum TaskStatus {
    OPEN, REPORTED, LATE, OVERDUE, EXEMPT
}
