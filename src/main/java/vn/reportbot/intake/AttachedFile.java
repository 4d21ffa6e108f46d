package vn.reportbot.intake;

/**
 * One attachment of a message with its decoded content, as a person downloads it.
 *
 * @param fileName    the decoded file name (NFC, no folder), or {@code null} when the part has none
 * @param contentType the lower-case MIME type the part was sent with
 * @param bytes       the decoded content
 */
public record AttachedFile(String fileName, String contentType, byte[] bytes) {

    /** The largest attachment handed out whole. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;
}
