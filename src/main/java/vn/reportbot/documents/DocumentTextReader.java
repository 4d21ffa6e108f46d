package vn.reportbot.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.reportbot.text.LegacyVietnamese;
import vn.reportbot.text.VietnameseText;

/**
 * Reads the text of a document: {@code .txt}, {@code .docx}, {@code .doc} (Word 97–2003), {@code .pdf} with a text
 * layer, {@code .odt}, and the workbooks units attach to reports ({@code .xlsx}, {@code .xls}). The format is chosen by the content's first bytes (a {@code .doc} that is really a .docx is
 * read as one) and the file name's extension. A scan (a PDF of page images) and a photo or scanned image (.jpg, .png,
 * .tif) are read by text recognition ({@link Ocr}, Tesseract), and said to be ({@link DocumentText#ocr()}). Legacy TCVN3 and VNI text is converted: per run by its font in Word
 * files, and over the whole text when its mojibake shows. The result is NFC with {@code \n} line ends.
 *
 * <p>Refusals are {@link UnreadableDocumentException}s whose message says why in plain English: a scan, an
 * unsupported format, a file that is not what its name says, a password, a zip bomb, a file over
 * {@link #MAX_BYTES}.
 */
public final class DocumentTextReader {

    /** The largest document read: 50 MB. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    /** The extensions read, lower case with the dot; images (scans, photos) by text recognition. */
    public static final List<String> EXTENSIONS = List.of(".txt", ".docx", ".doc", ".pdf", ".odt", ".xlsx", ".xls",
            ".jpg", ".jpeg", ".png", ".tif", ".tiff");

    /** The extensions of images, read by text recognition ({@link Ocr}). */
    public static final List<String> IMAGES = List.of(".jpg", ".jpeg", ".png", ".tif", ".tiff");

    private static final Pattern TRAILING_SPACES = Pattern.compile("[ \\t\\u00A0]+\\n");
    private static final Pattern MANY_BLANK_LINES = Pattern.compile("\\n{4,}");

    /** Whether the file name has one of the {@link #EXTENSIONS}. */
    public static boolean isSupported(String fileName) {
        return EXTENSIONS.contains(extension(fileName));
    }

    /** Reads at most {@link #MAX_BYTES} from the stream (not closed) and then its text. */
    public String read(String fileName, InputStream in) throws IOException {
        return readText(fileName, in).text();
    }

