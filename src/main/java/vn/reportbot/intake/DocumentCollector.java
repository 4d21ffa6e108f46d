package vn.reportbot.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
    /** The size of the latest part {@link #readWithin} found too large. */
    private long tooLargeSize;

    /** The chunks a document is read in, after a first one of 64 KiB that most documents fit in. */
    private static final int CHUNK_BYTES = 1024 * 1024;
    /** What of a document is kept in memory while it is read; the rest waits in a temporary file. */
    static final long IN_MEMORY_BYTES = 4L * 1024 * 1024;

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
            byte[] content = readWithin(in, start, (int) AttachmentTextReader.MAX_DOCUMENT_BYTES);
            if (content == null) {
                size = tooLargeSize;
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

    /**
     * The part's content, the {@code start} bytes already in {@link #pictureStart} first, when it has at most {@code
     * limit} bytes; else {@code null}, the part read to its end and its size in {@link #tooLargeSize}. Its first
     * {@link #IN_MEMORY_BYTES} are kept in memory, in chunks, and the rest in a temporary file, deleted before this
     * returns: a document over the limit (a 25 MB scan against 20 MB) costs no more than those in memory, where reading
     * it whole only to learn its size would cost the limit, and one within it little more than its size, the chunks
     * let go as they are copied into the content.
     */
    private byte[] readWithin(InputStream in, int start, int limit) throws IOException {
        List<byte[]> chunks = new ArrayList<>();
        long total = start;
        int last = 0; // the bytes in the last chunk kept
        long inMemory = start;
        while (inMemory < IN_MEMORY_BYTES) {
            byte[] chunk = new byte[chunks.isEmpty() ? 64 * 1024 : CHUNK_BYTES];
            int n = in.readNBytes(chunk, 0, chunk.length);
            if (n == 0) {
                break;
            }
            chunks.add(chunk);
            last = n;
            total += n;
            inMemory += n;
            if (n < chunk.length) {
                return content(chunks, last, total, start, null, 0);
            }
        }
        if (inMemory < IN_MEMORY_BYTES) {
            return content(chunks, last, total, start, null, 0);
        }
        Path spill = Files.createTempFile("reportbot-document", ".part");
        try {
            long spilled;
            try (OutputStream out = Files.newOutputStream(spill)) {
                spilled = copyAtMost(in, out, limit - total + 1L);
            }
            total += spilled;
            if (total > limit) {
                chunks.clear();
                tooLargeSize = total + skip(in);
                return null;
            }
            return content(chunks, last, total, start, spill, spilled);
        } finally {
            Files.deleteIfExists(spill);
        }
    }

    /** The content put together: the picture's start, the chunks, and what was spilled to a file, if any. */
    private byte[] content(List<byte[]> chunks, int last, long total, int start, Path spill, long spilled)
            throws IOException {
        byte[] content = new byte[(int) total];
        System.arraycopy(pictureStart, 0, content, 0, start);
        int at = start;
        for (int i = 0; i < chunks.size(); i++) {
            byte[] chunk = chunks.set(i, null);
            int n = i == chunks.size() - 1 ? last : chunk.length;
            System.arraycopy(chunk, 0, content, at, n);
            at += n;
        }
        if (spill != null) {
            try (InputStream back = Files.newInputStream(spill)) {
                if (back.readNBytes(content, at, (int) spilled) != spilled) {
                    throw new IOException("the temporary file " + spill + " lost part of a document");
                }
            }
        }
        return content;
    }

    /** Copies up to {@code max} bytes through the message's one buffer; how many it copied. */
    private long copyAtMost(InputStream in, OutputStream out, long max) throws IOException {
        long copied = 0;
        while (copied < max) {
            int n = in.read(skipBuffer, 0, (int) Math.min(skipBuffer.length, max - copied));
            if (n < 0) {
                break;
            }
            out.write(skipBuffer, 0, n);
            copied += n;
        }
        return copied;
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
