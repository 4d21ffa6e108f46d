package vn.reportbot.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the documents of one message and of the messages attached to it, for {@link MimeWalk}. The limits of
 * {@link AttachmentTextReader} apply across the whole message: a document beyond the first
 * {@link AttachmentTextReader#MAX_DOCUMENTS}, or over {@link AttachmentTextReader#MAX_DOCUMENT_BYTES}, is only counted
 * and given the limit it hit as its problem; so is a document read once the message's documents have had their time
 * together ({@link vn.reportbot.documents.DocumentSettings#messageTimeLimit}). Made {@link #keeping}, it also keeps every document with its content, in
 * the order they appear; made {@link #readingOnly}, it keeps nothing once a document's text is read.
 *
 * <p>One per message read, and not thread-safe: every walk over the message and its attached messages shares it, and
 * its one buffer for reading past parts (a message may have 2,000 parts).
 */
final class DocumentCollector {

    private final AttachmentTextReader reader;
    /** The documents kept, or {@code null} when none are. */
    private final List<AttachedDocument> kept;
    private final byte[] skipBuffer = new byte[8192];
    /** The start of a picture, read here first: most pictures are logos smaller than this, and go no further. */
    private final byte[] pictureStart = new byte[AttachmentTextReader.MIN_IMAGE_BYTES];
    private int read;
    /** Whether documents are read for their text; not when only one attachment's content or the HTML is wanted. */
    private final boolean readsText;
    /** The index among the message's own attachments of the one whose content is wanted, or -1. */
    private final int wanted;
    private AttachedFile captured;
    /** When the message's documents must all have been read ({@link DocumentSettings#messageTimeLimit}); 0 until the first. */
    private long messageDeadline;

    private DocumentCollector(AttachmentTextReader reader, List<AttachedDocument> kept) {
        this(reader, kept, true, -1);
    }

    private DocumentCollector(AttachmentTextReader reader, List<AttachedDocument> kept, boolean readsText, int wanted) {
        this.reader = reader;
        this.kept = kept;
        this.readsText = readsText;
        this.wanted = wanted;
    }

    /**
     * One that reads no document's text, and keeps the content of the message's own attachment number
     * {@code wanted} (from 0, in the order {@link ReceivedMessage#attachments} lists them), or none when -1.
     */
    static DocumentCollector readingNothing(AttachmentTextReader reader, int wanted) {
        return new DocumentCollector(reader, null, false, wanted);
    }

    /**
     * The content of the message's own attachment {@code index} (the walk of the message itself calls it for each,
     * before reading it): kept when it is the one wanted, and handed back to be read as before.
     */
    InputStream offer(int index, String fileName, String mimeType, InputStream in) throws IOException {
        if (index != wanted) {
            return in;
        }
        byte[] content = in.readNBytes(AttachedFile.MAX_BYTES + 1);
        if (content.length > AttachedFile.MAX_BYTES) {
            skip(in);
            return java.io.InputStream.nullInputStream();
        }
        captured = new AttachedFile(fileName, mimeType, content);
        return new java.io.ByteArrayInputStream(content);
    }

    /** The attachment kept by {@link #offer}, if it was found (and not too large). */
    java.util.Optional<AttachedFile> captured() {
        return java.util.Optional.ofNullable(captured);
    }

    /** One that reads documents for their text and keeps none. */
    static DocumentCollector readingOnly(AttachmentTextReader reader) {
        return new DocumentCollector(reader, null);
    }

    /** One that also keeps every document with its content, for {@link #kept()}. */
    static DocumentCollector keeping(AttachmentTextReader reader) {
        return new DocumentCollector(reader, new ArrayList<>());
    }

    /**
     * The attachment that a document part is listed as, with its text or the reason it has none; the part is read to
     * its end.
     *
     * @param fileName      the part's own file name, or {@code null}
     * @param documentName  the name it is read under ({@link AttachmentTextReader#documentName}), never null
     * @param forwardedFrom the sender of the attached message it is in, or {@code null} when it is in the message
     *                      itself
     */
    Attachment read(String fileName, String mimeType, String documentName, InputStream in, String forwardedFrom)
            throws IOException {
        byte[] bytes = null;
        long size;
        AttachmentTextReader.Result result;
        if (!readsText) {
            return new Attachment(fileName, mimeType, skip(in));
        }
        if (read >= AttachmentTextReader.MAX_DOCUMENTS) {
            size = skip(in);
            result = new AttachmentTextReader.Result("", AttachmentTextReader.tooMany());
        } else {
            boolean picture = AttachmentTextReader.isImage(documentName);
            int start = picture ? in.readNBytes(pictureStart, 0, pictureStart.length) : 0;
            if (picture && start < pictureStart.length) {
                // a small picture (a logo, an icon): listed, neither read, kept nor counted among the documents
                return new Attachment(fileName, mimeType, start);
            }
            byte[] rest = in.readNBytes((int) AttachmentTextReader.MAX_DOCUMENT_BYTES + 1 - start);
            byte[] content = start == 0 ? rest : concat(pictureStart, start, rest);
            if (content.length > AttachmentTextReader.MAX_DOCUMENT_BYTES) {
                size = content.length + skip(in);
                result = new AttachmentTextReader.Result("", AttachmentTextReader.tooLarge(size));
            } else {
                read++;
                bytes = content;
                size = content.length;
                result = readWithinTheMessageLimit(documentName, content);
            }
        }
        if (kept != null) {
            kept.add(new AttachedDocument(documentName, mimeType, bytes, result.text(), result.problem(), forwardedFrom));
        }
        return new Attachment(fileName, mimeType, size, result.text(), result.problem(), result.ocr());
    }

    /** The document read within what is left of the message's time limit, or refused when nothing is left. */
    private AttachmentTextReader.Result readWithinTheMessageLimit(String documentName, byte[] content) {
        java.time.Duration messageLimit = reader.settings().messageTimeLimit();
        long now = System.nanoTime();
        if (messageDeadline == 0) {
            messageDeadline = now + messageLimit.toNanos();
        }
        long left = messageDeadline - now;
        if (left <= 0) {
            return new AttachmentTextReader.Result("", AttachmentTextReader.outOfTime(messageLimit));
        }
        return reader.read(documentName, content, java.time.Duration.ofNanos(left));
    }

    private static byte[] concat(byte[] head, int length, byte[] rest) {
        byte[] all = java.util.Arrays.copyOf(head, length + rest.length);
        System.arraycopy(rest, 0, all, length, rest.length);
        return all;
    }

    /** Reads a part to its end without keeping it, through the message's one buffer; how many bytes it had. */
    long skip(InputStream in) throws IOException {
        long total = 0;
        int n;
        while ((n = in.read(skipBuffer)) >= 0) {
            total += n;
        }
        return total;
    }

    /** The documents kept so far, in the order they appear; empty unless made {@link #keeping}. */
    List<AttachedDocument> kept() {
        return kept == null ? List.of() : List.copyOf(kept);
    }
}
