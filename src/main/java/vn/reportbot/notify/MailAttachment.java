package vn.reportbot.notify;

import java.util.Objects;

/**
 * A file that goes with a mail, as its recipients see it: its name (Vietnamese allowed), its MIME type and its bytes.
 *
 * @param fileName    never blank
 * @param contentType e.g. {@code application/vnd.openxmlformats-officedocument.spreadsheetml.sheet}
 */
public record MailAttachment(String fileName, String contentType, byte[] content) {

    public MailAttachment {
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("an attachment needs a file name");
        }
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}
