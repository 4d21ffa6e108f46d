package vn.reportbot.intake;

/**
 * One attached part of a message.
 *
 * @param fileName    the decoded file name (NFC), or {@code null} when the part has none
 * @param contentType the lower-case MIME type, e.g. {@code application/pdf}
 * @param size        the decoded size in bytes
 */
public record Attachment(String fileName, String contentType, long size) {
}
