package vn.reportbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import tools.jackson.databind.json.JsonMapper;
import vn.reportbot.directory.Directory;
import vn.reportbot.directory.DirectoryLoader;
import vn.reportbot.directory.Office;
import vn.reportbot.mailbox.Mails;

/**
 * The bot's whole job once, against a real SMTP/IMAP server (GreenMail) and a real database:
 * import seed 319, a commune reports, the poll records it and acknowledges it, reminders go to every
 * other commune of the office and nobody else, the digest names who reported and who has not; then
 * the service restarts and repeats none of it. Subclasses choose the database.
 */
abstract class EndToEndLoop {

    private static final String PASSWORD = "pw";
    private static final String ADMIN = "admin:secret";
    private static final String MAILBOX = "mattrabbacai@gmail.com";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dataDir;

    private GreenMail mail;
    /** The digest's files, as the summary module would make them; none unless a test sets them. */
    private ConfigurableApplicationContext app;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Directory directory = DirectoryLoader.load(Path.of("config/directory.yml"));

    /** The {@code --spring.datasource.*} (and related) arguments of the database under test. */
    abstract List<String> databaseArguments(Path dataDir);

    @BeforeEach
    void startMailServer() {
        mail = new GreenMail(new ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()});
        mail.start();
        for (String address : directory.allAddresses()) {
            mail.setUser(address, address, PASSWORD);
        }
    }

    @AfterEach
    void stopAll() {
        if (app != null) {
            app.close();
        }
        mail.stop();
    }

    @Test
    void aReportIsRecordedAcknowledgedAndDigestedAndTheOthersAreReminded() throws Exception {
        startBot();
        Path seed = Path.of("config/dispatches/319-MTTQ-BTT-bac-ai.txt");
        HttpResponse<String> created = post("/api/dispatches", Files.readString(seed), "text/plain");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Map<String, Object> dispatch = json(created.body());
        assertThat(dispatch).containsEntry("number", "319/MTTQ-BTT").containsEntry("office", "bac-ai-mttq")
                .containsEntry("taskCount", 5);
        long dispatchId = ((Number) dispatch.get("id")).longValue();

        HttpResponse<String> again = post("/api/dispatches", Files.readString(seed), "text/plain");
        assertThat(again.statusCode()).as("re-importing the same dispatch is refused").isEqualTo(409);

        HttpResponse<String> foreign = post("/api/dispatches",
                Files.readString(Path.of("src/test/resources/dispatches/ubnd-hai-hau-1245-deadline.txt")), "text/plain");
        assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(422);
        assertThat(foreign.body()).contains("cannot tell which office", "bac-ai-mttq", "hai-hau-bdv");

        deliver("not-mime.eml", "someone@example.org");
        deliver("report-phuoc-dai.eml", "mttq.phuocdai@gmail.com");
        deliver("auto-reply-phuoc-binh.eml", "mttq.phuocbinh@gmail.com");

        Map<String, Object> poll = json(post("/api/jobs/poll/run", "", "text/plain").body());
        assertThat(poll).containsEntry("messagesRead", 3).containsEntry("mailsQueued", 1).containsEntry("mailsSent", 1);

        HttpResponse<String> bare = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bare.statusCode()).as("health needs no login").isEqualTo(200);
        assertThat(json(bare.body())).as("without a login, no components").containsEntry("status", "UP")
                .doesNotContainKey("components");
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> components = (Map<String, Object>) json(health.body()).get("components");
        assertThat(components.keySet()).contains("db", "mail", "mailboxes");
        assertThat(components.get("mailboxes").toString()).contains("bac-ai-mttq", "3 message(s) read");

        Map<String, String> statuses = unitStatuses(dispatchId);
        assertThat(statuses).as("the report gives tasks 1 and 2 of 5").hasSize(9).containsEntry("phuoc-dai", "PARTIAL");
        assertThat(statuses.values().stream().filter("OPEN"::equals).count()).isEqualTo(8);

        List<Map<String, Object>> review = jsonList(get("/api/reports?decision=NEEDS_REVIEW").body());
        assertThat(review).hasSize(1);
        assertThat(review.get(0).get("reasons").toString()).contains("cannot be read");
        List<Map<String, Object>> ignored = jsonList(get("/api/reports?decision=IGNORED").body());
        assertThat(ignored).singleElement().satisfies(r -> assertThat(r).containsEntry("kind", "AUTO_REPLY"));
        List<Map<String, Object>> matched = jsonList(get("/api/reports?decision=MATCHED").body());
        assertThat(matched).singleElement().satisfies(r -> assertThat(r).containsEntry("unit", "phuoc-dai")
                .containsEntry("tasks", List.of(1, 2))
                .containsEntry("dispatch", "319/MTTQ-BTT").containsEntry("from", "mttq.phuocdai@gmail.com"));

        List<MimeMessage> acks = botMailTo("mttq.phuocdai@gmail.com");
        assertThat(acks).hasSize(1);
        MimeMessage ack = acks.get(0);
        assertThat(ack.getSubject()).matches("Re: Báo cáo kết quả thực hiện CV 319/MTTQ-BTT của xã Phước Đại"
                + " \\[RB-[2-9A-HJKMNP-TV-Z]{5}\\]");
        assertThat(ack.getHeader("In-Reply-To", null)).isEqualTo("<CAFphuocdai.319.report@mail.gmail.com>");
        assertThat(ack.getHeader("References", null)).isEqualTo("<CAFphuocdai.319.report@mail.gmail.com>");
        assertThat(ack.getFrom()[0].toString()).contains(MAILBOX);
        assertThat(plainText(ack)).contains("Kính gửi: Ban Thường trực Ủy ban MTTQ Việt Nam xã Phước Đại.",
                "Công văn số 319/MTTQ-BTT", "Báo cáo 319 Phước Đại.docx",
                "Hệ thống đã ghi nhận nội dung 1, 2; còn nội dung 3, 4, 5 chưa báo cáo.");
        assertThat(ack.getContentType()).startsWith("multipart/alternative");

        deliver("report-phuoc-dai-tasks-3-5.eml", "mttq.phuocdai@gmail.com");
        assertThat(json(post("/api/jobs/poll/run", "", "text/plain").body())).containsEntry("messagesRead", 1)
                .containsEntry("mailsQueued", 1);
        assertThat(unitStatuses(dispatchId)).as("tasks 3 to 5 complete it").containsEntry("phuoc-dai", "REPORTED");
        acks = botMailTo("mttq.phuocdai@gmail.com");
        assertThat(acks).hasSize(2);
        assertThat(acks.get(1).getSubject()).startsWith("Re: Báo cáo bổ sung CV 319/MTTQ-BTT của xã Phước Đại [RB-");
        assertThat(acks.get(1).getHeader("References", null).replaceAll("\\s+", " "))
                .isEqualTo("<CAFphuocdai.319.report@mail.gmail.com> <CAFphuocdai.319.report.rest@mail.gmail.com>");
        assertThat(plainText(acks.get(1))).contains("Hệ thống đã ghi nhận nội dung 3, 4, 5; đơn vị đã báo cáo đủ các"
                + " nội dung của công văn.");

        Map<String, Object> reminders = json(post("/api/jobs/reminders/run", "", "text/plain").body());
        assertThat(reminders).containsEntry("mailsQueued", 8).containsEntry("mailsSent", 8);
        Office bacAi = directory.requireOffice("bac-ai-mttq");
        for (var unit : bacAi.units()) {
            List<MimeMessage> got = botMailTo(unit.emails().get(0)).stream().filter(this::isReminder).toList();
            assertThat(got).as("reminders to %s", unit.id()).hasSize(unit.id().equals("phuoc-dai") ? 0 : 1);
        }
        MimeMessage reminder = botMailTo("mttq.phuoctan@gmail.com").stream().filter(this::isReminder).findFirst().orElseThrow();
        assertThat(reminder.getSubject()).matches("Nhắc báo cáo Công văn số 319/MTTQ-BTT - Xã Phước Tân"
                + " \\[RB-[2-9A-HJKMNP-TV-Z]{5}\\]");
        assertThat(allBotMail().stream().map(m -> subject(m).substring(subject(m).length() - 9)).distinct().count())
                .as("every mail to a unit has a token of its own").isEqualTo(10);
        assertThat(plainText(reminder)).contains("chưa nhận được báo cáo", MAILBOX);
        long remindersOutsideTheOffice = allBotMail().stream().filter(this::isReminder)
                .filter(m -> !recipients(m).get(0).startsWith("mttq.")).count();
        assertThat(remindersOutsideTheOffice).isZero();

        Map<String, Object> digest = json(post("/api/jobs/digest/run?office=bac-ai-mttq", "", "text/plain").body());
        assertThat(digest).containsEntry("mailsQueued", 1).containsEntry("mailsSent", 1);
        for (var staff : bacAi.staff()) {
            List<MimeMessage> digests = botMailTo(staff.email());
            assertThat(digests).as("digest to %s", staff.email()).hasSize(1);
            String text = plainText(digests.get(0));
            assertThat(text).as("Phước Đại's report of tasks 1 and 2 and the one that completed it")
                    .contains("Công văn số 319/MTTQ-BTT", "Đã báo cáo 1/9", "Báo cáo mới nhận (2)",
                    "- Xã Phước Đại, công văn 319/MTTQ-BTT", "Báo cáo 319 Phước Đại.docx (");
        }
        int sentBeforeRestart = allBotMail().size();

        restartBot();
        assertThat(json(post("/api/jobs/poll/run", "", "text/plain").body())).containsEntry("messagesRead", 0);
        new JdbcTemplate(app.getBean(javax.sql.DataSource.class)).update("DELETE FROM mailbox_state");
        Map<String, Object> rereading = json(post("/api/jobs/poll/run", "", "text/plain").body());
        assertThat(rereading).as("a crash before the UID was saved: messages are read again but not processed again")
                .containsEntry("messagesRead", 4).containsEntry("mailsQueued", 0);
        assertThat(json(post("/api/jobs/reminders/run", "", "text/plain").body())).containsEntry("mailsQueued", 0);
        assertThat(json(post("/api/jobs/digest/run?office=bac-ai-mttq", "", "text/plain").body()))
                .containsEntry("mailsQueued", 0);
        assertThat(allBotMail()).hasSize(sentBeforeRestart);
        assertThat(jsonList(get("/api/reports").body())).hasSize(4);
        assertThat(unitStatuses(dispatchId)).containsEntry("phuoc-dai", "REPORTED");
    }

    @Test
    void theDigestSaysWhatChangedSinceThePreviousOneAndCarriesTheFilesMadeWhenItWasQueued() throws Exception {
        startBot();
        String seed = Files.readString(Path.of("config/dispatches/319-MTTQ-BTT-bac-ai.txt"));
        long dispatchId = ((Number) json(post("/api/dispatches", seed, "text/plain").body()).get("id")).longValue();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        patch("/api/dispatches/" + dispatchId, "{\"deadline\": \"" + today.plusDays(5) + "\"}");
        deliver("not-mime.eml", "someone@example.org");
        deliver("report-phuoc-dai.eml", "mttq.phuocdai@gmail.com");
        json(post("/api/jobs/poll/run", "", "text/plain").body());

        assertThat(json(post("/api/jobs/digest/run?office=bac-ai-mttq", "", "text/plain").body()))
                .containsEntry("mailsQueued", 1);
        String staff = directory.requireOffice("bac-ai-mttq").staff().get(0).email();
        MimeMessage first = botMailTo(staff).get(0);
        String due = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(today.plusDays(5));
        assertThat(plainText(first))
                .contains("tình hình tính đến", "== Báo cáo mới nhận (1) ==", "- Xã Phước Đại, công văn 319/MTTQ-BTT")
                .as("the attached report's words, since the mail's own are a cover note")
                .contains("“Báo cáo kết quả thực hiện Công văn số 319/MTTQ-BTT ngày 16/9/2021: Ban Thường trực Ủy ban"
                        + " MTTQ Việt Nam xã Phước Đại đã tổ chức tuyên truyền đến 100% thôn.”")
                .containsPattern("Tệp: Báo cáo 319 Phước Đại\\.docx \\(\\d+\u00a0KB\\)")
                .contains("Có 1 thư cần cán bộ xem xét", "Thư chờ lâu nhất: nhận lúc")
                .as("Phước Đại reported tasks 1 and 2 of 5").contains("Đã báo cáo 0/9; một phần: 1; hạn ngày " + due + ".")
                .contains("có trong tệp đính kèm: tong-hop-bac-ai-mttq-" + today + ".xlsx (",
                        "bao-cao-tong-hop-319-MTTQ-BTT.docx (")
                .doesNotContain("bytes", "Đơn vị mới quá hạn");
        Multipart parts = (Multipart) first.getContent();
        assertThat(parts.getCount()).as("the text, the workbook and the draft report").isEqualTo(3);
        assertThat(jakarta.mail.internet.MimeUtility.decodeText(parts.getBodyPart(1).getFileName()))
                .isEqualTo("tong-hop-bac-ai-mttq-" + today + ".xlsx");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(parts.getBodyPart(1).getInputStream())) {
            StringBuilder cells = new StringBuilder();
            book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> cells.append(cell).append(' '))));
            assertThat(cells.toString()).as("the workbook of the open dispatch: Phước Đại reported some of it")
                    .contains("319/MTTQ-BTT", "Xã Phước Đại", "Báo cáo một phần", "Xã Phước Tân", "Chưa báo cáo");
        }
        assertThat(jakarta.mail.internet.MimeUtility.decodeText(parts.getBodyPart(2).getFileName()))
                .isEqualTo("bao-cao-tong-hop-319-MTTQ-BTT.docx");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(parts.getBodyPart(2).getInputStream());
             var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertThat(text.getText()).as("the draft báo cáo tổng hợp of the dispatch")
                    .contains("BÁO CÁO", "319/MTTQ-BTT", "Xã Phước Đại", "Xã Phước Tân");
        }

        // the next digest comes three days later: meanwhile the deadline was moved back, and has passed
        JdbcTemplate db = new JdbcTemplate(app.getBean(javax.sql.DataSource.class));
        db.update("UPDATE outbox SET dedupe_key = 'digest:bac-ai-mttq:earlier', created_at = ? WHERE kind = 'digest'",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(3))));
        patch("/api/dispatches/" + dispatchId, "{\"deadline\": \"" + today.minusDays(2) + "\"}");
        assertThat(json(post("/api/jobs/digest/run?office=bac-ai-mttq", "", "text/plain").body()))
                .containsEntry("mailsQueued", 1);
        MimeMessage second = botMailTo(staff).get(1);
        String passed = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(today.minusDays(2));
        assertThat(plainText(second)).contains("từ bản tổng hợp trước (",
                "- Công văn số 319/MTTQ-BTT (hạn ngày " + passed + "), 9 đơn vị: ", "Xã Phước Tân",
                "Xã Phước Đại (mới báo cáo một phần)",
                "Đã báo cáo 0/9; một phần: 1; quá hạn chưa báo cáo: 8; hạn ngày " + passed + ".");
        assertThat(json(post("/api/jobs/digest/run?office=bac-ai-mttq", "", "text/plain").body()))
                .as("one a day").containsEntry("mailsQueued", 0);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM outbox_attachment a JOIN outbox o ON o.id = a.outbox_id"
                + " WHERE o.kind = 'digest'", Integer.class)).as("two digests with two files each, none for the one not queued")
                .isEqualTo(4);
    }

    private void patch(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void staffSettleAReportFromAPersonalAddressAndTheBotRemembersTheAddress() throws Exception {
        mail.setUser("nguyenvanan.1978@gmail.com", "nguyenvanan.1978@gmail.com", PASSWORD);
        startBot();
        Path seed = Path.of("config/dispatches/319-MTTQ-BTT-bac-ai.txt");
        long dispatchId = ((Number) json(post("/api/dispatches", Files.readString(seed), "text/plain").body()).get("id")).longValue();
        deliver("personal-gmail-phuoc-tan.eml", "nguyenvanan.1978@gmail.com");
        deliver("not-mime.eml", "someone@example.org");
        assertThat(json(post("/api/jobs/poll/run", "", "text/plain").body())).containsEntry("messagesRead", 2)
                .containsEntry("mailsQueued", 0);

        List<Map<String, Object>> review = jsonList(get("/api/reports?decision=NEEDS_REVIEW").body());
        assertThat(review).hasSize(2);
        Map<String, Object> personal = review.stream().filter(r -> "nguyenvanan.1978@gmail.com".equals(r.get("from")))
                .findFirst().orElseThrow();
        assertThat(personal).containsEntry("unit", "phuoc-tan").containsEntry("dispatch", "319/MTTQ-BTT");
        assertThat(personal.get("reasons").toString()).contains("không phải địa chỉ đã đăng ký", "cần cán bộ xác nhận");
        long personalId = ((Number) personal.get("id")).longValue();

        HttpResponse<String> settled = post("/api/reports/" + personalId + "/settle",
                "{\"unit\":\"phuoc-tan\",\"dispatchId\":" + dispatchId + ",\"rememberAddress\":true}", "application/json");
        assertThat(settled.statusCode()).as(settled.body()).isEqualTo(200);
        assertThat(json(settled.body())).containsEntry("decision", "MATCHED").containsEntry("unit", "phuoc-tan");
        assertThat(unitStatuses(dispatchId)).containsEntry("phuoc-tan", "REPORTED");
        HttpResponse<String> twice = post("/api/reports/" + personalId + "/settle",
                "{\"unit\":\"phuoc-tan\",\"dispatchId\":" + dispatchId + "}", "application/json");
        assertThat(twice.statusCode()).isEqualTo(409);

        long unreadableId = review.stream().filter(r -> r.get("from") == null).map(r -> ((Number) r.get("id")).longValue())
                .findFirst().orElseThrow();
        HttpResponse<String> dismissed = post("/api/reports/" + unreadableId + "/settle",
                "{\"dismiss\":true,\"reason\":\"danh sách hộ nghèo gửi nhầm\"}", "application/json");
        assertThat(json(dismissed.body())).containsEntry("decision", "IGNORED");
        assertThat(jsonList(get("/api/reports?decision=NEEDS_REVIEW").body())).isEmpty();

        json(post("/api/jobs/poll/run", "", "text/plain").body());
        List<MimeMessage> acks = botMailTo("nguyenvanan.1978@gmail.com");
        assertThat(acks).hasSize(1);
        assertThat(acks.get(0).getSubject()).startsWith("Re: Gửi báo cáo [RB-");

        deliver("personal-gmail-phuoc-tan-correction.eml", "nguyenvanan.1978@gmail.com");
        assertThat(json(post("/api/jobs/poll/run", "", "text/plain").body())).containsEntry("mailsQueued", 1);
        Map<String, Object> correction = jsonList(get("/api/reports?decision=MATCHED").body()).get(0);
        assertThat(correction).containsEntry("unit", "phuoc-tan");
        assertThat(correction.get("reasons").toString()).contains("đã được cán bộ xác nhận");
    }

    @Test
    void aUnitAddressThatBouncesIsFlaggedToStaffOnceADayAndInTheDigest() throws Exception {
        startBot();
        post("/api/dispatches", Files.readString(Path.of("config/dispatches/319-MTTQ-BTT-bac-ai.txt")), "text/plain");
        byte[] bounce = Files.readAllBytes(Path.of("src/test/resources/matching/bacai-13-bounce.eml"));
        RawSmtp.deliver(mail.getSmtp().getPort(), "mailer-daemon@googlemail.com", MAILBOX, bounce);
        String again = new String(bounce, StandardCharsets.US_ASCII).replace("Message-ID: <bacai-13-bounce@",
                "Message-ID: <bacai-13-bounce-again@");
        RawSmtp.deliver(mail.getSmtp().getPort(), "mailer-daemon@googlemail.com", MAILBOX,
                again.getBytes(StandardCharsets.US_ASCII));

        assertThat(json(post("/api/jobs/poll/run", "", "text/plain").body())).containsEntry("messagesRead", 2)
                .containsEntry("mailsQueued", 1);
        List<Map<String, Object>> ignored = jsonList(get("/api/reports?decision=IGNORED").body());
        assertThat(ignored).hasSize(2).allSatisfy(r -> assertThat(r).containsEntry("kind", "BOUNCE")
                .containsEntry("unit", "phuoc-tan"));
        for (var staff : directory.requireOffice("bac-ai-mttq").staff()) {
            List<MimeMessage> notices = botMailTo(staff.email());
            assertThat(notices).as("notices to %s", staff.email()).hasSize(1);
            assertThat(notices.get(0).getSubject())
                    .isEqualTo("Thư gửi Xã Phước Tân bị trả lại: cần kiểm tra địa chỉ mttq.phuoctan@gmail.com");
            assertThat(plainText(notices.get(0))).contains("mttq.phuoctan@gmail.com", "Address not found",
                    "cập nhật danh bạ");
            assertThat(notices.get(0).getContentType()).startsWith("multipart/alternative");
        }
        assertThat(botMailTo("mttq.phuoctan@gmail.com")).as("nothing is sent to the address that bounced").isEmpty();

        // the digest looks back 30 days from when the server received a bounce (its INTERNALDATE)
        appendBounce(bounce, "mttq.phuochoa@gmail.com", Instant.now().minus(Duration.ofDays(29)));
        appendBounce(bounce, "mttq.phuocthang@gmail.com", Instant.now().minus(Duration.ofDays(31)));
        assertThat(json(post("/api/jobs/poll/run", "", "text/plain").body())).containsEntry("messagesRead", 2);

        post("/api/jobs/digest/run?office=bac-ai-mttq", "", "text/plain");
        MimeMessage digest = botMailTo(directory.requireOffice("bac-ai-mttq").staff().get(0).email()).stream()
                .filter(m -> subject(m).startsWith("Tổng hợp")).findFirst().orElseThrow();
        assertThat(plainText(digest)).contains("bị trả lại trong 30 ngày qua", "- Xã Phước Tân (lần gần nhất lúc",
                "- Xã Phước Hòa (lần gần nhất lúc").doesNotContain("- Xã Phước Thắng (lần gần nhất lúc");
    }

    /** The bounce, for another registered address, as the office's server received it at {@code receivedAt}. */
    private void appendBounce(byte[] bounce, String failedAddress, Instant receivedAt) throws MessagingException {
        String raw = new String(bounce, StandardCharsets.US_ASCII).replace("mttq.phuoctan@gmail.com", failedAddress)
                .replace("Message-ID: <bacai-13-bounce@", "Message-ID: <bacai-13-bounce-" + failedAddress + "@");
        Mails.append(mail.getImap().getPort(), MAILBOX, PASSWORD, "INBOX", raw.getBytes(StandardCharsets.US_ASCII),
                Date.from(receivedAt));
    }

    private void startBot() throws IOException {
        // reminders go out in working hours only; this loop runs at any hour, so every moment is one here
        Path noHolidays = Files.writeString(dataDir.resolve("no-holidays.yml"), "holidays: []\n");
        List<String> args = new ArrayList<>(List.of(
                "--reportbot.holidays=" + noHolidays,
                "--reportbot.reminders.quiet-hours=",
                "--reportbot.reminders.working-days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY",
                "--server.port=0",
                "--reportbot.directory=config/directory.yml",
                "--reportbot.templates=templates",
                "--reportbot.data-dir=" + dataDir,
                "--reportbot.dispatches=" + dataDir.resolve("no-dispatches"),
                "--reportbot.embedded-mail.enabled=false",
                "--reportbot.mailbox.idle=false", // the test runs each poll itself and counts what it read
                "--reportbot.admin.password=secret",
                "--reportbot.schedule.poll=",
                "--reportbot.schedule.reminders=",
                "--reportbot.schedule.digest=",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + mail.getSmtp().getPort()));
        for (Office office : directory.offices()) {
            args.add("--reportbot.mailboxes." + office.id() + ".url=imap://" + URLEncoder.encode(office.mailbox(),
                    StandardCharsets.UTF_8) + ":" + PASSWORD + "@127.0.0.1:" + mail.getImap().getPort() + "/INBOX");
        }
        args.addAll(databaseArguments(dataDir));
        SpringApplicationBuilder builder = new SpringApplicationBuilder(ReportbotApplication.class);
        app = builder.run(args.toArray(String[]::new));
    }

    private void restartBot() throws IOException {
        app.close();
        app = null;
        startBot();
    }

    private void deliver(String fixture, String from) throws IOException {
        byte[] raw = Files.readAllBytes(Path.of("src/test/resources/e2e", fixture));
        RawSmtp.deliver(mail.getSmtp().getPort(), from, MAILBOX, raw);
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
    }

    private HttpResponse<String> post(String path, String body, String contentType) throws IOException, InterruptedException {
        return http.send(request(path).header("Content-Type", contentType + "; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(path).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(ADMIN.getBytes(StandardCharsets.UTF_8)));
    }

    private Map<String, String> unitStatuses(long dispatchId) throws IOException, InterruptedException {
        Map<String, Object> status = json(get("/api/dispatches/" + dispatchId + "/status").body());
        Map<String, String> byUnit = new java.util.TreeMap<>();
        for (Object unit : (List<?>) status.get("units")) {
            Map<?, ?> u = (Map<?, ?>) unit;
            byUnit.put((String) u.get("unit"), (String) u.get("status"));
        }
        return byUnit;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String body) {
        return JSON.readValue(body, Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> jsonList(String body) {
        return JSON.readValue(body, List.class);
    }

    /** Every distinct mail the bot sent (GreenMail keeps one copy per recipient). */
    private List<MimeMessage> allBotMail() {
        Map<String, MimeMessage> byId = new java.util.LinkedHashMap<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (isFromBot(m)) {
                byId.putIfAbsent(header(m, "Message-ID"), m);
            }
        }
        return new ArrayList<>(byId.values());
    }

    /** The bot's mails in one person's inbox. */
    private List<MimeMessage> botMailTo(String address) {
        var user = mail.getUserManager().getUserByEmail(address);
        List<MimeMessage> inbox = new ArrayList<>();
        try {
            for (var stored : mail.getManagers().getImapHostManager().getInbox(user).getMessages()) {
                if (isFromBot(stored.getMimeMessage())) {
                    inbox.add(stored.getMimeMessage());
                }
            }
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException(e);
        }
        return inbox;
    }

    private static boolean isFromBot(MimeMessage m) {
        return "auto-generated".equals(header(m, "Auto-Submitted"));
    }

    private static String header(MimeMessage m, String name) {
        try {
            return m.getHeader(name, null);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean isReminder(MimeMessage m) {
        try {
            return m.getSubject().startsWith("Nhắc báo cáo");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage m) {
        try {
            List<String> out = new ArrayList<>();
            for (Address a : m.getAllRecipients()) {
                out.add(((jakarta.mail.internet.InternetAddress) a).getAddress());
            }
            return out;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plainText(MimeMessage m) throws MessagingException, IOException {
        Multipart alternative = (Multipart) m.getContent();
        if (m.getContentType().startsWith("multipart/mixed")) {
            alternative = (Multipart) alternative.getBodyPart(0).getContent();
        }
        assertThat(alternative.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
        return (String) alternative.getBodyPart(0).getContent();
    }
}
