package vn.reportbot.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import vn.reportbot.text.FileSizes;
import vn.reportbot.directory.Directory;
import vn.reportbot.directory.DirectoryLoader;
import vn.reportbot.dispatchtext.DispatchTask;
import vn.reportbot.dispatch.KnownDispatch;
import vn.reportbot.report.ReportAccepted;
import vn.reportbot.report.ReportText;
import vn.reportbot.system.SettingsException;
import vn.reportbot.templates.RenderedMail;
import vn.reportbot.templates.TemplateFolders;
import vn.reportbot.templates.TemplateRenderer;

/**
 * Every template is rendered at start-up against a sample of each mail it serves, built by the code that builds the
 * real mail; at run time a mail that cannot be rendered is kept as failed, and what caused it is still recorded.
 */
class MailSamplesTests {

    private static final Path TEMPLATES = Path.of("templates");
    private static final Directory DIRECTORY = DirectoryLoader.load(Path.of("config/directory.yml"));

    @TempDir
    Path temp;

    @Test
    void everyShippedTemplateRendersEverySampleOfTheMailsItServes() {
        TemplateRenderer renderer = new TemplateRenderer(TEMPLATES);

        new MailSamples(renderer);

        assertThat(MailSamples.all().keySet()).containsExactlyInAnyOrderElementsOf(TemplateRenderer.MAILS);
    }

    @Test
    void aTemplateUsingANameItsMailLacksStopsStartUpNamingTheFileLineAndColumn() throws IOException {
        Path folder = copyOfTemplates();
        Path broken = folder.resolve("acknowledgement.txt.ftl");
        Files.writeString(broken, "Kính gửi ${unitName},\n\n    ${untiName} đã nhận được báo cáo.\n");
        TemplateRenderer renderer = new TemplateRenderer(folder);

        assertThatThrownBy(() -> new MailSamples(renderer))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("reportbot.templates: " + broken + " fails at line 3, column 7")
                .hasMessageContaining("untiName");
    }

    @Test
    void aNameOnlyTheDigestHasFailsInAnotherMailsTemplate() throws IOException {
        Path folder = copyOfTemplates();
        Path broken = folder.resolve("reminder.html.ftl");
        Files.writeString(broken, "<p>${reviewCount}</p>\n");
        TemplateRenderer renderer = new TemplateRenderer(folder);

        assertThatThrownBy(() -> new MailSamples(renderer))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining(broken + " fails at line 1, column 6");
    }

    @Test
    void anOfficesOwnTemplateUsingANameItsMailLacksStopsStartUpNamingThatFile() throws IOException {
        Path folder = copyOfTemplates();
        Path broken = Files.createDirectory(folder.resolve("hai-hau-bdv")).resolve("digest.txt.ftl");
        Files.writeString(broken, "Kính gửi cán bộ ${officeName},\n${soBaoCao} báo cáo mới.\n");
        TemplateRenderer renderer = new TemplateRenderer(folder);

        assertThatThrownBy(() -> new MailSamples(renderer, DIRECTORY))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("reportbot.templates: " + broken + " fails at line 2, column 3")
                .hasMessageContaining("soBaoCao");
    }

    @Test
    void aFolderOfTemplatesNamedAfterNoOfficeStopsStartUp() throws IOException {
        Path folder = copyOfTemplates();
        Files.createDirectory(folder.resolve("hai-hau"));
        Files.copy(folder.resolve("digest.subject.ftl"), folder.resolve("hai-hau/digest.subject.ftl"));
        TemplateRenderer renderer = new TemplateRenderer(folder);

        assertThatThrownBy(() -> new MailSamples(renderer, DIRECTORY))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("the folder hai-hau/")
                .hasMessageContaining("no office with the id hai-hau");
    }

