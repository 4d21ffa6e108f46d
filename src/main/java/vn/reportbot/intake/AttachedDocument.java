package vn.reportbot.intake;

/**
 * A document attached to a message, or to a message forwarded inside it as an attachment, with its content: what a
 * dispatch sent by email is imported from.
 *
 * @param fileName      the name the document is read under: its own, or one made from its type
 *                      ({@code attachment.docx}); never null
 * @param contentType   the lower-case MIME type the part was sent with
 * @param bytes         the decoded content; empty when the document is over {@link #MAX_BYTES} (then {@code problem}
 *                      says so)
 * @param text          the document's text (NFC, legacy encodings converted), or the empty string when not read
 * @param problem       why the text was not read, in plain English, or {@code null} when it was
 * @param forwardedFrom the lower-case sender of the forwarded message the document came in, or {@code null} when it
 *                      is attached to the message itself
 */
public record AttachedDocument(String fileName, String contentType, byte[] bytes, String text, String problem,
                               String forwardedFrom) {

    /** The largest document whose content is kept. */
    public static final long MAX_BYTES = AttachmentTextReader.MAX_DOCUMENT_BYTES;

    public AttachedDocument {
        bytes = bytes == null ? new byte[0] : bytes;
        text = text == null ? "" : text;
    }
}
