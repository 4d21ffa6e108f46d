package vn.reportbot.templates;

import java.nio.file.Path;

/**
 * A template is missing or fails to render; the message names the template file and the problem. {@link #line()} and
 * {@link #column()} say where in the file, when it is known (0 otherwise); {@link #missingName()} is the name a
 * template used that the model lacks, when that was the failure.
 */
public final class TemplateException extends RuntimeException {

    private final Path file;
    private final int line;
    private final int column;
    private final String detail;
    private final String missingName;

    public TemplateException(String message, Throwable cause) {
        this(message, cause, null, 0, 0, message, null);
    }

    TemplateException(String message, Throwable cause, Path file, int line, int column, String detail, String missingName) {
        super(message, cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.detail = detail;
        this.missingName = missingName;
    }

    /** The template file, or null when not known. */
    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** What went wrong, without the file and position (FreeMarker's own words). */
    public String detail() {
        return detail;
    }

    /** The name the template used that the model does not have, or null. */
    public String missingName() {
        return missingName;
    }
}
