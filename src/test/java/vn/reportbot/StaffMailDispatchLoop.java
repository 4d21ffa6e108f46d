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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import tools.jackson.databind.json.JsonMapper;
import vn.reportbot.directory.Directory;
import vn.reportbot.directory.DirectoryLoader;
import vn.reportbot.directory.Office;
import vn.reportbot.directory.Unit;

/**
 * Dispatches sent by email, against a real SMTP/IMAP server (GreenMail) and a real database, with
 * {@code reportbot.dispatch.announce=true}: staff member Bền mails dispatch 325 as a .docx before the tests; each
 * test then mails what it needs and runs the poll as the schedule would. One service serves every test, so each
 * test looks only at its own dispatch and mails. Subclasses choose the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StaffMailDispatchLoop {

    private static final String PASSWORD = "pw";
    private static final String ADMIN = "admin:secret";
    private static final String MAILBOX = "mattrabbacai@gmail.com";
    private static final String BEN = "ben.nv@bacai.example";
    private static final String HOA = "hoa.pt@bacai.example";
    private static final Path FIXTURES = Path.of("src/test/resources/staffmail");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Directory directory = DirectoryLoader.load(Path.of("config/directory.yml"));
    private final Office bacAi = directory.requireOffice("bac-ai-mttq");
    private final HttpClient http = HttpClient.newHttpClient();
    private Path dataDir;
    private GreenMail mail;
    private ConfigurableApplicationContext app;
    /** What the poll that read Bền's dispatch 325 did. */
    private Map<String, Object> firstPoll;

    /** The {@code --spring.datasource.*} (and related) arguments of the database under test. */
    abstract List<String> databaseArguments(Path dataDir);

    /** Runs before anything starts; a subclass may skip the class here. */
    void beforeStart() {
    }

    /** Runs after everything stopped. */
    void afterStop() {
    }

    @BeforeAll
    void startAndReceiveDispatch325FromStaff() throws Exception {
        beforeStart();
        dataDir = Files.createTempDirectory("staffmail-it");
        mail = new GreenMail(new ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()});
        mail.start();
        for (String address : directory.allAddresses()) {
            mail.setUser(address, address, PASSWORD);
        }
        startBot();
        deliver("staff-sends-dispatch-docx.eml", BEN);
        firstPoll = poll();
    }

    @AfterAll
    void stopAll() throws IOException {
        if (app != null) {
            app.close();
        }
        if (mail != null) {
            mail.stop();
        }
        if (dataDir != null) {
            try (var files = Files.walk(dataDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        afterStop();
    }

    @Test
    void aWordDispatchFromAStaffMemberIsImportedWithATaskForEveryUnitAndRecordedAsNoReport() throws Exception {
        assertThat(firstPoll).containsEntry("messagesRead", 1);
        Map<String, Object> dispatch = dispatch("325/MTTQ-BTT");
        assertThat(dispatch).containsEntry("office", "bac-ai-mttq").containsEntry("deadline", "2021-10-20");
        assertThat(((Map<?, ?>) dispatch.get("units")).get("total")).isEqualTo(9);

        Map<String, Object> status = json(get("/api/dispatches/" + dispatch.get("id") + "/status").body());
        assertThat((List<?>) status.get("units")).hasSize(9);
        assertThat(((Map<?, ?>) status.get("dispatch")).get("file")).isEqualTo("Công văn 325 MTTQ-BTT.docx");

        Map<String, Object> recorded = reportOf("<staff.325@bacai.example>");
        assertThat(recorded).containsEntry("decision", "IGNORED").containsEntry("kind", "OTHER")
                .containsEntry("office", "bac-ai-mttq").containsEntry("dispatch", "325/MTTQ-BTT").containsEntry("unit", null);
        assertThat(recorded.get("reasons").toString())
                .contains("dispatch 325/MTTQ-BTT imported from staff mail of ben.nv@bacai.example (Nguyễn Văn Bền)",
                        "Công văn 325 MTTQ-BTT.docx", "9 reporting task(s) opened");
    }

    @Test
    void theStaffMemberIsAnsweredInThreadWithWhatWasReadAndWhoMustReport() throws Exception {
        List<MimeMessage> answers = answersTo(BEN, "<staff.325@bacai.example>");
        assertThat(answers).hasSize(1);
        MimeMessage answer = answers.get(0);
        assertThat(answer.getSubject()).isEqualTo("Đã nhận công văn số 325/MTTQ-BTT");
        assertThat(answer.getHeader("References", null)).isEqualTo("<staff.325@bacai.example>");
        assertThat(answer.getFrom()[0].toString()).contains(MAILBOX);
        long id = ((Number) dispatch("325/MTTQ-BTT").get("id")).longValue();
        assertThat(plainText(answer)).contains(
                "Kính gửi đồng chí Nguyễn Văn Bền,",
                "(tệp “Công văn 325 MTTQ-BTT.docx”)",
                "Số, ký hiệu: 325/MTTQ-BTT",
                "Ngày ban hành: 05/10/2021",
                "Cơ quan ban hành: Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái",
                "Trích yếu: V/v Vận động ủng hộ Quỹ phòng, chống dịch Covid-19 năm 2021",
                "Người ký: Nguyễn Văn Bền (phó chủ tịch)",
                "Các nội dung yêu cầu (3):",
                "  1. Tiếp tục vận động cán bộ, đoàn viên, hội viên và Nhân dân ủng hộ Quỹ phòng, chống dịch Covid-19 của xã.",
                "  3. Báo cáo kết quả vận động",
                "Thời hạn báo cáo: ngày 20/10/2021.",
                "Đơn vị phải báo cáo (9): Xã Phước Bình, Xã Phước Hòa, Xã Phước Tân",
                "Xã Phước Trung.",
                "Hệ thống đã gửi thư thông báo công văn này đến từng đơn vị.",
                "PATCH /api/dispatches/" + id);
        assertThat(html(answer)).contains("<li value=\"2\">Công khai danh sách", "<strong>325/MTTQ-BTT</strong>");
    }

    @Test
    void eachUnitOfTheOfficeGetsOneAnnouncementWithTheDocumentAttachedAndNobodyElseDoes() throws Exception {
        byte[] original = Files.readAllBytes(FIXTURES.resolve("cv-325-mttq-bac-ai.docx"));
        for (Unit unit : bacAi.units()) {
            List<MimeMessage> notices = announcementsTo(unit.emails().get(0), "325/MTTQ-BTT");
            assertThat(notices).as("announcements to %s", unit.id()).hasSize(1);
            MimeMessage notice = notices.get(0);
            assertThat(notice.getSubject()).matches("Đề nghị " + unit.name() + " báo cáo theo Công văn số 325/MTTQ-BTT"
                    + " \\[RB-[2-9A-HJKMNP-TV-Z]{5}\\]");
            assertThat(notice.getContentType()).startsWith("multipart/mixed");
            Multipart mixed = (Multipart) notice.getContent();
            assertThat(mixed.getCount()).isEqualTo(2);
            assertThat(plainText(notice)).contains("Kính gửi " + unit.name() + ",",
                    "  Công văn số 325/MTTQ-BTT ngày 05/10/2021\n",
                    "tệp đính kèm “Công văn 325 MTTQ-BTT.docx”", "  2. Công khai danh sách",
                    "Thời hạn báo cáo: ngày 20/10/2021.", "trả lời thư này", MAILBOX);
            BodyPart file = mixed.getBodyPart(1);
            assertThat(file.getFileName()).isEqualTo("Công văn 325 MTTQ-BTT.docx");
            assertThat(file.getInputStream().readAllBytes()).isEqualTo(original);
        }
        for (String address : List.of(BEN, HOA, "dv.hainam@gmail.com")) {
            assertThat(announcementsTo(address, "325/MTTQ-BTT")).as("announcements to %s", address).isEmpty();
        }
    }

    @Test
    void aUnitReplyingToItsAnnouncementIsMatchedToThatDispatch() throws Exception {
        MimeMessage notice = announcementsTo("mttq.phuoctan@gmail.com", "325/MTTQ-BTT").get(0);
        String noticeId = notice.getHeader("Message-ID", null);
        byte[] reply = Files.readString(FIXTURES.resolve("unit-replies-to-announcement.eml"), StandardCharsets.ISO_8859_1)
                .replace("@ANNOUNCEMENT@", noticeId).getBytes(StandardCharsets.ISO_8859_1);
        RawSmtp.deliver(mail.getSmtp().getPort(), "mttq.phuoctan@gmail.com", MAILBOX, reply);
        poll();

        Map<String, Object> recorded = reportOf("<CAFphuoctan.announcement.reply@mail.gmail.com>");
        assertThat(recorded).containsEntry("decision", "MATCHED").containsEntry("unit", "phuoc-tan")
                .containsEntry("dispatch", "325/MTTQ-BTT");
        assertThat(recorded.get("reasons").toString()).contains("trả lời thư thông báo công văn của hệ thống về công văn 325/MTTQ-BTT");
        assertThat(answersTo("mttq.phuoctan@gmail.com", "<CAFphuoctan.announcement.reply@mail.gmail.com>"))
                .singleElement().satisfies(ack -> assertThat(ack.getSubject())
                        .startsWith("Re: Báo cáo của xã Phước Tân [RB-"));
    }

    @Test
    void theSameMailReadAgainImportsAndAnswersNothingMore() throws Exception {
        deliver("staff-sends-dispatch-docx.eml", BEN);
        assertThat(poll()).containsEntry("messagesRead", 1);

        assertThat(dispatches().stream().filter(d -> "325/MTTQ-BTT".equals(d.get("number")))).hasSize(1);
        List<Map<String, Object>> deliveries = reports().stream()
                .filter(r -> "<staff.325@bacai.example>".equals(r.get("messageId"))).toList();
        assertThat(deliveries).as("both deliveries are listed, newest first").hasSize(2);
        long first = ((Number) deliveries.get(1).get("id")).longValue();
        assertThat(deliveries.get(0)).containsEntry("decision", "IGNORED").containsEntry("kind", "OTHER");
        assertThat(deliveries.get(0).get("reasons").toString()).contains("bản sao của thư số " + first + " đã ghi nhận");
        assertThat(answersTo(BEN, "<staff.325@bacai.example>")).hasSize(1);
        assertThat(announcementsTo("mttq.phuocdai@gmail.com", "325/MTTQ-BTT")).hasSize(1);
    }

    @Test
    void anotherMailWithADispatchAlreadyImportedIsAnsweredSoOnceAndChangesNothing() throws Exception {
        deliver("staff-resends-same-dispatch.eml", HOA);
        poll();
        deliver("staff-resends-same-dispatch.eml", HOA);
        poll();

        List<MimeMessage> answers = answersTo(HOA, "<staff.325.again@bacai.example>");
        assertThat(answers).hasSize(1);
        MimeMessage answer = answers.get(0);
        assertThat(answer.getSubject()).isEqualTo("Công văn số 325/MTTQ-BTT đã có trong hệ thống");
        long id = ((Number) dispatch("325/MTTQ-BTT").get("id")).longValue();
        assertThat(plainText(answer)).contains("Kính gửi đồng chí Pinăng Thị Hoa,",
                "Công văn số 325/MTTQ-BTT năm 2021 đã được nhập vào hệ thống trước đó (mã " + id + "), nên hệ thống không nhập lại",
                "PATCH /api/dispatches/" + id);
        assertThat(dispatches().stream().filter(d -> "325/MTTQ-BTT".equals(d.get("number")))).hasSize(1);
        List<Map<String, Object>> deliveries = reports().stream()
                .filter(r -> "<staff.325.again@bacai.example>".equals(r.get("messageId"))).toList();
        assertThat(deliveries).as("both deliveries are listed, newest first").hasSize(2);
        Map<String, Object> recorded = deliveries.get(1);
        assertThat(recorded).containsEntry("decision", "IGNORED").containsEntry("kind", "OTHER")
                .containsEntry("dispatch", "325/MTTQ-BTT");
        assertThat(recorded.get("reasons").toString()).contains("already imported for bac-ai-mttq", "not imported again");
        assertThat(deliveries.get(0)).containsEntry("decision", "IGNORED").containsEntry("dispatch", "325/MTTQ-BTT");
        assertThat(deliveries.get(0).get("reasons").toString()).contains("bản sao của thư số " + recorded.get("id"));
        assertThat(announcementsTo("mttq.phuochoa@gmail.com", "325/MTTQ-BTT")).hasSize(1);
    }

    @Test
    void aDispatchFromAnAddressThatIsNotStaffIsNotImportedNorAnswered() throws Exception {
        deliver("unit-sends-dispatch-docx.eml", "mttq.phuocdai@gmail.com");
        poll();

        assertThat(dispatches()).noneMatch(d -> "1245/UBND-VP".equals(d.get("number")));
        Map<String, Object> recorded = reportOf("<CAFphuocdai.1245@mail.gmail.com>");
        assertThat(recorded).containsEntry("kind", "REPORT").containsEntry("unit", "phuoc-dai");
        assertThat(recorded.get("reasons").toString()).doesNotContain("imported");
        assertThat(answersTo("mttq.phuocdai@gmail.com", "<CAFphuocdai.1245@mail.gmail.com>")).isEmpty();
    }

    @Test
    void aScannedDispatchFromStaffIsAnsweredWithTheReasonAndLeftForReview() throws Exception {
        deliver("staff-sends-scanned-dispatch.eml", HOA);
        poll();

        List<MimeMessage> answers = answersTo(HOA, "<staff.scan@bacai.example>");
        assertThat(answers).hasSize(1);
        assertThat(answers.get(0).getSubject()).isEqualTo("Không nhập được công văn");
        assertThat(plainText(answers.get(0))).contains("Kính gửi đồng chí Pinăng Thị Hoa,",
                "nhưng không nhập được công văn, vì:",
                "  - “CV da ky.pdf”: tệp là bản scan (ảnh chụp), không có lớp chữ nên hệ thống không đọc được nội dung",
                "Đề nghị đồng chí gửi lại công văn ở dạng tệp Word");
        assertThat(html(answers.get(0))).contains("<li>“CV da ky.pdf”: tệp là bản scan");
        Map<String, Object> recorded = reportOf("<staff.scan@bacai.example>");
        assertThat(recorded).containsEntry("decision", "NEEDS_REVIEW");
        assertThat(recorded.get("reasons").toString()).contains(
                "no dispatch imported from staff mail of hoa.pt@bacai.example (Pinăng Thị Hoa): CV da ky.pdf: text not read:"
                        + " scanned PDF",
                "là cán bộ của cơ quan, không phải đơn vị báo cáo");
    }

    @Test
    void aDispatchForwardedAsAnAttachedMessageIsImportedFromTheDocumentInside() throws Exception {
        deliver("staff-forwards-dispatch-88-as-attachment.eml", BEN);
        poll();

        assertThat(dispatch("88/UBND-VX")).containsEntry("office", "bac-ai-mttq").containsEntry("deadline", "2022-03-15");
        List<MimeMessage> answers = answersTo(BEN, "<staff.fwd.88@bacai.example>");
        assertThat(answers).hasSize(1);
        assertThat(answers.get(0).getSubject()).isEqualTo("Đã nhận công văn số 88/UBND-VX");
        assertThat(plainText(answers.get(0))).contains("(tệp “88-UBND-VX.docx”)", "Số, ký hiệu: 88/UBND-VX",
                "Ngày ban hành: 05/03/2022", "Trích yếu: V/v báo cáo tình hình học sinh bỏ học tại các trường trên địa bàn huyện",
                "Thời hạn báo cáo: ngày 15/03/2022.");
        MimeMessage notice = announcementsTo("mttq.phuocthang@gmail.com", "88/UBND-VX").get(0);
        assertThat(((Multipart) notice.getContent()).getBodyPart(1).getFileName()).isEqualTo("88-UBND-VX.docx");
        assertThat(plainText(notice)).contains("  Công văn số 88/UBND-VX ngày 05/03/2022 của Uỷ ban nhân dân huyện Bác Ái\n");
    }

    @Test
    void aDispatchFromAStaffAddressTheReceivingServerFoundForgedIsNeitherImportedNorAnswered() throws Exception {
        String forged = "Authentication-Results: mx.google.com; spf=fail smtp.mailfrom=bacai.example;"
                + " dmarc=fail (p=NONE) header.from=bacai.example\r\n"
                + Files.readString(FIXTURES.resolve("staff-forwards-dispatch-88-as-attachment.eml"), StandardCharsets.ISO_8859_1)
                        .replace("Message-ID: <staff.fwd.88@bacai.example>", "Message-ID: <forged.88@bacai.example>");
        RawSmtp.deliver(mail.getSmtp().getPort(), BEN, MAILBOX, forged.getBytes(StandardCharsets.ISO_8859_1));
        poll();

        Map<String, Object> recorded = reportOf("<forged.88@bacai.example>");
        assertThat(recorded).containsEntry("decision", "NEEDS_REVIEW");
        assertThat(recorded.get("reasons").toString()).contains("no dispatch imported: the sender claims the staff address "
                + BEN + ", but máy chủ nhận thư (mx.google.com) báo dmarc=fail, spf=fail");
        assertThat(answersTo(BEN, "<forged.88@bacai.example>")).isEmpty();
    }

    @Test
    void aDispatchPastedIntoTheMailIsImportedWithItsWeeklyCadenceAndAnnouncedWithoutAttachment() throws Exception {
        deliver("staff-pastes-dispatch-in-body.eml", HOA);
        poll();

        assertThat(dispatch("342/MTTQ-BTT")).containsEntry("office", "bac-ai-mttq");
        MimeMessage answer = answersTo(HOA, "<staff.342.text@bacai.example>").get(0);
        assertThat(answer.getSubject()).isEqualTo("Đã nhận công văn số 342/MTTQ-BTT");
        assertThat(plainText(answer)).contains("(trong nội dung thư)",
                "Kỳ báo cáo: hằng tuần, hạn trước 15 giờ 00 thứ Năm (công văn ghi “", "Kỳ đầu tiên: tuần ");
        MimeMessage notice = announcementsTo("mttq.phuocchinh@gmail.com", "342/MTTQ-BTT").get(0);
        assertThat(notice.getContentType()).startsWith("multipart/alternative");
        assertThat(plainText(notice)).contains("Kỳ báo cáo: hằng tuần, hạn trước 15 giờ 00 thứ Năm.").doesNotContain("đính kèm “");
    }

    @Test
    void aUnitsReportForwardedByStaffIsLeftForReviewWithoutAnAnswer() throws Exception {
        deliver("staff-forwards-unit-report.eml", BEN);
        poll();

        Map<String, Object> recorded = reportOf("<staff.fwd.report@bacai.example>");
        assertThat(recorded).containsEntry("decision", "NEEDS_REVIEW").containsEntry("kind", "REPORT");
        assertThat(recorded.get("reasons").toString()).contains("là cán bộ của cơ quan, không phải đơn vị báo cáo")
                .doesNotContain("dispatch imported");
        assertThat(answersTo(BEN, "<staff.fwd.report@bacai.example>")).isEmpty();
    }

    @Test
    void aWronglyReadDeadlineIsCorrectedThroughTheApiForTheDispatchAndItsOpenTasks() throws Exception {
        long id = ((Number) dispatch("325/MTTQ-BTT").get("id")).longValue();
        HttpResponse<String> corrected = send(request("/api/dispatches/" + id).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"deadline\": \"2030-10-25\"}")).build());

        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat(json(corrected.body())).containsEntry("deadline", "2030-10-25").containsEntry("number", "325/MTTQ-BTT");
        assertThat(dispatch("325/MTTQ-BTT")).containsEntry("deadline", "2030-10-25");
        Map<String, Object> status = json(get("/api/dispatches/" + id + "/status").body());
        assertThat((List<?>) status.get("units")).allSatisfy(u -> assertThat(((Map<?, ?>) u).get("status"))
                .isIn("OPEN", "REPORTED"));
        HttpResponse<String> unknown = send(request("/api/dispatches/" + id).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"issuer\": \"UBND\"}")).build());
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("'issuer' cannot be corrected");
    }

    // ---------------------------------------------------------------- the service

    private void startBot() {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--reportbot.directory=config/directory.yml",
                "--reportbot.templates=templates",
                "--reportbot.data-dir=" + dataDir,
                "--reportbot.dispatches=" + dataDir.resolve("no-dispatches"),
                "--reportbot.dispatch.announce=true",
                "--reportbot.embedded-mail.enabled=false",
                "--reportbot.mailbox.idle=false",
                "--reportbot.admin.password=secret",
                "--reportbot.schedule.poll=",
                "--reportbot.schedule.reminders=",
                "--reportbot.schedule.digest=",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + mail.getSmtp().getPort(),
                "--reportbot.mailboxes.bac-ai-mttq.url=imap://" + URLEncoder.encode(MAILBOX, StandardCharsets.UTF_8) + ":"
                        + PASSWORD + "@127.0.0.1:" + mail.getImap().getPort() + "/INBOX"));
        args.addAll(databaseArguments(dataDir));
        app = new SpringApplicationBuilder(ReportbotApplication.class).run(args.toArray(String[]::new));
    }

    private void deliver(String fixture, String from) throws IOException {
        RawSmtp.deliver(mail.getSmtp().getPort(), from, MAILBOX, Files.readAllBytes(FIXTURES.resolve(fixture)));
    }

    private Map<String, Object> poll() throws IOException, InterruptedException {
        HttpResponse<String> response = send(request("/api/jobs/poll/run?office=bac-ai-mttq")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body());
    }

    private List<Map<String, Object>> dispatches() throws IOException, InterruptedException {
        return jsonList(get("/api/dispatches").body());
    }

    private Map<String, Object> dispatch(String number) throws IOException, InterruptedException {
        return dispatches().stream().filter(d -> number.equals(d.get("number"))).findFirst()
                .orElseThrow(() -> new AssertionError("no dispatch " + number));
    }

    private List<Map<String, Object>> reports() throws IOException, InterruptedException {
        return jsonList(get("/api/reports").body());
    }

    private Map<String, Object> reportOf(String messageId) throws IOException, InterruptedException {
        return reports().stream().filter(r -> messageId.equals(r.get("messageId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no report of " + messageId));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(request(path).GET().build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port")
                + path)).header("Authorization", "Basic " + Base64.getEncoder().encodeToString(ADMIN.getBytes(StandardCharsets.UTF_8)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String body) {
        return JSON.readValue(body, Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> jsonList(String body) {
        return JSON.readValue(body, List.class);
    }

    // ---------------------------------------------------------------- the mail people received

    /** The bot's mails in one person's inbox. */
    private List<MimeMessage> botMailTo(String address) throws MessagingException {
        var user = mail.getUserManager().getUserByEmail(address);
        List<MimeMessage> inbox = new ArrayList<>();
        try {
            for (var stored : mail.getManagers().getImapHostManager().getInbox(user).getMessages()) {
                MimeMessage m = stored.getMimeMessage();
                if ("auto-generated".equals(m.getHeader("Auto-Submitted", null))) {
                    inbox.add(m);
                }
            }
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException(e);
        }
        return inbox;
    }

    /** The bot's answers in a person's inbox to the mail with that Message-ID. */
    private List<MimeMessage> answersTo(String address, String messageId) throws MessagingException {
        List<MimeMessage> answers = new ArrayList<>();
        for (MimeMessage m : botMailTo(address)) {
            if (messageId.equals(m.getHeader("In-Reply-To", null))) {
                answers.add(m);
            }
        }
        return answers;
    }

    private List<MimeMessage> announcementsTo(String address, String number) throws MessagingException {
        List<MimeMessage> notices = new ArrayList<>();
        for (MimeMessage m : botMailTo(address)) {
            String subject = m.getSubject().replaceFirst(" \\[RB-\\w{5}\\]$", "");
            if (subject.startsWith("Đề nghị ") && subject.endsWith("Công văn số " + number)) {
                notices.add(m);
            }
        }
        return notices;
    }

    /** The plain-text part with {@code \n} line ends, checking that it stands beside an HTML one. */
    private static String plainText(MimeMessage m) throws MessagingException, IOException {
        return ((String) alternative(m).getBodyPart(0).getContent()).replace("\r\n", "\n");
    }

    private static String html(MimeMessage m) throws MessagingException, IOException {
        return (String) alternative(m).getBodyPart(1).getContent();
    }

    private static Multipart alternative(MimeMessage m) throws MessagingException, IOException {
        Multipart content = (Multipart) m.getContent();
        if (m.getContentType().startsWith("multipart/mixed")) {
            content = (Multipart) content.getBodyPart(0).getContent();
        }
        assertThat(content.getContentType()).startsWith("multipart/alternative");
        assertThat(content.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(content.getBodyPart(1).getContentType()).startsWith("text/html");
        return content;
    }
}
