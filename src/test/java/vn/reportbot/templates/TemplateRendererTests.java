package vn.reportbot.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reportbot.system.SettingsException;

/**
 * Renders the real {@code templates/} folder with models built the way {@code AcknowledgementQueuer},
 * {@code ReminderJob}, {@code DigestJob}, {@code AnnouncementQueuer} and {@code StaffReplyQueuer} build them (same
 * keys, same value types).
 */
class TemplateRendererTests {

    private static final Path TEMPLATES = Path.of("templates");
    private static final String SUBJECT = "Vận động ủng hộ Quỹ “Vì người nghèo” <đợt 2> & hỗ trợ vùng xanh";

    @TempDir
    Path temp;

    private final TemplateRenderer renderer = new TemplateRenderer(TEMPLATES);

    @Test
    void theAcknowledgementNamesTheUnitTheDispatchAndWhatWasReceived() {
        RenderedMail mail = renderer.render("acknowledgement", acknowledgementModel(false));

        assertThat(mail.subject()).as("a report without a subject").isEqualTo("Đã nhận báo cáo của Xã Phước Đại về Công văn số 319/MTTQ-BTT");
        assertThat(mail.text())
                .contains("Kính gửi: Ban Thường trực Ủy ban MTTQ Việt Nam xã Phước Đại.")
                .contains("Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái đã nhận được báo cáo của đơn vị lúc 15:14 ngày 20/09/2021.")
                .contains("Công văn số 319/MTTQ-BTT ngày 16/09/2021")
                .contains("V/v " + SUBJECT)
                .contains("Kỳ báo cáo: Tháng 9/2021")
                .contains("Hệ thống đã ghi nhận nội dung 1, 2; còn nội dung 3, 4, 5 chưa báo cáo.")
                .contains("- Bao cao <ban cuoi> & phu luc.docx")
                .contains("mattrabbacai@gmail.com")
                .doesNotContain("Lưu ý", "&lt;", "&amp;");
        assertThat(mail.html())
                .contains("Kính gửi: Ban Thường trực Ủy ban MTTQ Việt Nam xã Phước Đại.")
                .contains("còn nội dung <strong>3, 4, 5</strong> chưa báo cáo")
                .contains("<strong>Công văn số 319/MTTQ-BTT</strong> ngày 16/09/2021")
                .contains("V/v Vận động ủng hộ Quỹ “Vì người nghèo” &lt;đợt 2&gt; &amp; hỗ trợ vùng xanh")
                .contains("<li>Bao cao &lt;ban cuoi&gt; &amp; phu luc.docx</li>")
                .doesNotContain("<ban cuoi>", "<đợt 2>");
    }

    @Test
    void aLateAcknowledgementSaysSoWithTheDeadline() {
        RenderedMail mail = renderer.render("acknowledgement", acknowledgementModel(true));

        assertThat(mail.text()).contains("Lưu ý: báo cáo được nhận sau thời hạn ngày 18/09/2021.");
        assertThat(mail.html()).contains("<em>Lưu ý: báo cáo được nhận sau thời hạn ngày 18/09/2021.</em>");
    }

    @Test
    void theReminderNamesTheUnitTheDispatchThePeriodWhatIsMissingAndByWhen() {
        RenderedMail mail = renderer.render("reminder", reminderModel(false));

        assertThat(mail.subject()).isEqualTo("Nhắc báo cáo Công văn số 22-CV/BDVHU, tuần 31/2021 (26/07 – 01/08/2021)"
                + " - Xã Hải Anh");
        assertThat(mail.text())
                .contains("Kính gửi Xã Hải Anh,")
                .contains("Ban Dân vận Huyện ủy Hải Hậu chưa nhận được đủ báo cáo của đơn vị về:")
                .contains("Công văn số 22-CV/BDVHU ngày 27/07/2021")
                .contains("V/v " + SUBJECT)
                .contains("Kỳ báo cáo: tuần 31/2021 (26/07 – 01/08/2021)")
                .contains("Thời hạn: trước 15:00 ngày 30/07/2021")
                .contains("Đơn vị đã báo cáo một phần; còn thiếu nội dung 2, 3:")
                .contains("  2. Phối hợp với MTTQ <đợt 2> & các đoàn thể")
                .doesNotContain("  1. Tiếp tục")
                .contains("Đề nghị đơn vị gửi báo cáo chậm nhất trước 15:00 ngày 30/07/2021 về hộp thư"
                        + " bandanvan.haihau@gmail.com, ghi rõ số công văn 22-CV/BDVHU");
        assertThat(mail.html())
                .contains("<strong>Công văn số 22-CV/BDVHU</strong>")
                .contains("<li value=\"2\">Phối hợp với MTTQ &lt;đợt 2&gt; &amp; các đoàn thể</li>")
                .contains("<a href=\"mailto:bandanvan.haihau@gmail.com\">bandanvan.haihau@gmail.com</a>")
                .doesNotContain("<đợt 2>");
    }

