package vn.reportbot.templates;

/** A mail rendered from templates: one-line subject, plain text and HTML bodies. */
public record RenderedMail(String subject, String text, String html) {
}
