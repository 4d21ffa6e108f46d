package vn.reportbot.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import jakarta.activation.DataHandler;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import vn.reportbot.ReportbotApplication;
import vn.reportbot.dispatch.DispatchCatalog;
import vn.reportbot.dispatch.KnownDispatch;
import vn.reportbot.report.Delivery;
import vn.reportbot.report.ProcessingOutcome;
import vn.reportbot.report.ReportProcessor;

/**
 * Issue #15: the consolidated workbook and the draft báo cáo tổng hợp of the two seed dispatches, drawn up from
 * reports recorded through the real pipeline (mails with real .docx attachments, on H2), opened with POI and checked
 * against what the communes wrote. With {@code -Dreportbot.summary.samples=DIR} the files are also written there, to
 * be looked at (scripts/summary-to-pdf.sh).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsolidatedReportFilesTests {

    private static final String BAC_AI = "mattrabbacai@gmail.com";
    private static final String HAI_HAU = "bdvhaihau@gmail.com";

    private ConfigurableApplicationContext app;
    private ConsolidatedReports summaries;
    private long mttq;
    private long bdv;
    private final List<ProcessingOutcome> outcomes = new ArrayList<>();
    private Instant phuocDaiAt;
    private final HttpClient http = HttpClient.newHttpClient();
    private int uid;

    @BeforeAll
    void recordReports(@TempDir Path dir) throws Exception {
        Path dispatches = Files.createDirectories(dir.resolve("dispatches"));
        for (String seed : List.of("22-CV-BDVHU-hai-hau.txt", "319-MTTQ-BTT-bac-ai.txt")) {
            Files.copy(Path.of("config/dispatches", seed), dispatches.resolve(seed));
        }
        app = new SpringApplicationBuilder(ReportbotApplication.class).run("--server.port=0",
                "--reportbot.data-dir=" + dir, "--reportbot.dispatches=" + dispatches,
                "--reportbot.embedded-mail.enabled=false", "--spring.mail.host=127.0.0.1", "--reportbot.admin.password=secret",
                "--reportbot.schedule.poll=", "--reportbot.schedule.reminders=", "--reportbot.schedule.digest=");
        summaries = app.getBean(ConsolidatedReports.class);
        DispatchCatalog catalog = app.getBean(DispatchCatalog.class);
        mttq = catalog.dispatchesOf("bac-ai-mttq").stream().filter(d -> d.number().equals("319/MTTQ-BTT"))
                .map(KnownDispatch::id).findFirst().orElseThrow();
        bdv = catalog.dispatchesOf("hai-hau-bdv").stream().filter(d -> d.number().equals("22-CV/BDVHU"))
                .map(KnownDispatch::id).findFirst().orElseThrow();

        Instant now = Instant.now();
        phuocDaiAt = now.minusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        record("bac-ai-mttq", mail("mttq.phuocdai@gmail.com", "MTTQ xã Phước Đại", BAC_AI,
                "Báo cáo kết quả thực hiện CV 319/MTTQ-BTT của xã Phước Đại",
                "Kính gửi Ban Thường trực Ủy ban MTTQ Việt Nam huyện,\n\nBan Thường trực MTTQ xã Phước Đại xin gửi báo cáo"
                        + " kết quả thực hiện Công văn 319/MTTQ-BTT (file đính kèm).\n\nTrân trọng,\nPinăng Văn Tư",
                "Báo cáo 319 Phước Đại.docx", docx(
                        "ỦY BAN MTTQ VIỆT NAM", "XÃ PHƯỚC ĐẠI", "BAN THƯỜNG TRỰC", "Số: 12/BC-MTTQ",
                        "Phước Đại, ngày 20 tháng 9 năm 2021", "BÁO CÁO",
                        "Kết quả thực hiện Công văn số 319/MTTQ-BTT ngày 16/9/2021 của Ban Thường trực Ủy ban MTTQ Việt Nam huyện",
                        "1. Ban Thường trực đã phối hợp với các tổ chức thành viên tổ chức 12 buổi tuyên truyền tại các thôn,"
                                + " có 350 lượt người tham gia. Nội dung tuyên truyền tập trung vào tinh thần “chống dịch như"
                                + " chống giặc”. Các chi hội đã phát 600 tờ rơi đến từng hộ gia đình.",
                        "2. Vận động 1.250 hộ đăng ký tham gia phong trào thi đua bảo vệ “vùng xanh”; thành lập 6 tổ tự quản"
                                + " tại các thôn.",
                        "3. Tổ giám sát Covid cộng đồng hoạt động thường xuyên, đã phát hiện và báo cáo 3 trường hợp từ vùng"
                                + " dịch về địa phương.",
                        "4. Đã triển khai giấy xác nhận đi lại cho 15 cán bộ, công chức có hộ khẩu ngoài huyện.",
                        "5. Thực hiện chế độ thông tin, báo cáo hằng tuần về Ban Thường trực Ủy ban MTTQ Việt Nam huyện.",
                        "Nơi nhận:", "- BTT UBMTTQVN huyện;", "- Lưu VT.", "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH",
                        "Pinăng Văn Tư")), phuocDaiAt);
        record("bac-ai-mttq", mail("mttq.phuoctan@gmail.com", "MTTQ xã Phước Tân", BAC_AI,
                "Bao cao thuc hien CV 319 xa Phuoc Tan",
                "Kính gửi Ban Thường trực MTTQ huyện.\n"
                        + "MTTQ xã Phước Tân báo cáo kết quả thực hiện Công văn 319/MTTQ-BTT như sau:\n"
                        + "Nội dung 1: Tổ chức 15 buổi tuyên truyền lưu động bằng loa, 820 lượt người được tuyên truyền"
                        + " trực tiếp.\n"
                        + "Nội dung 2: Vận động 640 hộ ký cam kết bảo vệ vùng xanh. Đăng 45 tin, bài trên trang thông tin"
                        + " điện tử của xã.\n"
                        + "Nội dung 3: Duy trì 8 tổ giám sát cộng đồng tại các thôn.\n"
                        + "Nội dung 4: Không có trường hợp phát sinh.\n"
                        + "Nội dung 5: Báo cáo đúng thời gian quy định.\n\nNgười báo cáo: Katơr Thị Lan",
                null, null), now.minusSeconds(1800));
        record("bac-ai-mttq", mail("mttq.phuochoa@gmail.com", "MTTQ Phước Hòa", BAC_AI,
                "Gửi báo cáo CV 319/MTTQ-BTT",
                "Kính gửi Ban Thường trực.\n\nThực hiện Công văn số 319/MTTQ-BTT, Ban Thường trực MTTQ xã Phước Hòa đã"
                        + " phối hợp với các đoàn thể tổ chức 9 buổi tuyên truyền tại các thôn, vận động 410 hộ tham gia"
                        + " phong trào bảo vệ vùng xanh. Tổ giám sát cộng đồng hoạt động hiệu quả, không phát sinh ca mắc"
                        + " mới. Xã sẽ tiếp tục báo cáo định kỳ theo quy định.\n\nTrân trọng.",
                null, null), now.minusSeconds(1200));
        record("bac-ai-mttq", mail("mttq.phuocthang@gmail.com", "MTTQ Phước Thắng", BAC_AI,
                "Báo cáo CV 319/MTTQ-BTT",
                "=HYPERLINK(\"http://phuocthang.example/bc\",\"Xem báo cáo\") xã Phước Thắng đã tổ chức 4 buổi tuyên"
                        + " truyền tại các thôn và vận động 200 hộ tham gia phong trào bảo vệ vùng xanh. Tổ giám sát"
                        + " cộng đồng duy trì hoạt động hằng ngày, kịp thời nắm bắt tình hình nhân dân.",
                null, null), now.minusSeconds(600));

        record("hai-hau-bdv", mail("dv.ttyendinh@gmail.com", "Khối dân vận TT Yên Định", HAI_HAU,
                "Báo cáo thực hiện Công văn 22-CV/BDVHU",
                "Kính gửi Ban Dân vận Huyện ủy Hải Hậu,\nKhối dân vận thị trấn Yên Định gửi báo cáo đính kèm.",
                "BC Yen Dinh 22-CV.docx", docx("ĐẢNG BỘ HUYỆN HẢI HẬU", "ĐẢNG ỦY THỊ TRẤN YÊN ĐỊNH", "*",
                        "Số 08-BC/ĐU", "Yên Định, ngày 30 tháng 7 năm 2021", "BÁO CÁO",
                        "I. Khối dân vận đã tham mưu Đảng ủy tổ chức 2 hội nghị quán triệt Kết luận số 07-KL/TW, có 180"
                                + " lượt cán bộ, đảng viên tham dự.",
                        "II. Phối hợp với MTTQ và các đoàn thể tổ chức 14 buổi tuyên truyền tại 9 tổ dân phố; vận động"
                                + " nhân dân không tổ chức tập trung đông người.",
                        "III. Phân công 25 cán bộ khối dân vận bám sát địa bàn, hỗ trợ 37 hộ có hoàn cảnh khó khăn.",
                        "IV. Khối dân vận sẽ tiếp tục báo cáo thường xuyên về Ban Dân vận Huyện ủy.",
                        "T/M ĐẢNG ỦY", "PHÓ BÍ THƯ", "Trần Văn Bình")), now.minusSeconds(900));
        record("hai-hau-bdv", mail("dv.hainam@gmail.com", "Dan van Hai Nam", HAI_HAU,
                "BC xa Hai Nam CV 22-CV/BDVHU",
                "Kính gửi Ban Dân vận Huyện ủy.\n"
                        + "1. Đã tham mưu Đảng ủy quán triệt các văn bản chỉ đạo tới 100% chi bộ, 1 hội nghị trực tuyến.\n"
                        + "2. Tổ chức 6 buổi tuyên truyền lưu động trên hệ thống loa truyền thanh của xã.\n"
                        + "3. Hỗ trợ 12 hộ có hoàn cảnh khó khăn do ảnh hưởng của dịch.\n"
                        + "4. Báo cáo thường xuyên theo yêu cầu.\n\nTrân trọng.",
                null, null), now.minusSeconds(300));
        writeSamples();
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    // ---- the workbook

    @Test
    void theDispatchSheetListsEveryUnitWithItsStatusTimeExcerptAndAttachment() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(summaries.workbook(mttq)))) {
            XSSFSheet sheet = wb.getSheet("319-MTTQ-BTT");
            assertThat(sheet).isNotNull();
            assertThat(texts(sheet.getRow(1))).startsWith("STT", "Đơn vị", "Trạng thái", "Thời điểm nhận", "Nội dung 1")
                    .endsWith("Nội dung 5", "Trích nội dung", "Tệp đính kèm");
            assertThat(sheet.getLastRowNum() - 1).isEqualTo(9);

            Row phuocDai = rowOf(sheet, "Xã Phước Đại");
            assertThat(phuocDai.getCell(2).getStringCellValue()).isEqualTo("Đã báo cáo");
            assertThat(phuocDai.getCell(4).getStringCellValue()).isEqualTo("Đã báo cáo");
            Cell received = phuocDai.getCell(3);
            assertThat(received.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(received)).isTrue();
            assertThat(received.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy hh:mm");
            assertThat(received.getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.ofInstant(phuocDaiAt, clock().getZone()));
            assertThat(phuocDai.getCell(9).getStringCellValue()).contains("12 buổi tuyên truyền")
                    .doesNotContain("ỦY BAN MTTQ", "Số: 12/BC-MTTQ");
            assertThat(phuocDai.getCell(10).getStringCellValue()).isEqualTo("Báo cáo 319 Phước Đại.docx");

            Row phuocBinh = rowOf(sheet, "Xã Phước Bình");
            assertThat(phuocBinh.getCell(2).getStringCellValue()).isEqualTo("Chưa báo cáo");
            assertThat(phuocBinh.getCell(3).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void aTextThatLooksLikeAFormulaIsStoredAsText() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(summaries.workbook(mttq)))) {
            Cell excerpt = rowOf(wb.getSheet("319-MTTQ-BTT"), "Xã Phước Thắng").getCell(9);
            assertThat(excerpt.getCellType()).isEqualTo(CellType.STRING);
            assertThat(excerpt.getStringCellValue()).startsWith("=HYPERLINK(");
            assertThat(excerpt.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(rowOf(wb.getSheet("319-MTTQ-BTT"), "Xã Phước Đại").getCell(9).getCellStyle().getQuotePrefixed())
                    .isFalse();
        }
    }

    @Test
    void everySheetHasAFrozenHeaderRowAndFilters() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(summaries.officeWorkbook("bac-ai-mttq",
                today())))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet sheet = wb.getSheetAt(i);
                assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
                assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A2:");
            }
        }
    }

    @Test
    void theOverviewSheetHasEveryOpenDispatchTimesEveryUnit() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(summaries.officeWorkbook("hai-hau-bdv",
                today())))) {
            XSSFSheet overview = wb.getSheet("Tổng hợp");
            assertThat(wb.getSheet("22-CV-BDVHU")).isNotNull();
            assertThat(texts(overview.getRow(1))).containsExactly("STT", "Công văn", "Trích yếu", "Hạn báo cáo", "Đơn vị",
                    "Trạng thái", "Thời điểm nhận", "Nội dung chưa báo cáo");
            assertThat(overview.getLastRowNum() - 1).isEqualTo(34);
            Row yenDinh = rowOf(overview, "Thị trấn Yên Định", 4);
            assertThat(yenDinh.getCell(1).getStringCellValue()).isEqualTo("22-CV/BDVHU");
            assertThat(yenDinh.getCell(5).getStringCellValue()).isEqualTo("Đã báo cáo");
            assertThat(DateUtil.isCellDateFormatted(yenDinh.getCell(6))).isTrue();
            assertThat(rowOf(overview, "Thị trấn Cồn", 4).getCell(5).getStringCellValue()).isEqualTo("Chưa báo cáo");
        }
    }

    // ---- the draft report

    @Test
    void theFrontDraftHasTheStateHeaderANumberToFillThePlaceAndDate() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(summaries.draftReport(mttq)))) {
            XWPFTable header = doc.getTables().get(0);
            List<String> left = lines(header.getRow(0).getCell(0));
            List<String> right = lines(header.getRow(0).getCell(1));
            assertThat(left).startsWith("ỦY BAN MTTQ VIỆT NAM", "HUYỆN BÁC ÁI", "BAN THƯỜNG TRỰC");
            assertThat(left.get(left.size() - 1).replace('\u00A0', ' ')).isEqualTo("Số:      /BC-MTTQ-BTT");
            assertThat(right).startsWith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc");
            assertThat(run(header.getRow(0).getCell(1), "Độc lập").getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
            String date = "Bác Ái, " + OfficeLayout.longDate(today());
            assertThat(right).contains(date);
            assertThat(run(header.getRow(0).getCell(1), "Bác Ái, ngày").isItalic()).isTrue();

            List<String> body = paragraphs(doc);
            int title = body.indexOf("BÁO CÁO");
            assertThat(title).isNotNegative();
            assertThat(body.get(title + 1)).isEqualTo("Kết quả thực hiện Công văn số 319/MTTQ-BTT ngày 16/9/2021 của Ban"
                    + " Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái về tăng cường tuyên truyền, vận động Nhân dân tích"
                    + " cực tham gia phong trào thi đua bảo vệ “vùng xanh” trong phòng, chống dịch bệnh Covid-19");
            XWPFParagraph titleParagraph = doc.getParagraphs().stream().filter(p -> p.getText().equals("BÁO CÁO"))
                    .findFirst().orElseThrow();
            assertThat(titleParagraph.getRuns().get(0).isBold()).isTrue();
            assertThat(titleParagraph.getAlignment()).isEqualTo(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
            assertThat(body).anyMatch(p -> p.contains("có 4/9 đơn vị đã gửi báo cáo") && p.contains("còn 5 đơn vị chưa"));
        }
    }

    @Test
    void underEachTaskTheUnitsOwnWordsShortenedAndTheirFiguresSummed() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(summaries.draftReport(mttq)))) {
            List<String> body = paragraphs(doc);
            int task1 = indexStarting(body, "1. Tiếp tục tăng cường phối hợp");
            int task2 = indexStarting(body, "2. Tập trung vận động");
            List<String> first = body.subList(task1, task2);
            assertThat(first).anyMatch(p -> p.startsWith("- Xã Phước Đại: Ban Thường trực đã phối hợp với các tổ chức"
                    + " thành viên tổ chức 12 buổi tuyên truyền tại các thôn, có 350 lượt người tham gia."));
            assertThat(first).anyMatch(p -> p.startsWith("- Xã Phước Tân: Tổ chức 15 buổi tuyên truyền lưu động"));
            assertThat(first).noneMatch(p -> p.contains("1.250 hộ"));
            // Phước Hòa's words number no task: the whole of them goes under every task it reported
            assertThat(first).anyMatch(p -> p.startsWith("- Xã Phước Hòa: Thực hiện Công văn số 319/MTTQ-BTT"));
            assertThat(first).contains("Tổng cộng: 27 buổi tuyên truyền (2 đơn vị); 1.170 lượt người (2 đơn vị).");

            int task3 = indexStarting(body, "3. Tiếp tục phát huy");
            List<String> second = body.subList(task2, task3);
            assertThat(second).anyMatch(p -> p.startsWith("- Xã Phước Đại: Vận động 1.250 hộ đăng ký"));
            assertThat(second).anyMatch(p -> p.contains("Đăng 45 tin, bài"));
            assertThat(second).contains("Tổng cộng: 1.890 hộ (2 đơn vị).");
            assertThat(body).allMatch(p -> p.length() < 900);
        }
    }

    @Test
    void theUnitsThatHaveNotReportedAreNamed() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(summaries.draftReport(mttq)))) {
            assertThat(paragraphs(doc)).contains("- Các đơn vị chưa báo cáo (5 đơn vị): Xã Phước Bình, Xã Phước Tiến,"
                    + " Xã Phước Thành, Xã Phước Chính, Xã Phước Trung.");
        }
    }

    @Test
    void theFrontDraftEndsWithTheLevelAboveAndTheSignatureOfTheSameBody() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(summaries.draftReport(mttq)))) {
            XWPFTable closing = doc.getTables().get(1);
            assertThat(lines(closing.getRow(0).getCell(0))).containsExactly("Nơi nhận:",
                    "- Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh (để báo cáo);", "- Lưu: VT.");
            List<String> signature = lines(closing.getRow(0).getCell(1));
            assertThat(signature).startsWith("TM. BAN THƯỜNG TRỰC", "PHÓ CHỦ TỊCH").endsWith("Nguyễn Văn Bền");
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW()).hasToString("11906");
            assertThat(doc.getDocument().getBody().getSectPr().getPgMar().getLeft()).hasToString("1701");
            assertThat(doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream()).filter(r -> !r.text().isBlank())
                    .map(XWPFRun::getFontFamily).collect(Collectors.toSet())).containsExactly("Times New Roman");
        }
    }

    @Test
    void thePartyDraftHasThePartyLayoutTheBodiesNamedToReportToAndTheHeadsSignature() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(summaries.draftReport(bdv)))) {
            XWPFTable header = doc.getTables().get(0);
            List<String> left = lines(header.getRow(0).getCell(0));
            assertThat(left.subList(0, 3)).containsExactly("HUYỆN ỦY HẢI HẬU", "BAN DÂN VẬN", "*");
            assertThat(left.get(3).replace('\u00A0', ' ')).isEqualTo("Số      -BC/BDVHU");
            assertThat(lines(header.getRow(0).getCell(1))).contains("ĐẢNG CỘNG SẢN VIỆT NAM",
                    "Hải Hậu, " + OfficeLayout.longDate(today()));
            List<String> body = paragraphs(doc);
            assertThat(body).contains("Kết quả thực hiện Công văn số 22-CV/BDVHU ngày 27/7/2021 của Ban Dân vận Huyện ủy"
                    + " Hải Hậu về tiếp tục tăng cường công tác phòng, chống dịch Covid-19");
            int task2 = indexStarting(body, "2. Phối hợp với MTTQ");
            int task3 = indexStarting(body, "3. Phân công");
            assertThat(body.subList(task2, task3)).contains("Tổng cộng: 20 buổi tuyên truyền (2 đơn vị).")
                    .anyMatch(p -> p.startsWith("- Thị trấn Yên Định: Phối hợp với MTTQ và các đoàn thể tổ chức 14 buổi"));
            assertThat(body).anyMatch(p -> p.startsWith("- Các đơn vị chưa báo cáo (32 đơn vị): Thị trấn Cồn,"));

            XWPFTable closing = doc.getTables().get(1);
            assertThat(lines(closing.getRow(0).getCell(0))).containsExactly("Nơi nhận:", "- Ban Thường vụ Huyện ủy;",
                    "- Ban Dân vận Tỉnh ủy (để báo cáo);", "- Lưu: VT.");
            List<String> signature = lines(closing.getRow(0).getCell(1));
            assertThat(signature.get(0)).isEqualTo("TRƯỞNG BAN");
            assertThat(signature).endsWith("Lại Văn Hà");
        }
    }

    // ---- the endpoints

    @Test
    void theFilesAreServedAsAttachmentsWithTheirTypeAndAnAsciiAndUtf8Name() throws Exception {
        HttpResponse<byte[]> docx = get("/api/dispatches/" + mttq + "/summary.docx");
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type")).contains(ConsolidatedReports.DOCX);
        assertThat(docx.headers().firstValue("Content-Disposition")).contains("attachment;"
                + " filename=\"bao-cao-tong-hop-319-MTTQ-BTT.docx\"; filename*=UTF-8''bao-cao-tong-hop-319-MTTQ-BTT.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            assertThat(paragraphs(doc)).contains("BÁO CÁO");
        }
        HttpResponse<byte[]> xlsx = get("/api/dispatches/" + bdv + "/summary.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type")).contains(ConsolidatedReports.XLSX);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"tong-hop-22-CV-BDVHU.xlsx\"");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(wb.getSheet("22-CV-BDVHU")).isNotNull();
        }
    }

    @Test
    void anUnknownDispatchIs404WithTheReason() throws Exception {
        for (String file : List.of("summary.xlsx", "summary.docx")) {
            HttpResponse<byte[]> answer = get("/api/dispatches/987654/" + file);
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
            assertThat(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo("{\"error\":\"no dispatch 987654\",\"code\":\"not_found\"}");
        }
    }

    // ---- helpers

    private java.time.Clock clock() {
        return app.getBean(java.time.Clock.class);
    }

    private LocalDate today() {
        return LocalDate.now(clock());
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        String auth = Base64.getEncoder().encodeToString("admin:secret".getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + auth).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private void record(String office, byte[] raw, Instant receivedAt) throws Exception {
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        ProcessingOutcome outcome = app.getBean(ReportProcessor.class).process(office, raw, sha, null,
                new Delivery("INBOX", 1, ++uid, receivedAt));
        assertThat(outcome.decision()).isEqualTo("MATCHED");
        outcomes.add(outcome);
    }

    private static byte[] mail(String from, String name, String to, String subject, String body, String attachmentName,
                               byte[] attachment) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(from, name, "UTF-8"));
        m.setRecipients(jakarta.mail.Message.RecipientType.TO, to);
        m.setSubject(subject, "UTF-8");
        m.setSentDate(new java.util.Date());
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body, "UTF-8");
        parts.addBodyPart(text);
        if (attachment != null) {
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment,
                    ConsolidatedReports.DOCX)));
            file.setFileName(jakarta.mail.internet.MimeUtility.encodeText(attachmentName, "UTF-8", "B"));
            file.setDisposition(jakarta.mail.Part.ATTACHMENT);
            parts.addBodyPart(file);
        }
        m.setContent(parts);
        m.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return out.toByteArray();
    }

    private static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private void writeSamples() throws IOException {
        String where = System.getProperty("reportbot.summary.samples");
        if (where == null || where.isBlank()) {
            return;
        }
        Path dir = Files.createDirectories(Path.of(where));
        Files.write(dir.resolve(summaries.draftReportFileName(mttq)), summaries.draftReport(mttq));
        Files.write(dir.resolve(summaries.draftReportFileName(bdv)), summaries.draftReport(bdv));
        Files.write(dir.resolve(summaries.workbookFileName(mttq)), summaries.workbook(mttq));
        Files.write(dir.resolve(summaries.officeWorkbookFileName("hai-hau-bdv", today())),
                summaries.officeWorkbook("hai-hau-bdv", today()));
    }

    private static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        row.forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }

    private static Row rowOf(XSSFSheet sheet, String unit) {
        return rowOf(sheet, unit, 1);
    }

    private static Row rowOf(XSSFSheet sheet, String unit, int column) {
        for (Row row : sheet) {
            if (row.getRowNum() > 1 && unit.equals(row.getCell(column).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row of " + unit);
    }

    private static List<String> lines(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
    }

    private static XWPFRun run(XWPFTableCell cell, String starting) {
        return cell.getParagraphs().stream().flatMap(p -> p.getRuns().stream()).filter(r -> r.text().startsWith(starting))
                .findFirst().orElseThrow();
    }

    private static List<String> paragraphs(XWPFDocument doc) {
        List<String> out = new ArrayList<>();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p && !p.getText().isBlank()) {
                out.add(p.getText());
            }
        }
        return out;
    }

    private static int indexStarting(List<String> body, String start) {
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph starting " + start + " in " + body);
    }
}
