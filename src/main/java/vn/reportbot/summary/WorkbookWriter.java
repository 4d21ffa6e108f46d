package vn.reportbot.summary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.reportbot.dispatchtext.DispatchTask;
import vn.reportbot.task.TaskStatus;

/**
 * The consolidated workbook: a {@code Tổng hợp} sheet of every dispatch × unit, then one sheet per dispatch of units ×
 * tasks. Each sheet has a title row, a frozen header row with filters, dates as dates ({@code dd/mm/yyyy hh:mm}) and
 * wrapped text; every unit's text is a string cell, never a formula, and one that a spreadsheet would take for a
 * formula when typed or pasted again ({@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return first,
 * as OWASP lists them) carries the quote prefix besides.
 */
final class WorkbookWriter {

    static final String OVERVIEW_SHEET = "Tổng hợp";

    /**
     * Streaming cells written as inline strings: a shared string per cell costs far more to write, and a workbook of
     * 20 dispatches × 170 units is written with every digest. Each row is given its height as it is written (the
     * columns' widths are fixed beforehand), so that only the last {@value #ROWS_IN_MEMORY} of a sheet stay in memory
     * and the rest go to a compressed temporary file: an office of 3,321 communes makes sheets of 66,420 rows.
     */
    private final SXSSFWorkbook workbook = newWorkbook();
    private static final int ROWS_IN_MEMORY = 200;
    private final Set<String> sheetNames = new HashSet<>();
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle quoted;
    private final CellStyle number;
    private final CellStyle dateTime;
    private final CellStyle date;

    private static SXSSFWorkbook newWorkbook() {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        workbook.setCompressTempFiles(true);
        return workbook;
    }

    private WorkbookWriter() {
        Font bold = font(true, 11);
        Font plain = font(false, 11);
        title = workbook.createCellStyle();
        title.setFont(font(true, 13));
        header = bordered();
        header.setFont(bold);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = bordered();
        text.setFont(plain);
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        quoted = bordered();
        quoted.cloneStyleFrom(text);
        quoted.setQuotePrefixed(true);
        number = bordered();
        number.cloneStyleFrom(text);
        number.setAlignment(HorizontalAlignment.CENTER);
        short format = workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm");
        dateTime = bordered();
        dateTime.cloneStyleFrom(text);
        dateTime.setDataFormat(format);
        date = bordered();
        date.cloneStyleFrom(text);
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
    }

    static byte[] write(List<Consolidation> dispatches) {
        WorkbookWriter writer = new WorkbookWriter();
        writer.overview(dispatches);
        for (Consolidation c : dispatches) {
            writer.dispatchSheet(c);
        }
        try (SXSSFWorkbook wb = writer.workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.workbook.dispose();
        }
    }

    private void overview(List<Consolidation> dispatches) {
        SXSSFSheet sheet = sheet(OVERVIEW_SHEET);
        String day = dispatches.isEmpty() ? "" : ", " + OfficeLayout.shortDate(dispatches.get(0).day());
        titleRow(sheet, "Tổng hợp tình hình báo cáo của các đơn vị" + day);
        List<String> columns = List.of("STT", "Công văn", "Trích yếu", "Hạn báo cáo", "Đơn vị", "Trạng thái",
                "Thời điểm nhận", "Nội dung chưa báo cáo");
        headerRow(sheet, columns);
        int[] widths = {6, 16, 40, 12, 24, 18, 17, 24};
        int r = 2;
        int n = 1;
        for (Consolidation c : dispatches) {
            for (Consolidation.UnitReport u : c.units()) {
                Row row = sheet.createRow(r++);
                int col = 0;
                numberCell(row, col++, n++);
                textCell(row, col++, c.dispatch().number());
                textCell(row, col++, c.dispatch().subject());
                dateCell(row, col++, c.dispatch().deadline());
                textCell(row, col++, u.name());
                textCell(row, col++, Consolidation.label(u.status()));
                dateTimeCell(row, col++, u.receivedAt());
                textCell(row, col, missing(u));
                fitHeight(row, widths);
            }
        }
        finish(sheet, columns.size(), r, widths);
    }

