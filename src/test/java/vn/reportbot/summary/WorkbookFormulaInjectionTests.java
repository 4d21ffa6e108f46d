package vn.reportbot.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.reportbot.dispatch.DispatchJson;
import vn.reportbot.dispatchtext.DispatchTask;
import vn.reportbot.task.TaskStatus;

/**
 * Issue #18: units' words that a spreadsheet would run as a formula ({@code =HYPERLINK(…)}, {@code =cmd|' /C calc'!A0},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return first) are in the consolidated workbook as text cells with
 * the quote prefix, in the excerpt and the attachment columns, while the numbers of the workbook still sum as
 * numbers. Opened with POI, as a clerk's spreadsheet would open it.
 */
class WorkbookFormulaInjectionTests {

    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil.example/x\",\"Xem báo cáo\")",
            "=cmd|' /C calc'!A0", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)*cmd|' /C calc'!A0",
            "\t=1+1 đã tuyên truyền", "\r=1+1 đã vận động");

    @Test
    void unitsWordsThatLookLikeFormulasAreQuotedTextCellsAndTheNumbersStillSum() throws IOException {
        List<Consolidation.UnitReport> units = new ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            units.add(unit("u" + i, "Xã số " + (i + 1), HOSTILE.get(i), List.of(HOSTILE.get(i) + ".docx")));
        }
        units.add(unit("plain", "Xã Phước Đại", "Xã đã tổ chức 12 buổi tuyên truyền.", List.of("Báo cáo.docx")));
        DispatchJson dispatch = new DispatchJson(7L, "319.txt", "319/MTTQ-BTT", LocalDate.of(2021, 9, 16), "Bác Ái",
                "bac-ai-mttq", "Ban Thường trực", "Tăng cường tuyên truyền", List.of("các xã"),
                List.of(new DispatchTask(1, "Tuyên truyền")), 1, "mattrabbacai@gmail.com", null, null, "Nguyễn Văn Bền",
                "PHÓ CHỦ TỊCH", List.of());
        byte[] xlsx = WorkbookWriter.write(List.of(new Consolidation(7, dispatch, "", LocalDate.of(2021, 9, 30), units)));

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                for (Row row : wb.getSheetAt(s)) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(wb.getSheetName(s) + " " + cell.getAddress()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
            XSSFSheet sheet = wb.getSheet("319-MTTQ-BTT");
            int excerpt = 5;
            int attachment = 6;
            assertThat(sheet.getRow(1).getCell(excerpt).getStringCellValue()).isEqualTo("Trích nội dung");
            for (int i = 0; i < HOSTILE.size(); i++) {
                Row row = sheet.getRow(2 + i);
                for (int col : new int[] {excerpt, attachment}) {
                    Cell cell = row.getCell(col);
                    assertThat(cell.getCellType()).as(cell.getAddress().toString()).isEqualTo(CellType.STRING);
                    assertThat(cell.getStringCellValue()).as(cell.getAddress().toString()).startsWith(HOSTILE.get(i));
                    assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getAddress() + " quote prefix").isTrue();
                }
            }
            Row plain = sheet.getRow(2 + HOSTILE.size());
            assertThat(plain.getCell(excerpt).getCellStyle().getQuotePrefixed()).isFalse();

            // the row numbers are numbers: a clerk's =SUM over them adds up
            Cell sum = sheet.createRow(sheet.getLastRowNum() + 1).createCell(0);
            sum.setCellFormula("SUM(A3:A" + (2 + units.size()) + ")");
            int n = units.size();
            assertThat(wb.getCreationHelper().createFormulaEvaluator().evaluate(sum).getNumberValue())
                    .isEqualTo(n * (n + 1) / 2.0);
        }
    }

    private static Consolidation.UnitReport unit(String id, String name, String excerpt, List<String> attachments) {
        return new Consolidation.UnitReport(id, name, TaskStatus.REPORTED, OffsetDateTime.parse("2021-09-20T08:15:00+07:00"),
                Map.of(1, TaskStatus.REPORTED), List.of(), excerpt, attachments, Map.of(), "", Map.of(), List.of());
    }
}
