package vn.reportbot.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A workbook (.xlsx or Excel 97–2003 .xls) as text: each sheet under its name, each row on one line with its cells
 * as Excel shows them (formatted numbers and dates, formulas by their cached value), separated by tabs.
 */
final class SheetText {

    /** Rows beyond this many, over all sheets, are not read: a report table has a few hundred at most. */
    static final int MAX_ROWS = 50_000;

    private SheetText() {
    }

    /** A .xlsx through {@link OoxmlPackage} (its archive already bounded by {@link ZipGuard}), else an Excel 97–2003 file. */
    private static Workbook open(byte[] bytes) throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        if (DocumentTextReader.Kind.of(bytes) == DocumentTextReader.Kind.ZIP) {
            return new org.apache.poi.xssf.usermodel.XSSFWorkbook(OoxmlPackage.open(bytes));
        }
        return WorkbookFactory.create(new ByteArrayInputStream(bytes));
    }

    static String read(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        DataFormatter formatter = new DataFormatter();
        int rows = 0;
        try (Workbook book = open(bytes)) {
            for (Sheet sheet : book) {
                out.append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    TimeLimit.check();
                    if (++rows > MAX_ROWS) {
                        return out.toString();
                    }
                    StringBuilder line = new StringBuilder();
                    for (Cell cell : row) {
                        String value = formatter.formatCellValue(cell).strip();
                        if (!value.isEmpty()) {
                            if (!line.isEmpty()) {
                                line.append('\t');
                            }
                            line.append(value.replace('\n', ' '));
                        }
                    }
                    if (!line.isEmpty()) {
                        out.append(line).append('\n');
                    }
                }
                out.append('\n');
            }
            return out.toString();
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw new UnreadableDocumentException("protected by a password: the workbook cannot be opened without it", e);
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
            if (e instanceof UnreadableDocumentException u) {
                throw u;
            }
            throw new UnreadableDocumentException("not an Excel file: the workbook cannot be opened ("
                    // as POI words it when it opens the stream itself
                    + (e instanceof org.apache.poi.openxml4j.exceptions.InvalidFormatException ? e.toString() : e.getMessage())
                    + ")", e);
        }
    }
}
