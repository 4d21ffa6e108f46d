package vn.reportbot.calendar;

/** The holidays file or the reminder settings are wrong; the message names the file and line, or the key. */
public final class CalendarException extends vn.reportbot.system.SettingsException {
    public CalendarException(String message) {
        super(message);
    }

    public CalendarException(String message, Throwable cause) {
        super(message, cause);
    }
}
