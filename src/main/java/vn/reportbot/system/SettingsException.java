package vn.reportbot.system;

/**
 * A setting or a settings file is wrong. The message names the key or the file (and line) and says
 * what to fix; start-up stops with it, shown plainly by {@link SettingsFailureAnalyzer}.
 */
public class SettingsException extends RuntimeException {
    public SettingsException(String message) {
        super(message);
    }

    public SettingsException(String message, Throwable cause) {
        super(message, cause);
    }
}