    @Test
    void aReminderAfterTheDeadlineSaysSoPolitelyAndNamesTheStaffCopied() {
        RenderedMail mail = renderer.render("reminder", reminderModel(true));

        assertThat(mail.subject()).startsWith("Quá hạn báo cáo Công văn số 22-CV/BDVHU");
        assertThat(mail.text()).contains("Công văn số 22-CV/BDVHU ngày 27/07/2021 của Ban Dân vận Huyện ủy Hải Hậu đã hết"
                        + " hạn báo cáo từ ngày 30/07/2021 (kỳ tuần 31/2021 (26/07 – 01/08/2021))",
                "Đề nghị đơn vị khẩn trương gửi báo cáo", "đồng gửi cán bộ phụ trách của Ban Dân vận Huyện ủy Hải Hậu");
    }

    @Test
    void theDigestSaysWhatChangedSinceThePreviousOneAndOneLinePerDispatch() {
        RenderedMail mail = renderer.render("digest", digestModel());

        assertThat(mail.subject())
                .isEqualTo("Tổng hợp tình hình báo cáo ngày 21/09/2021 - Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái");
        assertThat(mail.text())
                .contains("Kính gửi cán bộ Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái,")
                .contains("từ bản tổng hợp trước (08:00 ngày 20/09/2021) đến 08:00 ngày 21/09/2021:")
                .contains("== Báo cáo mới nhận (2) ==")
                .contains("- Xã Phước Đại, công văn 319/MTTQ-BTT (nội dung 1, 2), nhận lúc 15:14 ngày 20/09/2021\n"
                        + "  “Đã tuyên truyền đến 100% thôn <đợt 2> & hộ gia đình”\n"
                        + "  Tệp: Bao cao <ban cuoi> & phu luc.docx (45 KB)")
                .contains("- Xã Phước Bình, công văn 319/MTTQ-BTT, nhận lúc 09:30 ngày 21/09/2021 (sau thời hạn)")
                .contains("- Công văn số 319/MTTQ-BTT (hạn ngày 20/09/2021), 2 đơn vị: Xã Phước Tân, Xã Phước Hòa"
                        + " (mới báo cáo một phần).")
                .contains("Có 3 thư cần cán bộ xem xét (chưa xác định được đơn vị hoặc công văn). Thư chờ lâu nhất: nhận lúc"
                        + " 10:02 ngày 19/09/2021, từ nguyenvana@gmail.com, tiêu đề “Báo cáo tháng 9”.")
                .contains("- Công văn số 319/MTTQ-BTT ngày 16/09/2021: V/v " + SUBJECT + "\n"
                        + "  Đã báo cáo 2/9; một phần: 1; sau hạn: 1; quá hạn chưa báo cáo: 6; hạn ngày 20/09/2021.")
                .contains("có trong tệp đính kèm: Tổng hợp báo cáo.xlsx (45 KB); Dự thảo báo cáo tổng hợp.docx (1,2 MB).")
                .doesNotContain("bytes", "&lt;");
        assertThat(mail.html())
                .contains("<strong>Xã Phước Đại</strong> · <span style=\"white-space: nowrap;\">319/MTTQ-BTT</span> (nội dung 1, 2)")
                .contains("“Đã tuyên truyền đến 100% thôn &lt;đợt 2&gt; &amp; hộ gia đình”")
                .contains("Bao cao &lt;ban cuoi&gt; &amp; phu luc.docx (45 KB)")
                .contains("Đã báo cáo <strong>2/9</strong>")
                .contains("<strong>Có 3 thư cần cán bộ xem xét</strong>")
                .contains("max-width: 640px")
                .doesNotContain("<ban cuoi>", "bytes");
    }

