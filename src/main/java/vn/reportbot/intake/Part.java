package vn.reportbot.intake;

import java.util.Locale;

import org.apache.james.mime4j.stream.BodyDescriptor;

/**
 * One MIME entity of a message being walked: its header fields and what they say of its content. The one rule for
 * what a part is, used for every part of every message whatever is kept of it: its type, its file name, whether it
 * is a forwarded message, and whether it is an attachment rather than the message's text.
 */
final class Part {

    final Headers headers = new Headers();
    /** How many body parts it has, when it is a multipart. */
    int bodyParts;
    /** Its preamble as text, when it is a multipart that has one. */
    String preamble;
    private HeaderText.Structured contentType = HeaderText.parseStructured(null);
    private HeaderText.Structured disposition = contentType;

    /** Reads Content-Type and Content-Disposition, once every header field is in. */
    void headerEnded() {
        contentType = HeaderText.parseStructured(headers.first("Content-Type"));
        disposition = HeaderText.parseStructured(headers.first("Content-Disposition"));
    }

    /** The lower-case type: the Content-Type's, else the one Mime4j gives by default (as in a digest). */
    String mimeType(BodyDescriptor body) {
        return contentType.value().isEmpty() ? body.getMimeType().toLowerCase(Locale.ROOT) : contentType.value();
    }

    /** The charset parameter of its Content-Type, or {@code null}. */
    String charset() {
        return contentType.param("charset");
    }

    /**
     * The decoded file name, from Content-Disposition or else Content-Type, made safe ({@link vn.reportbot.text.FileNames}:
     * no folder, no control characters); or {@code null}.
     */
    String fileName() {
        String name = disposition.param("filename");
        if (name == null || name.isBlank()) {
            name = contentType.param("name");
        }
        if (name == null || name.isBlank()) {
            return null;
        }
        return vn.reportbot.text.FileNames.baseName(HeaderText.decodeWords(name));
    }

    /**
     * Whether it is listed as an attachment rather than read as the message's text: it has a file name, is marked as
     * an attachment, is a forwarded message, or is of a document type.
     */
    boolean isAttachment(String mimeType, String fileName) {
        return fileName != null || disposition.value().equals("attachment") || ForwardedMessage.is(mimeType)
                || (!mimeType.startsWith("text/") && AttachmentTextReader.documentName(null, mimeType) != null);
    }
}
