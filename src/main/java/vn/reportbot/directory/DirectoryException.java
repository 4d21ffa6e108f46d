package vn.reportbot.directory;

/** The directory file is missing or malformed; the message names the file, the line and the problem. */
public final class DirectoryException extends vn.reportbot.system.SettingsException {
    public DirectoryException(String message) {
        super(message);
    }

    public DirectoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
