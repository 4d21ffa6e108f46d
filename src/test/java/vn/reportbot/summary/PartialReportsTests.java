package vn.reportbot.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import vn.reportbot.dispatch.DispatchJson;
import vn.reportbot.dispatchtext.DispatchTask;
import vn.reportbot.report.ReportText;
import vn.reportbot.report.ReportView;
import vn.reportbot.task.ReportingTask;

/**
 * A unit that has reported some of the dispatch's numbered tasks only: its status, the tasks it still owes in the
 * workbook and in the draft, and late or exempt units, as the task ledger gives them.
 */
class PartialReportsTests {

    private static final LocalDate TODAY = LocalDate.of(2021, 9, 25);
    private static final OffsetDateTime AT = OffsetDateTime.of(2021, 9, 18, 9, 30, 0, 0, ZoneOffset.ofHours(7));

    private final DispatchJson dispatch = new DispatchJson(5L, null, "325/MTTQ-BTT", LocalDate.of(2021, 9, 15), "Bác Ái",
            "bac-ai-mttq", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái", "Vận động ủng hộ Quỹ phòng, chống dịch",
            List.of(), List.of(new DispatchTask(1, "Tuyên truyền vận động ủng hộ"), new DispatchTask(2, "Tổ chức tiếp nhận"),
                    new DispatchTask(3, "Báo cáo kết quả")), 3, null, LocalDate.of(2021, 9, 20), null, "Nguyễn Văn Bền",
            "PHÓ CHỦ TỊCH", List.of());

    private Consolidation consolidation() {
        List<ReportingTask> tasks = List.of(
                new ReportingTask(1, 5, "phuoc-dai", "", null, LocalDate.of(2021, 9, 20), "OPEN", null,
                        Map.of(1, AT)),
                new ReportingTask(2, 5, "phuoc-tan", "", null, LocalDate.of(2021, 9, 20), "REPORTED", AT.plusDays(3)),
                new ReportingTask(3, 5, "phuoc-hoa", "", null, LocalDate.of(2021, 9, 20), "EXEMPT", null),
                new ReportingTask(4, 5, "phuoc-binh", "", null, LocalDate.of(2021, 9, 20), "OPEN", null));
        List<ReportView> reports = List.of(
                new ReportView(11, AT, AT, "mttq.phuocdai@gmail.com", "BC nội dung 1", null, null, "REPORT", "MATCHED",
                        "bac-ai-mttq", "phuoc-dai", "325/MTTQ-BTT", 5L, 1L, List.of(1), 1, List.of(), List.of()),
                new ReportView(12, AT.plusDays(3), AT.plusDays(3), "mttq.phuoctan@gmail.com", "BC", null, null, "REPORT",
                        "MATCHED", "bac-ai-mttq", "phuoc-tan", "325/MTTQ-BTT", 5L, 2L, List.of(), 1, List.of(),
                        List.of("+ket-qua.xlsx (2048 bytes)")));
        Map<Long, ReportText> texts = Map.of(
                11L, new ReportText("Nội dung 1: Vận động 120 hộ ủng hộ, tổng số tiền 15.500.000 đồng.\n"
                        + "Nội dung 2: đang tổng hợp.", ""),
                12L, new ReportText("1. Vận động 80 hộ ủng hộ.\n2. Tiếp nhận tại trụ sở.\n3. Đã báo cáo.", ""));
        Map<String, String> names = Map.of("phuoc-dai", "Xã Phước Đại", "phuoc-tan", "Xã Phước Tân", "phuoc-hoa",
                "Xã Phước Hòa", "phuoc-binh", "Xã Phước Bình");
        return new Consolidation(5, dispatch, "", TODAY,
                Consolidation.units(dispatch, tasks, names, reports, texts, TODAY, true));
    }

