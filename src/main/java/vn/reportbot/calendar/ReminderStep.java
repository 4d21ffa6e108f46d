package vn.reportbot.calendar;

/**
 * One reminder step: {@code days} relative to the deadline (negative before it, 0 on the day); {@code copyStaff}
 * sends the reminder with the office's staff in Cc.
 */
public record ReminderStep(int days, boolean copyStaff) {

    /** How the step is named in the outbox ({@code d-3}, {@code d0}, {@code d+2}). */
    public String key() {
        return days > 0 ? "d+" + days : "d" + days;
    }
}
