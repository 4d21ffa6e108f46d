package vn.reportbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue #18, hostile senders, through the real mailbox (the embedded GreenMail, the poll job, the outbox): another
 * robot that answers every mail it gets, marked as one or not, stops after one exchange; a stranger's flood of 200
 * mails is answered with nothing, recorded whole on the review list and cleared with one action; a report forged in a
 * unit's name is not counted and confirms nothing to anyone; a Reply-To elsewhere gets nothing.
 */
class HostileSendersTests {

    private static final String PASSWORD = "mat-khau-quan-tri";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dataDir;

    private static EmbeddedService app;
    private static Inbox inbox;
    private static int serial;

    @BeforeAll
    static void start() throws Exception {
        app = EmbeddedService.start(dataDir, PASSWORD);
        inbox = new Inbox(app);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    /** A robot at an address: answers every mail it receives, with those extra header lines. */
    record Robot(String address, String name, List<String> marks) {
    }

    @Test
    void robotsThatAnswerEveryMailStopAfterOneExchangeMarkedOrNot() throws Exception {
        List<Robot> robots = List.of(
                new Robot("mttq.phuocdai@gmail.com", "MTTQ Phước Đại", List.of("Auto-Submitted: auto-replied")),
                new Robot("mttq.phuoctan@gmail.com", "MTTQ Phước Tân", List.of("Precedence: auto_reply")),
                new Robot("mttq.phuocbinh@gmail.com", "MTTQ Phước Bình", List.of("X-Autoreply: yes")),
                // the sneaky one: no mark at all, a reply as a person would write it, the bot's mail quoted
                new Robot("mttq.phuochoa@gmail.com", "MTTQ Phước Hòa", List.of()),
                new Robot("tra-loi-tu-dong@congty.example", "Hộp thư tự động", List.of()));
        for (Robot r : robots) {
            app.deliver(mail(r.address(), r.name(), "Báo cáo kết quả thực hiện CV 319/MTTQ-BTT",
                    "Kính gửi Ban Thường trực,\nĐơn vị báo cáo kết quả thực hiện Công văn 319/MTTQ-BTT: đã tổ chức 5 buổi"
                            + " tuyên truyền tại các thôn, 320 lượt người dự.\nTrân trọng.", List.of(), null));
        }
        Map<String, Integer> fromBot = new TreeMap<>();
        Map<String, Integer> toBot = new TreeMap<>();
        Set<String> answered = new HashSet<>();
        for (int round = 0; round < 4; round++) {
            app.poll();
            for (Robot r : robots) {
                List<MimeMessage> got = inbox.to(r.address(), "");
                fromBot.put(r.address(), got.size());
                for (MimeMessage m : got) {
                    if (answered.add(m.getMessageID())) {
                        app.deliver(robotAnswer(r, m));
                        toBot.merge(r.address(), 1, Integer::sum);
                    }
                }
            }
        }
        app.poll();

        for (Robot r : robots.subList(0, 4)) {
            assertThat(fromBot.get(r.address())).as("mails the bot sent " + r.address() + " " + r.marks()).isEqualTo(1);
            assertThat(toBot.get(r.address())).as("answers of the robot at " + r.address()).isEqualTo(1);
        }
        assertThat(fromBot.get("tra-loi-tu-dong@congty.example")).as("a stranger robot is never answered").isZero();
        for (Robot r : robots.subList(0, 4)) {
            List<JsonNode> reports = reportsFrom(r.address());
            assertThat(reports).as(r.address()).hasSize(2);
            assertThat(reports.stream().filter(j -> j.path("decision").asString().equals("MATCHED")))
                    .as("only the real report of " + r.address() + " is counted").hasSize(1);
        }
    }

    @Test
    void aFloodOf200MailsFromAStrangerIsAnsweredWithNothingAllRecordedAndClearedWithOneAction() throws Exception {
        String stranger = "khuyen-mai@quang-cao.example";
        for (int i = 1; i <= 200; i++) {
            app.deliver(mail(stranger, "Khuyến mãi", "Ưu đãi lớn số " + i + " cho xã", "Giảm giá " + i + "% hôm nay.",
                    List.of(), null));
        }
        app.poll();
        app.poll();

        assertThat(inbox.to(stranger, "")).as("answers to the stranger").hasSizeLessThanOrEqualTo(1);
        List<JsonNode> recorded = reportsFrom(stranger);
        assertThat(recorded).as("all 200 recorded, none lost").hasSize(200);
        assertThat(recorded).allSatisfy(r -> assertThat(r.path("decision").asString()).isEqualTo("NEEDS_REVIEW"));

        HttpResponse<String> dismissed = api("POST", "/api/reports/dismiss", "{\"from\": \"" + stranger + "\"}");
        assertThat(dismissed.statusCode()).as(dismissed.body()).isEqualTo(200);
        assertThat(JSON.readTree(dismissed.body()).path("dismissed").asInt()).isEqualTo(200);
        assertThat(reportsFrom(stranger)).as("none left to review")
                .noneMatch(r -> r.path("decision").asString().equals("NEEDS_REVIEW"));
    }

    @Test
    void aReportForgedInAUnitsNameIsReviewedWithAVietnameseReasonAndConfirmsNothingToAnyone() throws Exception {
        String unit = "mttq.phuocthang@gmail.com";
        String attacker = "ke-gia-mao@evil.example";
        app.deliver(mail(unit, "MTTQ Phước Thắng", "Báo cáo CV 319/MTTQ-BTT",
                "Xã Phước Thắng báo cáo kết quả thực hiện Công văn 319/MTTQ-BTT: đã tổ chức 3 buổi tuyên truyền.",
                List.of("Authentication-Results: mx.google.com; dkim=none; spf=fail (domain of evil.example does not"
                        + " designate 203.0.113.9 as permitted sender) smtp.mailfrom=evil.example; dmarc=fail (p=NONE)"
                        + " header.from=gmail.com", "Reply-To: " + attacker), null));
        app.poll();

        List<JsonNode> reports = reportsFrom(unit);
        assertThat(reports).hasSize(1);
        JsonNode forged = reports.get(0);
        assertThat(forged.path("decision").asString()).isEqualTo("NEEDS_REVIEW");
        assertThat(forged.path("reasons").toString()).contains("giả mạo", "spf=fail", "dmarc=fail");
        app.poll();
        assertThat(inbox.to(unit, "")).as("the real unit is told nothing of a report it did not send").isEmpty();
        assertThat(inbox.to(attacker, "")).as("the forger's Reply-To is told nothing").isEmpty();
    }

    @Test
    void anAddressImitatingAUnitsIsReviewedWithNoUnitGuessedAndShownToStaffWithItsInvisibleCharacterAsACode()
            throws Exception {
        String imitation = "mttq.phuoc\u200Bchinh@gmail.com";
        app.deliver(("From: MTTQ =?UTF-8?B?UGjGsOG7m2MgQ2jDrW5o?= <" + imitation + ">\r\nTo: " + EmbeddedService.MAILBOX
                + "\r\nSubject: Bao cao CV 319/MTTQ-BTT\r\nMessage-ID: <imitation@test.example>\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nXa Phuoc Chinh bao cao ket qua thuc hien Cong van"
                + " 319/MTTQ-BTT: da to chuc 5 buoi tuyen truyen.\r\n").getBytes(StandardCharsets.UTF_8));
        app.poll();

        List<JsonNode> reports = reportsFrom(imitation);
        assertThat(reports).as("recorded under the address as it came").hasSize(1);
        assertThat(reports.get(0).path("decision").asString()).isEqualTo("NEEDS_REVIEW");
        assertThat(reports.get(0).path("unit").isNull()).as("no unit guessed").isTrue();
        String review = new PageClient(app.base()).logIn("admin", PASSWORD).get("/review").body();
        assertThat(review).contains("mttq.phuoc\\u200Bchinh@gmail.com", "trông giống địa chỉ đã đăng ký mttq.phuocchinh@gmail.com")
                .doesNotContain(imitation);
        assertThat(inbox.to("mttq.phuocchinh@gmail.com", "")).as("the real unit is told nothing").isEmpty();
    }

    /** Attachment names as senders write them (RFC 2231, so that any byte can be in them), and what must be kept. */
    private static final List<List<String>> NAMES = List.of(
            List.of("../../etc/passwd.docx", "passwd.docx"),
            List.of("..\\..\\win.ini", "win.ini"),
            List.of("a\u0000b.docx", "ab.docx"),
            List.of("báo cáo \u202Excod.exe", "báo cáo xcod.exe"),
            List.of("dòng một\r\nBcc: x@evil.example.txt", "dòng mộtBcc: x@evil.example.txt"),
            List.of("/" + "d".repeat(300) + ".docx", "d".repeat(175) + ".docx"));

    @Test
    void attachmentNamesWithFoldersAndControlCharactersAreKeptShownDownloadedAndSentAsBaseNamesOnly() throws Exception {
        String unit = "mttq.phuocthanh@gmail.com";
        app.deliver(withAttachments(unit, "MTTQ Phước Thành", "Báo cáo CV 319/MTTQ-BTT",
                "Xã Phước Thành báo cáo kết quả thực hiện Công văn 319/MTTQ-BTT: đã tổ chức 4 buổi tuyên truyền."));
        app.poll();

        List<JsonNode> reports = reportsFrom(unit);
        assertThat(reports).hasSize(1);
        JsonNode report = reports.get(0);
        assertThat(report.path("decision").asString()).isEqualTo("MATCHED");
        List<String> stored = new ArrayList<>();
        report.path("attachments").forEach(a -> stored.add(a.asString().replaceAll(" \\(\\d+ bytes\\)$", "")));
        assertThat(stored).as("the names kept").containsExactlyElementsOf(NAMES.stream().map(n -> n.get(1)).toList());

        PageClient staff = new PageClient(app.base()).logIn("admin", PASSWORD);
        long dispatch = report.path("dispatchId").asLong();
        String page = staff.get("/dispatches/" + dispatch).body();
        for (int n = 0; n < NAMES.size(); n++) {
            String kept = NAMES.get(n).get(1);
            assertThat(page).as("the dispatch page shows " + kept).contains(kept);
            HttpResponse<String> file = staff.get("/dispatches/" + dispatch + "/reports/" + report.path("id").asLong()
                    + "/attachments/" + n);
            assertThat(file.statusCode()).isEqualTo(200);
            String disposition = file.headers().firstValue("Content-Disposition").orElse("");
            assertThat(java.net.URLDecoder.decode(disposition.replaceAll("^.*filename\\*=UTF-8''", ""),
                    StandardCharsets.UTF_8)).as("the download's name").isEqualTo(kept);
        }
        assertThat(page).doesNotContain("../", "..\\", "\u202E", "\u0000", "etc/passwd");

        List<MimeMessage> ack = inbox.await(unit, "", 1);
        assertThat(ack).as("the acknowledgement").hasSize(1);
        String text = textOf(ack.get(0).getContent());
        assertThat(text).contains("passwd.docx", "win.ini", "báo cáo xcod.exe").doesNotContain("../", "\u202E", "\u0000");
    }

    @Test
    void aDispatchUploadedThroughTheApiUnderAPathWithControlCharactersKeepsItsBaseName() throws Exception {
        String text = java.nio.file.Files.readString(Path.of("config/dispatches/319-MTTQ-BTT-bac-ai.txt"))
                .replace("Số: 319 /MTTQ-BTT", "Số: 419/MTTQ-BTT");
        String boundary = "ranh-gioi-18";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../../tmp/c\u00f4ng"
                + " v\u0103n\u202E419.txt\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + text + "\r\n--" + boundary
                + "--\r\n";
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(app.base() + "/api/dispatches"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(JSON.readTree(created.body()).path("file").asString()).isEqualTo("công văn419.txt");
        assertThat(java.nio.file.Files.exists(Path.of("/tmp/công văn419.txt"))).isFalse();
    }

    private static byte[] withAttachments(String from, String name, String subject, String body) throws Exception {
        String boundary = "b-" + System.nanoTime();
        StringBuilder m = new StringBuilder(new String(mail(from, name, subject, body, List.of(), null),
                StandardCharsets.US_ASCII));
        int split = m.indexOf("MIME-Version:");
        String head = m.substring(0, split);
        StringBuilder out = new StringBuilder(head);
        out.append("MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\r\n\r\n");
        out.append("--").append(boundary).append("\r\nContent-Type: text/plain; charset=UTF-8\r\n")
                .append("Content-Transfer-Encoding: base64\r\n\r\n")
                .append(Base64.getMimeEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8))).append("\r\n");
        for (List<String> n : NAMES) {
            out.append("--").append(boundary).append("\r\nContent-Type: application/octet-stream\r\n")
                    .append("Content-Disposition: attachment; filename*=UTF-8''")
                    .append(java.net.URLEncoder.encode(n.get(0), StandardCharsets.UTF_8).replace("+", "%20"))
                    .append("\r\nContent-Transfer-Encoding: base64\r\n\r\n")
                    .append(Base64.getMimeEncoder().encodeToString("nội dung".getBytes(StandardCharsets.UTF_8)))
                    .append("\r\n");
        }
        out.append("--").append(boundary).append("--\r\n");
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static List<JsonNode> reportsFrom(String address) throws Exception {
        HttpResponse<String> answer = api("GET", "/api/reports?size=1000", null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode r : JSON.readTree(answer.body())) {
            if (address.equalsIgnoreCase(r.path("from").asString())) {
                found.add(r);
            }
        }
        return found;
    }

    private static HttpResponse<String> api(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.base() + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** What the robot sends back: {@code Re:} of the subject, in the conversation, its words and the mail quoted. */
    private static byte[] robotAnswer(Robot robot, MimeMessage received) throws Exception {
        String subject = received.getSubject();
        String quoted = "";
        String text = textOf(received.getContent());
        quoted = "\n\n" + received.getSentDate() + ", hệ thống đã viết:\n" + "> " + text.replace("\n", "\n> ");
        List<String> headers = new ArrayList<>(robot.marks());
        headers.add("In-Reply-To: " + received.getMessageID());
        headers.add("References: " + received.getMessageID());
        return mail(robot.address(), robot.name(), subject.startsWith("Re:") ? subject : "Re: " + subject,
                "Xin cảm ơn, chúng tôi đã nhận thư và sẽ phản hồi sớm nhất." + quoted, headers, null);
    }

    private static String textOf(Object content) throws Exception {
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return (String) part.getContent();
                }
                if (part.getContent() instanceof jakarta.mail.Multipart inner) {
                    String t = textOf(inner);
                    if (!t.isEmpty()) {
                        return t;
                    }
                }
            }
        }
        return "";
    }

    static byte[] mail(String from, String name, String subject, String body, List<String> extra, String attachment)
            throws Exception {
        serial++;
        StringBuilder m = new StringBuilder();
        m.append("From: ").append(MimeUtility.encodeWord(name, "UTF-8", "B")).append(" <").append(from).append(">\r\n");
        m.append("To: ").append(EmbeddedService.MAILBOX).append("\r\n");
        m.append("Subject: ").append(MimeUtility.encodeText(subject, "UTF-8", "B")).append("\r\n");
        m.append("Date: ").append(new jakarta.mail.internet.MailDateFormat().format(new java.util.Date())).append("\r\n");
        m.append("Message-ID: <hostile-").append(serial).append('-').append(System.nanoTime()).append("@test.example>\r\n");
        for (String h : extra) {
            m.append(h).append("\r\n");
        }
        m.append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n");
        m.append(Base64.getMimeEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8))).append("\r\n");
        return m.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
