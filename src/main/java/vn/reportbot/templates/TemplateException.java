package vn.reportbot.templates;

/** A template is missing or fails to render; the message names the template file and the problem. */
public final class TemplateException extends RuntimeException {
    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