    @Test
    void aFirstDigestWithoutDispatchesReportsOrReviewsSaysSo() {
        Map<String, Object> model = digestModel();
        model.put("since", "");
        model.put("dispatches", List.of());
        model.put("newReports", List.of());
        model.put("newReportCount", 0);
        model.put("becameLate", List.of());
        model.put("reviewCount", 0);
        model.put("oldestReview", Map.of("at", "", "from", "", "subject", ""));
        model.put("files", List.of());

        RenderedMail mail = renderer.render("digest", model);

        assertThat(mail.text()).contains("tình hình tính đến 08:00 ngày 21/09/2021:", "Không có báo cáo mới.",
                        "Không có thư nào chờ xem xét.", "Hiện chưa có công văn nào cần theo dõi.")
                .doesNotContain("cần cán bộ xem xét", "Đơn vị mới quá hạn", "tệp đính kèm");
        assertThat(mail.html()).contains("Hiện chưa có công văn nào cần theo dõi.");
    }

    @Test
    void anOfficesOwnTemplateIsUsedForThatOfficesMailsOnly() throws IOException {
        Path folder = copyOfTemplates();
        Files.createDirectory(folder.resolve("hai-hau-bdv"));
        Files.writeString(folder.resolve("hai-hau-bdv/digest.subject.ftl"), "Ban Dân vận: tổng hợp ngày ${today}");
        TemplateRenderer renderer = new TemplateRenderer(folder);

        assertThat(renderer.render("hai-hau-bdv", "digest", digestModel()).subject())
                .isEqualTo("Ban Dân vận: tổng hợp ngày 21/09/2021");
        assertThat(renderer.render("bac-ai-mttq", "digest", digestModel()).subject()).startsWith("Tổng hợp tình hình báo cáo");
        assertThat(renderer.render("hai-hau-bdv", "digest", digestModel()).text()).as("the files it does not override")
                .isEqualTo(renderer.render("bac-ai-mttq", "digest", digestModel()).text());
        assertThat(renderer.overrideFolders()).containsExactly("hai-hau-bdv");
    }

    @Test
    void anOfficesTemplateWithASyntaxErrorStopsConstructionNamingItsFile() throws IOException {
        Path folder = copyOfTemplates();
        Path broken = Files.createDirectory(folder.resolve("hai-hau-bdv")).resolve("reminder.txt.ftl");
        Files.writeString(broken, "Kính gửi ${unitName},\n<#if overdue>Quá hạn\n");

        assertThatThrownBy(() -> new TemplateRenderer(folder))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining(broken.toString())
                .hasMessageContaining("syntax error at line 2");
    }

    @Test
    void aMisnamedFileInAnOfficesFolderStopsConstructionNamingIt() throws IOException {
        Path folder = copyOfTemplates();
        Path misnamed = Files.createDirectory(folder.resolve("hai-hau-bdv")).resolve("digest.htm.ftl");
        Files.writeString(misnamed, "<p>${officeName}</p>");

        assertThatThrownBy(() -> new TemplateRenderer(folder))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining(misnamed.toString())
                .hasMessageContaining("is not the template of any mail");
    }

    @Test
    void aTemplateThatUsesAnUnknownNameFailsNamingItsFileAndTheName() throws IOException {
        Path folder = copyOfTemplates();
        Path broken = folder.resolve("acknowledgement.html.ftl");
        Files.writeString(broken, "<p>Kính gửi ${unitName}, ${tenDonVi}</p>\n");
        TemplateRenderer renderer = new TemplateRenderer(folder);

        assertThatThrownBy(() -> renderer.render("acknowledgement", acknowledgementModel(false)))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining(broken.toString())
                .hasMessageContaining("tenDonVi");
    }