    /** Reads at most {@link #MAX_BYTES} from the stream (not closed), then its text and whether it was recognised. */
    public DocumentText readText(String fileName, InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > MAX_BYTES) {
                throw tooLarge(total, true);
            }
            bytes.write(buffer, 0, n);
        }
        return readText(fileName, bytes.toByteArray());
    }

    /**
     * The document's text.
     *
     * @param fileName the name it came with, for its extension; may be null (then only the content decides)
     * @throws UnreadableDocumentException the text cannot be read; the message says why
     */
    public String read(String fileName, byte[] bytes) {
        return readText(fileName, bytes).text();
    }

    /**
     * The document's text, and whether it was recognised in images (a scan, a photo) rather than read.
     *
     * @param fileName the name it came with, for its extension; may be null (then only the content decides)
     * @throws UnreadableDocumentException the text cannot be read; the message says why
     */
    public DocumentText readText(String fileName, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(bytes.length, false);
        }
        String extension = extension(fileName);
        if (!extension.isEmpty() && !EXTENSIONS.contains(extension)) {
            throw new UnreadableDocumentException("unsupported format " + extension
                    + "; documents are read from .txt, .docx, .doc, .pdf, .odt, .xlsx and .xls files, and scans as"
                    + " .pdf, .jpg, .png or .tif");
        }
        Kind kind = Kind.of(bytes);
        if (kind == Kind.PDF) {
            DocumentText pdf = PdfText.read(bytes);
            return new DocumentText(tidy(pdf.ocr() ? pdf.text() : LegacyVietnamese.toUnicode(pdf.text())), pdf.ocr());
        }
        if (kind == Kind.IMAGE) {
            return new DocumentText(tidy(ImageText.read(bytes, TimeLimit.seconds(Ocr.PAGE_SECONDS))), true);
        }
        if (IMAGES.contains(extension)) {
            throw new UnreadableDocumentException("not an image: its content is not a JPEG, PNG or TIFF picture");
        }
        String text = switch (kind) {
            case ZIP -> zip(bytes, extension);
            // an OLE2 file named .xlsx is an old workbook under a new name, or a workbook Excel encrypted
            case OLE2 -> extension.equals(".xls") || extension.equals(".xlsx") ? SheetText.read(bytes) : DocText.read(bytes);
            case PDF, IMAGE -> throw new IllegalStateException("read above");
            case RTF -> throw new UnreadableDocumentException(
                    "not a Word file: it is RTF text; open it in Word and save it as .docx");
            case HTML -> throw new UnreadableDocumentException(
                    "not a Word file: it is a web page (HTML); open it in Word and save it as .docx");
            case OTHER -> switch (extension) {
                case ".txt", "" -> PlainText.decode(bytes);
                case ".doc", ".docx" -> throw new UnreadableDocumentException(
                        "not a Word file: its content is neither a .docx nor a Word 97–2003 document");
                case ".pdf" -> throw new UnreadableDocumentException("not a PDF file: its content does not start as a PDF");
                case ".xlsx", ".xls" -> throw new UnreadableDocumentException(
                        "not an Excel file: its content is neither a .xlsx nor an Excel 97–2003 workbook");
                default -> throw new UnreadableDocumentException("not an OpenDocument text: its content is not a zip archive");
            };
        };
        return new DocumentText(tidy(LegacyVietnamese.toUnicode(text)), false);
    }

    private static String zip(byte[] bytes, String extension) {
        var names = ZipGuard.inspect(bytes, extension.isEmpty() ? "zip archive" : extension, java.util.Set.of()).keySet();
        if (names.contains("word/document.xml")) {
            return DocxText.read(bytes);
        }
        if (names.contains("content.xml")) {
            return OdtText.read(bytes);
        }
        if (names.contains("xl/workbook.xml")) {
            return SheetText.read(bytes);
        }
        throw new UnreadableDocumentException(extension.equals(".odt")
                ? "not an OpenDocument text: the archive has no content.xml"
                : "not a Word file: a zip archive that is neither a .docx, an .odt nor a .xlsx");
    }

    private static String tidy(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!unified.isEmpty() && unified.charAt(0) == '\uFEFF') {
            unified = unified.substring(1);
        }
        unified = TRAILING_SPACES.matcher(unified).replaceAll("\n");
        unified = MANY_BLANK_LINES.matcher(unified).replaceAll("\n\n\n");
        return VietnameseText.nfc(unified.strip()) + "\n";
    }

    private static UnreadableDocumentException tooLarge(long size, boolean atLeast) {
        return new UnreadableDocumentException("too large: " + (atLeast ? "more than " : "") + Sizes.human(size)
                + "; documents up to " + Sizes.human(MAX_BYTES) + " are read");
    }

    static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT).strip();
    }

    /** What the first bytes say the content is. */
    enum Kind {
        ZIP, OLE2, PDF, RTF, HTML, IMAGE, OTHER;

        static Kind of(byte[] b) {
            if (starts(b, 0xFF, 0xD8, 0xFF) || starts(b, 0x89, 0x50, 0x4E, 0x47) || starts(b, 0x49, 0x49, 0x2A, 0x00)
                    || starts(b, 0x4D, 0x4D, 0x00, 0x2A)) {
                return IMAGE;
            }
            if (starts(b, 0x50, 0x4B, 0x03, 0x04)) {
                return ZIP;
            }
            if (starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
                return OLE2;
            }
            String head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.ISO_8859_1);
            if (head.contains("%PDF-")) {
                return PDF;
            }
            String start = head.stripLeading().replace("\u00EF\u00BB\u00BF", "").toLowerCase(Locale.ROOT);
            if (start.startsWith("{\\rtf")) {
                return RTF;
            }
            if (start.startsWith("<html") || start.startsWith("<!doctype html")
                    || (start.startsWith("<?xml") || start.startsWith("<")) && start.contains("<html")) {
                return HTML;
            }
            return OTHER;
        }

        private static boolean starts(byte[] b, int... prefix) {
            if (b.length < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if ((b[i] & 0xFF) != prefix[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
