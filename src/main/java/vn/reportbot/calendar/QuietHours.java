package vn.reportbot.calendar;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * The hours in which no reminder is sent, {@code 17:30-07:30} (across midnight) or {@code 12:00-13:00}; from the
 * start included to the end excluded. {@link #NONE} when the setting is empty.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public static final QuietHours NONE = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    /** Reads {@code HH:mm-HH:mm}; an empty text is {@link #NONE}. */
    public static QuietHours parse(String text, String key) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String[] parts = text.strip().split("\\s*-\\s*");
        try {
            if (parts.length == 2) {
                return new QuietHours(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new CalendarException(key + " must be HH:mm-HH:mm (for example 17:30-07:30) or empty, not '" + text + "'");
    }

    public boolean isNone() {
        return start.equals(end);
    }

    public boolean contains(LocalTime time) {
        if (isNone()) {
            return false;
        }
        if (start.isBefore(end)) {
            return !time.isBefore(start) && time.isBefore(end);
        }
        return !time.isBefore(start) || time.isBefore(end);
    }

    @Override
    public String toString() {
        return isNone() ? "" : start + "-" + end;
    }
}
