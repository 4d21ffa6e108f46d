package vn.reportbot.intake;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import vn.reportbot.documents.DocumentSettings;
import vn.reportbot.documents.DocumentText;
import vn.reportbot.documents.DocumentTextReader;
import vn.reportbot.documents.ExtractionPool;
import vn.reportbot.documents.UnreadableDocumentException;

/**
 * Reads the text of the documents attached to a message, within limits: a document larger than
 * {@link #MAX_DOCUMENT_BYTES}, beyond the first {@link #MAX_DOCUMENTS} of a message, taking longer than its time
 * limit ({@link DocumentSettings}), or refused because every reader of the {@link ExtractionPool} is busy is recorded
 * with the limit it hit instead of its text; so is a zip bomb, a password or a damaged file. Text beyond
 * {@link #MAX_TEXT_CHARS} characters is cut.
 */
final class AttachmentTextReader {

    static final long MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;
    static final int MAX_DOCUMENTS = 20;
    static final int MAX_TEXT_CHARS = 500_000;

    private static final Map<String, String> EXTENSION_BY_TYPE = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx",
            "application/msword", ".doc",
            "application/pdf", ".pdf",
            "application/vnd.oasis.opendocument.text", ".odt",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx",
            "application/vnd.ms-excel", ".xls",
            "text/plain", ".txt");

    /**
     * A smaller picture is a logo, an icon or a signature's image, not a photo or scan of a page: its text is not
     * looked for.
     */
    static final int MIN_IMAGE_BYTES = 20 * 1024;

    private final ExtractionPool pool;

    AttachmentTextReader(ExtractionPool pool) {
        this.pool = pool;
    }

    DocumentSettings settings() {
        return pool.settings();
    }

    /**
     * The name under which the part is read as a document (its own, or one made from its type), or {@code null}
     * when it is not a document (an image, an archive, a calendar invitation…).
     */
    static String documentName(String fileName, String contentType) {
        if (fileName != null && DocumentTextReader.isSupported(fileName)) {
            return fileName;
        }
        String extension = EXTENSION_BY_TYPE.get(contentType == null ? "" : contentType.toLowerCase(Locale.ROOT));
        if (extension == null) {
            return null;
        }
        return (fileName == null ? "attachment" : fileName) + extension;
    }

    /**
     * The text of a document held in full, read within its own time limit or the {@code messageTimeLeft} of its
     * message's limit, whichever is shorter, or the reason it has none: the limit that stopped it, named as its own or
     * as the message's.
     */
    Result read(String documentName, byte[] bytes, Duration messageTimeLeft) {
        try {
            DocumentText read = pool.read(documentName, bytes, messageTimeLeft);
            String text = read.text();
            if (text.length() > MAX_TEXT_CHARS) {
                return new Result(text.substring(0, MAX_TEXT_CHARS),
                        "only the first " + MAX_TEXT_CHARS + " characters of its text were read", read.ocr());
            }
            return new Result(text, null, read.ocr());
        } catch (UnreadableDocumentException.OutOfTime e) {
            boolean theMessagesLimit = messageTimeLeft.compareTo(pool.settings().timeLimit()) < 0;
            return new Result("", theMessagesLimit ? outOfTime(pool.settings().messageTimeLimit())
                    : "text not read: " + e.getMessage());
        } catch (UnreadableDocumentException e) {
            return new Result("", "text not read: " + e.getMessage());
        }
    }

    static String outOfTime(Duration messageLimit) {
        return "text not read: the documents of the message took longer than " + UnreadableDocumentException.OutOfTime.seconds(messageLimit)
                + " together";
    }

    static String tooLarge(long size) {
        return "text not read: " + megabytes(size) + ", over the " + megabytes(MAX_DOCUMENT_BYTES)
                + " limit for reading attachments";
    }

    static String tooMany() {
        return "text not read: only the first " + MAX_DOCUMENTS + " documents of a message are read";
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024)).replace(".0 MB", " MB");
    }

    /**
     * Whether a document part of this size is read: a named picture (a photo or scan of a page: {@code IMG_2041.jpg})
     * of at least {@link #MIN_IMAGE_BYTES}; every other document. A picture without a name is a signature's logo or
     * an image of the HTML body, and is not a document at all ({@link #documentName}).
     */
    static boolean worthReading(String documentName, long size) {
        return !isImage(documentName) || size >= MIN_IMAGE_BYTES;
    }

    static boolean isImage(String documentName) {
        String lower = documentName.toLowerCase(Locale.ROOT);
        return DocumentTextReader.IMAGES.stream().anyMatch(lower::endsWith);
    }

    /** A document's text (recognised in images when {@code ocr}), or why it has none. */
    record Result(String text, String problem, boolean ocr) {

        Result(String text, String problem) {
            this(text, problem, false);
        }
    }
}