    @Test
    void aTemplateCannotCreateJavaObjects() throws IOException {
        Path folder = copyOfTemplates();
        Files.writeString(folder.resolve("digest.subject.ftl"),
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
        TemplateRenderer renderer = new TemplateRenderer(folder);

        assertThatThrownBy(() -> renderer.render("digest", digestModel()))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining(folder.resolve("digest.subject.ftl").toString());
    }

    @Test
    void aMissingTemplateFileStopsConstructionNamingIt() throws IOException {
        Path folder = copyOfTemplates();
        Path missing = folder.resolve("digest.html.ftl");
        Files.delete(missing);

        assertThatThrownBy(() -> new TemplateRenderer(folder))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("reportbot.templates")
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("missing");
    }

    @Test
    void aTemplateWithASyntaxErrorStopsConstructionNamingItsFileLineAndColumn() throws IOException {
        Path folder = copyOfTemplates();
        Path broken = folder.resolve("reminder.txt.ftl");
        Files.writeString(broken, "Kính gửi ${unitName},\n<#if overdue>Quá hạn\n");

        assertThatThrownBy(() -> new TemplateRenderer(folder))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining(broken.toString())
                .hasMessageContaining("syntax error at line 2");
    }

    @Test
    void aTemplateBrokenWhileTheServiceRunsIsReportedAndItsLastWorkingVersionIsUsed() throws IOException {
        Path folder = copyOfTemplates();
        TemplateRenderer renderer = new TemplateRenderer(folder, java.time.Duration.ZERO);
        String before = renderer.render("acknowledgement", acknowledgementModel(false)).text();

        Files.writeString(folder.resolve("acknowledgement.txt.ftl"), "Kính gửi ${unitName}<#if late>\n");
        assertThat(renderer.render("acknowledgement", acknowledgementModel(false)).text())
                .as("a syntax error").isEqualTo(before);

        Files.writeString(folder.resolve("acknowledgement.txt.ftl"), "Kính gửi ${tenDonVi}\n");
        assertThat(renderer.render("acknowledgement", acknowledgementModel(false)).text())
                .as("an unknown name").isEqualTo(before);

        Files.writeString(folder.resolve("acknowledgement.txt.ftl"), "Kính gửi ${unitName}.\n");
        assertThat(renderer.render("acknowledgement", acknowledgementModel(false)).text())
                .as("mended").isEqualTo("Kính gửi Xã Phước Đại.\n");
    }

    @Test
    void aTemplateRewrittenWithinTheSameModificationTimeIsReadAgain() throws IOException {
        Path folder = copyOfTemplates();
        Path file = folder.resolve("acknowledgement.txt.ftl");
        TemplateRenderer renderer = new TemplateRenderer(folder, java.time.Duration.ZERO);
        Files.writeString(file, "Kính gửi ${unitName}: bản một.\n");
        java.nio.file.attribute.FileTime written = Files.getLastModifiedTime(file);
        assertThat(renderer.render("acknowledgement", acknowledgementModel(false)).text())
                .isEqualTo("Kính gửi Xã Phước Đại: bản một.\n");

        Files.writeString(file, "Kính gửi ${unitName}: bản hai.\n");
        Files.setLastModifiedTime(file, written);

        assertThat(renderer.render("acknowledgement", acknowledgementModel(false)).text())
                .as("same length, same modification time, new content").isEqualTo("Kính gửi Xã Phước Đại: bản hai.\n");
    }

    @Test
    void aMissingFolderStopsConstructionNamingIt() {
        Path folder = temp.resolve("no-such-folder");

        assertThatThrownBy(() -> new TemplateRenderer(folder))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("reportbot.templates")
                .hasMessageContaining(folder.toAbsolutePath().toString())
                .hasMessageContaining("does not exist");
    }

    private Path copyOfTemplates() throws IOException {
        return TemplateFolders.copyOfShipped(temp);
    }

    @Test
    void theAnnouncementNamesTheDispatchItsTasksTheDeadlineTheAttachmentAndHowToReport() {
        RenderedMail mail = renderer.render("announcement", announcementModel(false));

        assertThat(mail.subject()).isEqualTo("Đề nghị Xã Phước Tân báo cáo theo Công văn số 325/MTTQ-BTT");
        assertThat(mail.text())
                .contains("Kính gửi Xã Phước Tân,")
                .contains("Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái gửi đơn vị:")
                .contains("  Công văn số 325/MTTQ-BTT ngày 05/10/2021 của Ủy ban nhân dân huyện Bác Ái\n")
                .contains("  V/v " + SUBJECT)
                .contains("Toàn văn công văn trong tệp đính kèm “CV 325 <bản ký> & phụ lục.docx”.")
                .contains("  1. Tiếp tục vận động <cán bộ> & Nhân dân")
                .contains("Thời hạn báo cáo: ngày 20/10/2021.")
                .contains("đơn vị trả lời thư này và đính kèm tệp báo cáo; hoặc gửi thư về hộp thư mattrabbacai@gmail.com,"
                        + " ghi rõ số công văn 325/MTTQ-BTT ở tiêu đề thư.")
                .doesNotContain("&lt;", "&amp;", "Kỳ báo cáo");
        assertThat(mail.html())
                .contains("<strong>Công văn số 325/MTTQ-BTT</strong> ngày 05/10/2021")
                .contains("<li value=\"1\">Tiếp tục vận động &lt;cán bộ&gt; &amp; Nhân dân</li>")
                .contains("tệp đính kèm “CV 325 &lt;bản ký&gt; &amp; phụ lục.docx”")
                .contains("<strong>trả lời thư này</strong>")
                .doesNotContain("<cán bộ>", "<đợt 2>");
    }

    @Test
    void anAnnouncementOfAWeeklyDispatchGivesItsCadenceAndFirstPeriodAndNoAttachment() {
        RenderedMail mail = renderer.render("announcement", announcementModel(true));

        assertThat(mail.text())
                .contains("Kỳ báo cáo: hằng tuần, hạn trước 15 giờ 00 thứ Năm. Kỳ đầu tiên: tuần 48/2026 (23/11 – 29/11/2026),"
                        + " hạn báo cáo ngày 26/11/2026.")
                .contains("  Công văn số 325/MTTQ-BTT ngày 05/10/2021\n")
                .doesNotContain("Thời hạn báo cáo", "tệp đính kèm “");
        assertThat(mail.html()).contains("Kỳ báo cáo: <strong>hằng tuần, hạn trước 15 giờ 00 thứ Năm</strong>.");
    }

    @Test
    void theAnswerToAnImportedDispatchListsWhatWasReadWhoMustReportAndHowToCorrectIt() {
        RenderedMail mail = renderer.render("dispatch-imported", importedModel());

        assertThat(mail.subject()).isEqualTo("Đã nhận công văn số 325/MTTQ-BTT");
        assertThat(mail.text())
                .contains("Kính gửi đồng chí Nguyễn Văn Bền,")
                .contains("đã nhận công văn đồng chí gửi lúc 08:30 ngày 06/10/2021 (tệp “CV 325 <bản ký> & phụ lục.docx”)")
                .contains("  Số, ký hiệu: 325/MTTQ-BTT\n  Ngày ban hành: 05/10/2021\n"
                        + "  Cơ quan ban hành: Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái\n  Trích yếu: V/v " + SUBJECT)
                .contains("  Người ký: Nguyễn Văn Bền (phó chủ tịch)")
                .contains("Các nội dung yêu cầu (2):\n  1. Tiếp tục vận động <cán bộ> & Nhân dân\n  2. Báo cáo kết quả")
                .contains("Thời hạn báo cáo: ngày 20/10/2021.")
                .contains("Đơn vị phải báo cáo (2): Xã Phước Tân, Xã Phước Đại.")
                .contains("Hệ thống đã gửi thư thông báo công văn này đến từng đơn vị.")
                .contains("  - “CV 342.docx”: đây là công văn thứ hai trong cùng một thư")
                .contains("PATCH /api/dispatches/7, ví dụ với nội dung {\"deadline\": \"2021-10-20\"}")
                .contains("GET /api/dispatches/7/status")
                .contains("để trả lời thư “Gửi CV 325” của đồng chí gửi đến hộp thư mattrabbacai@gmail.com.");
        assertThat(mail.html())
                .contains("<tr><td>Số, ký hiệu:</td><td><strong>325/MTTQ-BTT</strong></td></tr>")
                .contains("<li value=\"2\">Báo cáo kết quả</li>")
                .contains("<li>“CV 342.docx”: đây là công văn thứ hai")
                .contains("<code>{\"deadline\": \"2021-10-20\"}</code>")
                .contains("(tệp “CV 325 &lt;bản ký&gt; &amp; phụ lục.docx”)")
                .doesNotContain("<bản ký>");
    }

    @Test
    void theAnswerToADispatchWithoutDateOrDeadlineSaysSo() {
        Map<String, Object> model = importedModel();
        model.put("issuedOn", "");
        model.put("deadline", "");
        model.put("source", "");
        model.put("announced", false);
        model.put("problems", List.of());

        RenderedMail mail = renderer.render("dispatch-imported", model);

        assertThat(mail.text()).contains("(trong nội dung thư)", "Ngày ban hành: không đọc được",
                "Công văn không nêu thời hạn báo cáo; hệ thống sẽ nhắc các đơn vị chưa báo cáo theo lịch nhắc")
                .doesNotContain("Lưu ý", "đã gửi thư thông báo");
    }

    @Test
    void theAnswerToADispatchAlreadyImportedSaysSoWithItsId() {
        Map<String, Object> model = notImportedModel("already-imported");

        RenderedMail mail = renderer.render("dispatch-not-imported", model);

        assertThat(mail.subject()).isEqualTo("Công văn số 325/MTTQ-BTT đã có trong hệ thống");
        assertThat(mail.text()).contains("Kính gửi đồng chí Pinăng Thị Hoa,",
                "Công văn số 325/MTTQ-BTT năm 2021 đã được nhập vào hệ thống trước đó (mã 7), nên hệ thống không nhập lại",
                "PATCH /api/dispatches/7");
        assertThat(mail.html()).contains("<strong>Công văn số 325/MTTQ-BTT năm 2021 đã được nhập vào hệ thống trước đó</strong>");
    }

    @Test
    void theAnswerToAnUnreadableDispatchGivesTheReasonForEachDocument() {
        RenderedMail mail = renderer.render("dispatch-not-imported", notImportedModel("unreadable"));

        assertThat(mail.subject()).isEqualTo("Không nhập được công văn");
        assertThat(mail.text()).contains("nhưng không nhập được công văn, vì:\n"
                + "  - “CV <đã ký>.pdf”: tệp là bản scan (ảnh chụp).\n", "Đề nghị đồng chí gửi lại công văn");
        assertThat(mail.html()).contains("<li>“CV &lt;đã ký&gt;.pdf”: tệp là bản scan (ảnh chụp).</li>");
    }

    @Test
    void theAnswerToAnotherOfficesDispatchNamesThatOfficeAndHowToImportItAnyway() {
        RenderedMail mail = renderer.render("dispatch-not-imported", notImportedModel("other-office"));

        assertThat(mail.subject()).isEqualTo("Không nhập được công văn số 325/MTTQ-BTT");
        assertThat(mail.text()).contains("Công văn số 325/MTTQ-BTT là văn bản của Ban Dân vận Huyện ủy Hải Hậu",
                "POST /api/dispatches?office=bac-ai-mttq");
    }

    /** As {@code AnnouncementQueuer} builds it (with {@code MailModel.about} and {@code MailModel.requests}). */
    private static Map<String, Object> announcementModel(boolean weekly) {
        Map<String, Object> model = new HashMap<>();
        model.put("unitName", "Xã Phước Tân");
        model.put("officeName", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái");
        model.put("officeMailbox", "mattrabbacai@gmail.com");
        model.put("dispatchNumber", "325/MTTQ-BTT");
        model.put("dispatchSubject", SUBJECT);
        model.put("dispatchIssuedOn", "05/10/2021");
        model.putAll(requests(weekly));
        if (!weekly) {
            model.put("issuer", "Ủy ban nhân dân huyện Bác Ái");
        }
        model.put("attachment", weekly ? "" : "CV 325 <bản ký> & phụ lục.docx");
        return model;
    }

    /** As {@code MailModel.requests} builds it. */
    private static Map<String, Object> requests(boolean weekly) {
        Map<String, Object> model = new HashMap<>();
        model.put("issuer", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái");
        model.put("tasks", List.of(Map.of("ordinal", 1, "text", "Tiếp tục vận động <cán bộ> & Nhân dân"),
                Map.of("ordinal", 2, "text", "Báo cáo kết quả")));
        model.put("deadline", weekly ? "" : "20/10/2021");
        model.put("cadence", weekly ? "hằng tuần, hạn trước 15 giờ 00 thứ Năm" : "");
        model.put("cadencePhrase", weekly ? "định kỳ hằng tuần (trước 15 giờ thứ Năm)" : "");
        model.put("periodLabel", weekly ? "tuần 48/2026 (23/11 – 29/11/2026)" : "");
        model.put("periodDue", weekly ? "26/11/2026" : "");
        return model;
    }

    /** As {@code StaffReplyQueuer} builds it for a dispatch imported. */
    private static Map<String, Object> importedModel() {
        Map<String, Object> model = staffModel("Nguyễn Văn Bền", "Gửi CV 325", "CV 325 <bản ký> & phụ lục.docx");
        model.putAll(requests(false));
        model.put("units", List.of("Xã Phước Tân", "Xã Phước Đại"));
        model.put("announced", true);
        model.put("problems", List.of(Map.of("document", "CV 342.docx",
                "text", "đây là công văn thứ hai trong cùng một thư; mỗi thư hệ thống chỉ nhập một công văn.")));
        return model;
    }

    /** As {@code StaffReplyQueuer} builds it for a dispatch not imported. */
    private static Map<String, Object> notImportedModel(String reason) {
        Map<String, Object> model = staffModel("Pinăng Thị Hoa", "CV 325", reason.equals("unreadable") ? "" : "325.docx");
        model.put("reason", reason);
        model.put("otherOfficeName", reason.equals("other-office") ? "Ban Dân vận Huyện ủy Hải Hậu" : "");
        model.put("year", "2021");
        if (reason.equals("unreadable")) {
            model.put("number", "");
            model.put("dispatchId", "");
            model.put("problems", List.of(Map.of("document", "CV <đã ký>.pdf", "text", "tệp là bản scan (ảnh chụp).")));
        }
        return model;
    }

    private static Map<String, Object> staffModel(String staffName, String mailSubject, String source) {
        Map<String, Object> model = new HashMap<>();
        model.put("staffName", staffName);
        model.put("officeName", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái");
        model.put("officeId", "bac-ai-mttq");
        model.put("officeMailbox", "mattrabbacai@gmail.com");
        model.put("receivedAt", "08:30 ngày 06/10/2021");
        model.put("mailSubject", mailSubject);
        model.put("source", source);
        model.put("number", "325/MTTQ-BTT");
        model.put("issuedOn", "05/10/2021");
        model.put("issuer", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái");
        model.put("subject", SUBJECT);
        model.put("signer", "Nguyễn Văn Bền");
        model.put("signerTitle", "PHÓ CHỦ TỊCH");
        model.put("dispatchId", "7");
        model.put("problems", List.of());
        return model;
    }

    /** As {@code AcknowledgementQueuer} builds it. */
    private static Map<String, Object> acknowledgementModel(boolean late) {
        Map<String, Object> model = new HashMap<>();
        model.put("unitName", "Xã Phước Đại");
        model.put("officeName", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái");
        model.put("officeMailbox", "mattrabbacai@gmail.com");
        model.put("dispatchNumber", "319/MTTQ-BTT");
        model.put("dispatchSubject", SUBJECT);
        model.put("dispatchIssuedOn", "16/09/2021");
        model.put("receivedAt", "15:14 ngày 20/09/2021");
        model.put("addressee", "Ban Thường trực Ủy ban MTTQ Việt Nam xã Phước Đại");
        model.put("tasks", List.of(1, 2));
        model.put("recordedTasks", List.of(1, 2));
        model.put("dueTasks", List.of(3, 4, 5));
        model.put("allReported", false);
        model.put("period", "Tháng 9/2021");
        model.put("attachments", List.of("Bao cao <ban cuoi> & phu luc.docx"));
        model.put("late", late);
        model.put("deadline", "18/09/2021");
        model.put("unitSubject", "");
        model.put("replySubject", "");
        return model;
    }

    /** As {@code ReminderJob} builds it: the first of three numbered tasks reported, the others missing. */
    private static Map<String, Object> reminderModel(boolean overdue) {
        Map<String, Object> model = new HashMap<>();
        model.put("unitName", "Xã Hải Anh");
        model.put("officeName", "Ban Dân vận Huyện ủy Hải Hậu");
        model.put("officeMailbox", "bandanvan.haihau@gmail.com");
        model.put("dispatchNumber", "22-CV/BDVHU");
        model.put("dispatchSubject", SUBJECT);
        model.put("dispatchIssuedOn", "27/07/2021");
        model.put("deadline", "30/07/2021");
        model.put("deadlineTime", "15:00");
        model.put("overdue", overdue);
        model.put("staffCopied", overdue);
        model.put("periodLabel", "tuần 31/2021 (26/07 – 01/08/2021)");
        List<Map<String, Object>> tasks = List.of(
                Map.of("ordinal", 1, "text", "Tiếp tục tham mưu cấp ủy <quán triệt> & thực hiện"),
                Map.of("ordinal", 2, "text", "Phối hợp với MTTQ <đợt 2> & các đoàn thể"),
                Map.of("ordinal", 3, "text", "Báo cáo kết quả"));
        model.put("tasks", tasks);
        model.put("missing", tasks.subList(1, 3));
        model.put("missingNumbers", "2, 3");
        model.put("partial", true);
        return model;
    }

    /** As {@code DigestJob} builds it. */
    private static Map<String, Object> digestModel() {
        Map<String, Object> onTime = new HashMap<>();
        onTime.put("unit", "Xã Phước Đại");
        onTime.put("dispatch", "319/MTTQ-BTT");
        onTime.put("at", "15:14 ngày 20/09/2021");
        onTime.put("late", false);
        onTime.put("tasks", "1, 2");
        onTime.put("excerpt", "Đã tuyên truyền đến 100% thôn <đợt 2> & hộ gia đình");
        onTime.put("attachments", List.of("Bao cao <ban cuoi> & phu luc.docx (45 KB)"));
        Map<String, Object> late = new HashMap<>();
        late.put("unit", "Xã Phước Bình");
        late.put("dispatch", "319/MTTQ-BTT");
        late.put("at", "09:30 ngày 21/09/2021");
        late.put("late", true);
        late.put("tasks", "");
        late.put("excerpt", "");
        late.put("attachments", List.of());
        Map<String, Object> dispatch = new HashMap<>();
        dispatch.put("number", "319/MTTQ-BTT");
        dispatch.put("subject", SUBJECT);
        dispatch.put("issuedOn", "16/09/2021");
        dispatch.put("deadline", "20/09/2021");
        dispatch.put("period", "");
        dispatch.put("total", 9);
        dispatch.put("reported", 2);
        dispatch.put("partial", 1);
        dispatch.put("late", 1);
        dispatch.put("overdue", 6);
        dispatch.put("missing", 7);
        Map<String, Object> model = new HashMap<>();
        model.put("officeName", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái");
        model.put("officeMailbox", "mattrabbacai@gmail.com");
        model.put("today", "21/09/2021");
        model.put("now", "08:00 ngày 21/09/2021");
        model.put("since", "08:00 ngày 20/09/2021");
        model.put("newReports", List.of(onTime, late));
        model.put("newReportCount", 2);
        model.put("moreReports", 0);
        model.put("becameLate", List.of(Map.of("dispatch", "319/MTTQ-BTT", "deadline", "20/09/2021", "count", 2, "more", 0, "units",
                List.of(Map.of("name", "Xã Phước Tân", "partial", false), Map.of("name", "Xã Phước Hòa", "partial", true)))));
        model.put("reviewCount", 3);
        model.put("oldestReview", Map.of("at", "10:02 ngày 19/09/2021", "from", "nguyenvana@gmail.com",
                "subject", "Báo cáo tháng 9"));
        model.put("dispatches", List.of(dispatch));
        model.put("bounced", List.of());
        model.put("failedMails", List.of());
        model.put("files", List.of(Map.of("name", "Tổng hợp báo cáo.xlsx", "size", "45 KB"),
                Map.of("name", "Dự thảo báo cáo tổng hợp.docx", "size", "1,2 MB")));
        return model;
    }
}
