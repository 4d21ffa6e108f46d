package vn.reportbot.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import vn.reportbot.text.LegacyVietnamese;

/**
 * A Word 97–2003 .doc with POI's HWPF: paragraph by paragraph, table cells as paragraphs followed by a blank line,
 * page breaks as blank lines, field codes left out and their results kept; each character run read in the light of
 * its font like {@link DocxText}.
 */
final class DocText {

    private DocText() {
    }

    static String read(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("EncryptedPackage")) {
                throw new UnreadableDocumentException(
                        "password-protected Word file: its text cannot be read; send it without a password");
            }
            if (!fs.getRoot().hasEntry("WordDocument")) {
                throw new UnreadableDocumentException(
                        "not a Word file: an Office file of another kind (Excel or PowerPoint?) with a Word name");
            }
            try (HWPFDocument doc = new HWPFDocument(fs)) {
                return text(doc.getRange());
            }
        } catch (OldWordFileFormatException e) {
            throw new UnreadableDocumentException("not a Word 97–2003 file: it is from Word 6 or Word 95; save it as .docx", e);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException(
                    "password-protected Word file: its text cannot be read; send it without a password", e);
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException("not a Word file: the .doc cannot be opened (" + e.getMessage() + ")", e);
        }
    }

    private static String text(Range range) {
        StringBuilder out = new StringBuilder();
        int fieldDepth = 0;
        boolean[] inCode = new boolean[64];
        for (int i = 0; i < range.numParagraphs(); i++) {
            TimeLimit.check();
            Paragraph p = range.getParagraph(i);
            for (int r = 0; r < p.numCharacterRuns(); r++) {
                CharacterRun run = p.getCharacterRun(r);
                String font = run.getFontName();
                boolean legacyFont = LegacyVietnamese.forFont(font).isPresent();
                StringBuilder kept = new StringBuilder();
                for (char c : run.text().toCharArray()) {
                    switch (c) {
                        case '\u0013' -> { // field begins: its code follows
                            fieldDepth = Math.min(fieldDepth + 1, inCode.length - 1);
                            inCode[fieldDepth] = true;
                        }
                        case '\u0014' -> inCode[fieldDepth] = false; // the field's result follows
                        case '\u0015' -> fieldDepth = Math.max(0, fieldDepth - 1);
                        default -> {
                            if (fieldDepth > 0 && inCode[fieldDepth]) {
                                continue;
                            }
                            switch (c) {
                                case '\r' -> kept.append('\n');
                                case '\u0007' -> kept.append("\n\n"); // end of a table cell or row
                                case '\u000B' -> kept.append('\n');
                                case '\u000C' -> kept.append("\n\n");
                                case '\u001E' -> kept.append('-');
                                case '\u001F' -> {
                                    // Word's optional hyphen; typed in a TCVN3 font it was 0xAD, the letter ư
                                    if (legacyFont) {
                                        kept.append('\u00AD');
                                    }
                                }
                                case '\u0001', '\u0008', '\u0005', '\u0002' -> {
                                    // picture, drawing, annotation and footnote marks
                                }
                                default -> kept.append(c);
                            }
                        }
                    }
                }
                out.append(LegacyVietnamese.fromFont(kept.toString(), font));
            }
        }
        return out.toString();
    }
}