    private void dispatchSheet(Consolidation c) {
        SXSSFSheet sheet = sheet(c.dispatch().number());
        String issued = c.dispatch().issuedOn() == null ? "" : " ngày " + OfficeLayout.shortDate(c.dispatch().issuedOn());
        String period = c.period() == null || c.period().isBlank() ? "" : " — " + c.period();
        titleRow(sheet, OfficeLayout.documentKind(c.dispatch().number()) + " số " + c.dispatch().number() + issued
                + ": " + c.dispatch().subject() + period);
        List<DispatchTask> tasks = c.dispatch().tasks();
        List<String> columns = new java.util.ArrayList<>(List.of("STT", "Đơn vị", "Trạng thái", "Thời điểm nhận"));
        tasks.forEach(t -> columns.add("Nội dung " + t.ordinal()));
        columns.add("Trích nội dung");
        columns.add("Tệp đính kèm");
        headerRow(sheet, columns);
        int[] widths = new int[columns.size()];
        widths[0] = 6;
        widths[1] = 24;
        widths[2] = 18;
        widths[3] = 17;
        for (int i = 0; i < tasks.size(); i++) {
            widths[4 + i] = 14;
        }
        widths[4 + tasks.size()] = 60;
        widths[5 + tasks.size()] = 30;
        int r = 2;
        int n = 1;
        for (Consolidation.UnitReport u : c.units()) {
            Row row = sheet.createRow(r++);
            int col = 0;
            numberCell(row, col++, n++);
            textCell(row, col++, u.name());
            textCell(row, col++, Consolidation.label(u.status()));
            dateTimeCell(row, col++, u.receivedAt());
            for (DispatchTask t : tasks) {
                TaskStatus s = u.taskStatus().get(t.ordinal());
                textCell(row, col++, s == null ? "" : Consolidation.label(s));
            }
            textCell(row, col++, u.excerpt());
            textCell(row, col, String.join("\n", u.attachments()));
            fitHeight(row, widths);
        }
        finish(sheet, columns.size(), r, widths);
    }

    private String missing(Consolidation.UnitReport u) {
        if (u.missing().isEmpty()) {
            return "";
        }
        return "Nội dung " + String.join(", ", u.missing().stream().map(String::valueOf).toList());
    }

    private SXSSFSheet sheet(String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted.replace('/', '-'), '-');
        if (base.length() > 28) {
            base = base.substring(0, 28);
        }
        String name = base;
        for (int i = 2; sheetNames.contains(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            name = base + " (" + i + ")";
        }
        sheetNames.add(name.toLowerCase(java.util.Locale.ROOT));
        SXSSFSheet sheet = workbook.createSheet(name);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        return sheet;
    }

    private void titleRow(SXSSFSheet sheet, String value) {
        Cell cell = sheet.createRow(0).createCell(0);
        cell.setCellValue(value);
        cell.setCellStyle(title);
    }

    private void headerRow(SXSSFSheet sheet, List<String> columns) {
        Row row = sheet.createRow(1);
        row.setHeightInPoints(32);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(columns.get(i));
            cell.setCellStyle(header);
        }
    }

    private void finish(SXSSFSheet sheet, int columns, int rows, int[] widths) {
        sheet.createFreezePane(0, 2);
        sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, rows - 1), 0, columns - 1));
        sheet.setRepeatingRows(new CellRangeAddress(1, 1, 0, columns - 1));
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    /**
     * Makes a row as high as its longest wrapped text needs: spreadsheets do not all grow a row for wrapped text
     * when they open a file, and a row one line high hides the excerpt.
     */
    private static void fitHeight(Row row, int[] widths) {
        int lines = 1;
        for (Cell cell : row) {
            if (cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING) {
                continue;
            }
            double perLine = Math.max(1, widths[cell.getColumnIndex()] * 1.1);
            int cellLines = 0;
            for (String line : cell.getStringCellValue().split("\n", -1)) {
                cellLines += Math.max(1, (int) Math.ceil(line.length() / perLine));
            }
            lines = Math.max(lines, cellLines);
        }
        row.setHeightInPoints(Math.min(409, lines * 15f));
    }

    private void textCell(Row row, int col, String value) {
        Cell cell = row.createCell(col);
        String v = value == null ? "" : value;
        cell.setCellValue(v);
        cell.setCellStyle(looksLikeFormula(v) ? quoted : text);
    }

    /** Whether a spreadsheet would read the text as a formula (OWASP's list of the characters that start one). */
    static boolean looksLikeFormula(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }

    private void numberCell(Row row, int col, int value) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(number);
    }

    private void dateTimeCell(Row row, int col, java.time.OffsetDateTime value) {
        Cell cell = row.createCell(col);
        cell.setCellStyle(dateTime);
        if (value != null) {
            cell.setCellValue(value.toLocalDateTime());
        }
    }

    private void dateCell(Row row, int col, java.time.LocalDate value) {
        Cell cell = row.createCell(col);
        cell.setCellStyle(date);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    private CellStyle bordered() {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private Font font(boolean bold, int points) {
        Font font = workbook.createFont();
        font.setFontName("Times New Roman");
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        return font;
    }
}