    @Test
    void theWorkbookShowsEachTaskOfAPartialReportAndTheLateAndExemptUnits() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(WorkbookWriter.write(List.of(consolidation()))))) {
            XSSFSheet sheet = wb.getSheet("325-MTTQ-BTT");
            Row dai = sheet.getRow(2);
            assertThat(dai.getCell(1).getStringCellValue()).isEqualTo("Xã Phước Đại");
            assertThat(dai.getCell(2).getStringCellValue()).isEqualTo("Báo cáo một phần");
            assertThat(List.of(dai.getCell(4).getStringCellValue(), dai.getCell(5).getStringCellValue(),
                    dai.getCell(6).getStringCellValue())).containsExactly("Đã báo cáo", "Quá hạn", "Quá hạn");
            assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("Báo cáo muộn");
            assertThat(sheet.getRow(3).getCell(8).getStringCellValue()).isEqualTo("+ket-qua.xlsx");
            assertThat(sheet.getRow(3).getCell(8).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(4).getCell(2).getStringCellValue()).isEqualTo("Miễn");
            assertThat(sheet.getRow(5).getCell(2).getStringCellValue()).isEqualTo("Quá hạn");
            Row overviewDai = wb.getSheet("Tổng hợp").getRow(2);
            assertThat(overviewDai.getCell(7).getStringCellValue()).isEqualTo("Nội dung 2, 3");
        }
    }

    @Test
    void theDraftNamesWhatAPartialUnitStillOwesAndWhoReportedLate() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DraftReportWriter.write(consolidation())))) {
            List<String> text = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(text).contains("- Các đơn vị báo cáo chưa đủ nội dung (1 đơn vị): Xã Phước Đại (chưa báo cáo nội"
                    + " dung 2, 3).", "- Các đơn vị chưa báo cáo (1 đơn vị): Xã Phước Bình.",
                    "- Các đơn vị báo cáo sau thời hạn (1 đơn vị): Xã Phước Tân.",
                    "Tổng cộng: 200 hộ (2 đơn vị).");
            assertThat(text).anyMatch(p -> p.startsWith("- Xã Phước Đại: Vận động 120 hộ ủng hộ, tổng số tiền 15.500.000"
                    + " đồng."));
            assertThat(text).anyMatch(p -> p.contains("có 2/3 đơn vị đã gửi báo cáo (trong đó 1 đơn vị báo cáo một phần,"
                    + " 1 đơn vị báo cáo sau thời hạn); còn 1 đơn vị chưa báo cáo; 1 đơn vị được miễn báo cáo."));
        }
    }

    @Test
    void eachOfAUnitsReportsGoesUnderTheTasksItAddressed() throws IOException {
        List<ReportingTask> tasks = List.of(new ReportingTask(7, 5, "phuoc-trung", "", null, LocalDate.of(2021, 9, 20),
                "REPORTED", AT.plusDays(1), Map.of()));
        List<ReportView> reports = List.of(
                new ReportView(21, AT, AT, "mttq.phuoctrung@gmail.com", "BC nội dung 1, 2", null, null, "REPORT",
                        "MATCHED", "bac-ai-mttq", "phuoc-trung", "325/MTTQ-BTT", 5L, 7L, List.of(1, 2), 1, List.of(),
                        List.of()),
                new ReportView(22, AT.plusDays(1), AT.plusDays(1), "mttq.phuoctrung@gmail.com", "BC bổ sung nội dung 3",
                        null, null, "REPORT", "MATCHED", "bac-ai-mttq", "phuoc-trung", "325/MTTQ-BTT", 5L, 7L, List.of(3),
                        1, List.of(), List.of()));
        Map<Long, ReportText> texts = Map.of(
                21L, new ReportText("Đã tuyên truyền 12 buổi cho Nhân dân về ủng hộ Quỹ.", ""),
                22L, new ReportText("Đã gửi báo cáo kết quả về Ban Thường trực đúng hạn.", ""));
        Consolidation c = new Consolidation(5, dispatch, "", TODAY, Consolidation.units(dispatch, tasks,
                Map.of("phuoc-trung", "Xã Phước Trung"), reports, texts, TODAY, true));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(DraftReportWriter.write(c)))) {
            List<String> text = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            List<String> lines = text.stream().filter(p -> p.startsWith("- Xã Phước Trung: ")).toList();
            assertThat(lines).as("tasks 1 and 2 from the first report, task 3 from the second").containsExactly(
                    "- Xã Phước Trung: Đã tuyên truyền 12 buổi cho Nhân dân về ủng hộ Quỹ.",
                    "- Xã Phước Trung: Đã tuyên truyền 12 buổi cho Nhân dân về ủng hộ Quỹ.",
                    "- Xã Phước Trung: Đã gửi báo cáo kết quả về Ban Thường trực đúng hạn.");
        }
    }
}