    @Test
    void aMailOfAnOfficeWithItsOwnTemplateIsRenderedFromItAndOtherOfficesMailsAreNot() throws IOException {
        Path folder = copyOfTemplates();
        Files.createDirectory(folder.resolve("bac-ai-mttq"));
        Files.writeString(folder.resolve("bac-ai-mttq/acknowledgement.subject.ftl"),
                "MTTQ huyện Bác Ái đã nhận báo cáo của ${unitName}");
        TemplateRenderer renderer = new TemplateRenderer(folder);
        new MailSamples(renderer, DIRECTORY);
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:own-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        Outbox outbox = Outboxes.on(dataSource, new SettableClock(Instant.parse("2021-09-20T08:14:00Z")));
        MailQueue queue = new MailQueue(outbox, renderer);
        Map<String, Object> model = MailSamples.all().get("acknowledgement").get(0);

        queue.queue(new OutgoingMail("ack:1", "acknowledgement", "bac-ai-mttq", null, "phuoc-dai", List.of("a@b.vn"), null),
                "acknowledgement", model);
        queue.queue(new OutgoingMail("ack:2", "acknowledgement", "hai-hau-bdv", null, "hai-anh", List.of("c@d.vn"), null),
                "acknowledgement", model);

        assertThat(jdbc.sql("SELECT subject FROM outbox ORDER BY id").query(String.class).list())
                .satisfiesExactly(
                        own -> assertThat(own).startsWith("MTTQ huyện Bác Ái đã nhận báo cáo của Xã Phước Đại ["),
                        shipped -> assertThat(shipped).as("the shipped template answers in the unit's conversation")
                                .startsWith("Re: " + model.get("unitSubject") + " ["));
    }

    @Test
    void anExcerptIsTheAttachedReportWhenTheUnitsWordsAreOnlyACoverNote() {
        ReportText coverNote = new ReportText("Kính gửi Ban Thường trực,\n\nXã Phước Đại gửi báo cáo (file đính kèm)."
                + "\n\nTrân trọng,\nPinăng Văn Tư", "[Báo cáo 319.docx]\nỦY BAN MTTQ VIỆT NAM XÃ PHƯỚC ĐẠI\n"
                + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/BC-MTTQ\n"
                + "Phước Đại, ngày 20 tháng 9 năm 2021\nBÁO CÁO\nKết quả tuyên truyền phòng, chống dịch\n"
                + "Ban Thường trực đã tổ chức tuyên truyền đến 100% thôn, phát 1.200 tờ rơi và vận động 350 hộ ký cam kết.");
        ReportText ownWords = new ReportText("Kính gửi Ban Thường trực,\n\nTrong tuần, xã đã tổ chức 3 buổi tuyên truyền"
                + " lưu động tại các thôn Ma Ty, Suối Rớ và Núi Rai; vận động 100% hộ gia đình ký cam kết thực hiện 5K; phát"
                + " 1.200 tờ rơi. Khó khăn: thiếu loa lưu động ở thôn Suối Rớ.\n\nTrân trọng.", "[Phụ lục.xlsx]\nSố liệu");

        assertThat(Excerpts.of(coverNote, 200)).isEqualTo("Kết quả tuyên truyền phòng, chống dịch. Ban Thường trực đã tổ"
                + " chức tuyên truyền đến 100% thôn, phát 1.200 tờ rơi và vận động 350 hộ ký cam kết.");
        assertThat(Excerpts.of(ownWords, 200)).startsWith("Trong tuần, xã đã tổ chức 3 buổi tuyên truyền lưu động")
                .endsWith("…").hasSizeLessThanOrEqualTo(200).doesNotContain("Kính gửi", "Trân trọng");
        assertThat(Excerpts.of(new ReportText("Gửi Ban Thường trực kết quả tuần 39: xã đã tổ chức 3 buổi tuyên truyền lưu"
                + " động, vận động 350 hộ ký cam kết, phát 1.200 tờ rơi và kiểm tra 12 chốt kiểm soát dịch trên địa bàn.\n--\n"
                + "Pinăng Văn Tư", ""), 200)).as("a first line that is no greeting, and a signature after --")
                .startsWith("Gửi Ban Thường trực kết quả tuần 39").endsWith("trên địa bàn.");
        assertThat(Excerpts.of(new ReportText("", ""), 200)).isEmpty();
    }

    @Test
    void sizesAreWrittenForPeopleNotInBytes() {
        // the number and its unit are joined by a non-breaking space (U+00A0), which reads as a space
        assertThat(FileSizes.forPeople("Báo cáo.docx (46080 bytes)")).isEqualTo("Báo cáo.docx (45\u00a0KB)");
        assertThat(FileSizes.forPeople("Phụ lục.xlsx (1258291 bytes)")).isEqualTo("Phụ lục.xlsx (1,2\u00a0MB)");
        assertThat(FileSizes.of(300)).isEqualTo("1\u00a0KB");
        assertThat(FileSizes.of(2 * 1024 * 1024)).isEqualTo("2\u00a0MB");
    }

    @Test
    void theDigestListsTheMailsThatWereNotSentWithTheirReasons() {
        Map<String, Object> sample = MailSamples.all().get("digest").get(0);

        RenderedMail digest = new TemplateRenderer(TEMPLATES).render("digest", sample);

        assertThat(digest.text())
                .contains("Thư hệ thống chưa gửi được từ bản tổng hợp trước đến nay (2)")
                .contains("  - Thư xác nhận đã nhận báo cáo gửi Xã Phước Đại, lúc 12:00 ngày 26/09/2021: Không tạo được thư"
                        + " từ mẫu acknowledgement.txt.ftl dòng 3, cột 5: mẫu dùng tên “untiName” mà dữ liệu của thư không có")
                .contains("  - Bản tổng hợp tình hình báo cáo gửi ben.nv@bacai.example, lúc 12:00 ngày 26/09/2021 (không rõ"
                        + " đã đến nơi hay chưa; hệ thống không gửi lại): Máy chủ thư đã nhận nội dung thư");
        assertThat(digest.html()).contains("<li>Thư xác nhận đã nhận báo cáo gửi Xã Phước Đại, lúc 12:00 ngày 26/09/2021:"
                + " Không tạo được thư từ mẫu acknowledgement.txt.ftl dòng 3, cột 5: mẫu dùng tên “untiName”");
    }

    @Test
    void aMailThatCannotBeRenderedIsKeptFailedWithItsReasonAndTheTransactionThatCausedItCommits() throws IOException {
        Path folder = copyOfTemplates();
        // a template that fails on the real model, with no version that worked to fall back on (the start-up check,
        // which would have stopped it, is not run here)
        Files.writeString(folder.resolve("acknowledgement.txt.ftl"), "Kính gửi ${unitName},\n\n    ${untiName}\n");
        TemplateRenderer renderer = new TemplateRenderer(folder);
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:samples-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        SettableClock clock = new SettableClock(Instant.parse("2021-09-20T08:14:00Z"));
        Outbox outbox = Outboxes.on(dataSource, clock);
        Directory directory = DirectoryLoader.load(Path.of("config/directory.yml"));
        AcknowledgementQueuer queuer = new AcknowledgementQueuer(new MailQueue(outbox, renderer), directory, clock);
        KnownDispatch dispatch = new KnownDispatch(1, "bac-ai-mttq", "319/MTTQ-BTT", LocalDate.of(2021, 9, 16),
                "Tăng cường tuyên truyền", LocalDate.of(2021, 9, 24), List.of(new DispatchTask(1, "Tuyên truyền")));

        new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(status -> {
            jdbc.sql("INSERT INTO dispatch (id, office_id, number, issued_year, subject, parsed_json, imported_at)"
                    + " VALUES (1, 'bac-ai-mttq', '319/MTTQ-BTT', 2021, 'Tăng cường tuyên truyền', '{}', CURRENT_TIMESTAMP)")
                    .update();
            queuer.on(new ReportAccepted(41, "bac-ai-mttq", "phuoc-dai", dispatch, List.of(1), "",
                    "mttq.phuocdai@gmail.com", null, OffsetDateTime.parse("2021-09-20T15:14:00+07:00"), List.of()));
        });

        assertThat(jdbc.sql("SELECT COUNT(*) FROM dispatch").query(Integer.class).single()).as("committed").isEqualTo(1);
        assertThat(jdbc.sql("SELECT status FROM outbox WHERE dedupe_key = 'ack:41'").query(String.class).single())
                .isEqualTo("FAILED");
        assertThat(jdbc.sql("SELECT last_error FROM outbox WHERE dedupe_key = 'ack:41'").query(String.class).single())
                .isEqualTo("Không tạo được thư từ mẫu acknowledgement.txt.ftl dòng 3, cột 7: mẫu dùng tên “untiName” mà dữ"
                        + " liệu của thư không có");
        assertThat(outbox.due()).as("nothing to send").isEmpty();
    }

    private Path copyOfTemplates() throws IOException {
        return TemplateFolders.copyOfShipped(temp);
    }
}
