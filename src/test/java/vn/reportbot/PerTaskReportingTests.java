package vn.reportbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
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
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.icegreen.greenmail.util.GreenMail;

import tools.jackson.databind.json.JsonMapper;
import vn.reportbot.embedded.EmbeddedMailServer;

/**
 * Per-task reporting through the service on its embedded defaults (seed 319 of Bác Ái's MTTQ, five numbered tasks,
 * imported from {@code config/dispatches/}): Phước Đại reports tasks 1 and 2, then 3 to 5 in answer to the bot's
 * acknowledgement; a report a person settles counts for the tasks the person gives. What staff read in
 * {@code GET /api/dispatches/{id}/status} and what the unit reads in its acknowledgements.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PerTaskReportingTests {

    private static final String MAILBOX = "mattrabbacai@gmail.com";
    private static final String PHUOC_DAI = "mttq.phuocdai@gmail.com";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dataDir;

    private static ConfigurableApplicationContext app;
    private static int smtpPort;
    private static long dispatchId;
    private static long firstReport;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        smtpPort = freePort();
        app = new SpringApplicationBuilder(ReportbotApplication.class).run("--server.port=0",
                "--reportbot.data-dir=" + dataDir, "--reportbot.embedded-mail.smtp-port=" + smtpPort,
                "--reportbot.embedded-mail.imap-port=" + freePort(), "--reportbot.admin.password=secret",
                "--reportbot.mailbox.idle=false", "--reportbot.schedule.poll=", "--reportbot.schedule.reminders=",
                "--reportbot.schedule.digest=");
        dispatchId = dispatches().stream().filter(d -> "319/MTTQ-BTT".equals(d.get("number")))
                .map(d -> ((Number) d.get("id")).longValue()).findFirst().orElseThrow();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void aReportOfTasksOneAndTwoLeavesThreeToFiveOpenAndIsAcknowledgedInTheUnitsConversation() throws Exception {
        deliver(PHUOC_DAI, "Báo cáo kết quả thực hiện CV 319/MTTQ-BTT", "<pd-319-1@mail.gmail.com>",
                "<earlier-1@mail.gmail.com> <earlier-2@mail.gmail.com>",
                "Ban Thường trực MTTQ xã Phước Đại báo cáo kết quả thực hiện nội dung 1 và 2 của Công văn số 319/MTTQ-BTT.");
        job("poll");

        Map<String, Object> unit = unitStatus("phuoc-dai");
        assertThat(unit).containsEntry("status", "PARTIAL").containsEntry("reportedAt", null);
        List<Map<String, Object>> tasks = tasks(unit);
        assertThat(tasks).extracting(t -> t.get("ordinal")).containsExactly(1, 2, 3, 4, 5);
        assertThat(tasks).extracting(t -> t.get("status")).containsExactly("REPORTED", "REPORTED", "OPEN", "OPEN", "OPEN");
        firstReport = ((Number) ((List<?>) unit.get("reports")).get(0)).longValue();
        assertThat(tasks.get(0).get("reports")).isEqualTo(List.of((int) firstReport));
        assertThat(tasks.get(0).get("reportedAt")).isNotNull();
        assertThat(tasks.get(2)).containsEntry("reports", List.of()).containsEntry("reportedAt", null);
        assertThat(tasks(unitStatus("phuoc-tan"))).extracting(t -> t.get("status")).containsOnly("OPEN").hasSize(5);
        assertThat(listing().get("units")).as("a partly reported unit is still open")
                .isEqualTo(Map.of("total", 9, "reported", 0, "open", 9, "late", 0, "partial", 1));

        MimeMessage ack = acknowledgements(PHUOC_DAI).get(0);
        assertThat(ack.getSubject()).matches("Re: Báo cáo kết quả thực hiện CV 319/MTTQ-BTT \\[RB-[2-9A-HJKMNP-TV-Z]{5}\\]");
        assertThat(ack.getHeader("In-Reply-To", null)).isEqualTo("<pd-319-1@mail.gmail.com>");
        assertThat(ack.getHeader("References", " ").replaceAll("\\s+", " "))
                .isEqualTo("<earlier-1@mail.gmail.com> <earlier-2@mail.gmail.com> <pd-319-1@mail.gmail.com>");
        assertThat(plainText(ack)).startsWith("Kính gửi: Ban Thường trực Ủy ban MTTQ Việt Nam xã Phước Đại.")
                .contains("Hệ thống đã ghi nhận nội dung 1, 2; còn nội dung 3, 4, 5 chưa báo cáo.");
    }

    @Test
    @Order(2)
    void aReplyWithTasksThreeToFiveCompletesTheReport() throws Exception {
        String ackSubject = acknowledgements(PHUOC_DAI).get(0).getSubject();
        deliver(PHUOC_DAI, "RE: " + ackSubject, "<pd-319-2@mail.gmail.com>", null,
                "Ban Thường trực MTTQ xã Phước Đại gửi bổ sung kết quả thực hiện nội dung 3, 4 và 5.");
        job("poll");

        Map<String, Object> unit = unitStatus("phuoc-dai");
        assertThat(unit.get("status")).isEqualTo("REPORTED");
        assertThat(unit.get("reportedAt")).isNotNull();
        List<Map<String, Object>> tasks = tasks(unit);
        assertThat(tasks).extracting(t -> t.get("status")).containsOnly("REPORTED");
        long second = ((Number) ((List<?>) unit.get("reports")).get(1)).longValue();
        assertThat(tasks).extracting(t -> t.get("reports")).containsExactly(List.of((int) firstReport),
                List.of((int) firstReport), List.of((int) second), List.of((int) second), List.of((int) second));
        assertThat(listing().get("units")).isEqualTo(Map.of("total", 9, "reported", 1, "open", 8, "late", 0, "partial", 0));

        MimeMessage ack = acknowledgements(PHUOC_DAI).get(1);
        assertThat(ack.getSubject()).as("not doubled, and one token of its own")
                .matches("RE: Re: Báo cáo kết quả thực hiện CV 319/MTTQ-BTT \\[RB-[2-9A-HJKMNP-TV-Z]{5}\\]")
                .isNotEqualTo("RE: " + ackSubject);
        assertThat(plainText(ack)).contains("Hệ thống đã ghi nhận nội dung 3, 4, 5; đơn vị đã báo cáo đủ các nội dung");
    }

    @Test
    @Order(3)
    void aPersonSettlingAReportGivesTheTasksItAddresses() throws Exception {
        byte[] raw = Files.readAllBytes(Path.of("src/test/resources/e2e/personal-gmail-phuoc-tan.eml"));
        RawSmtp.deliver(smtpPort, "nguyenvanan.1978@gmail.com", MAILBOX, raw);
        job("poll");
        Map<String, Object> entry = reviewList().stream()
                .filter(r -> "nguyenvanan.1978@gmail.com".equals(r.get("from"))).findFirst().orElseThrow();
        long id = ((Number) entry.get("id")).longValue();

        HttpResponse<String> unknownTask = send("POST", "/api/reports/" + id + "/settle",
                "{\"unit\":\"phuoc-tan\",\"dispatchId\":" + dispatchId + ",\"tasks\":[2,9]}");
        assertThat(unknownTask.statusCode()).as(unknownTask.body()).isEqualTo(422);
        assertThat(unknownTask.body()).contains("no numbered task [9]");

        HttpResponse<String> settled = send("POST", "/api/reports/" + id + "/settle",
                "{\"unit\":\"phuoc-tan\",\"dispatchId\":" + dispatchId + ",\"tasks\":[2]}");
        assertThat(settled.statusCode()).as(settled.body()).isEqualTo(200);
        assertThat(json(settled.body())).containsEntry("tasks", List.of(2));

        Map<String, Object> unit = unitStatus("phuoc-tan");
        assertThat(unit.get("status")).isEqualTo("PARTIAL");
        assertThat(tasks(unit)).extracting(t -> t.get("status")).containsExactly("OPEN", "REPORTED", "OPEN", "OPEN", "OPEN");
        assertThat(tasks(unit).get(1).get("reports")).isEqualTo(List.of((int) id));
    }

    // --- the unit's mail

    private static void deliver(String from, String subject, String messageId, String references, String body)
            throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(from, "MTTQ xã Phước Đại", "UTF-8"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(MAILBOX));
        message.setSubject(subject, "UTF-8");
        if (references != null) {
            message.setHeader("References", references);
        }
        message.setSentDate(new java.util.Date());
        message.setText(body, "UTF-8");
        message.saveChanges();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        RawSmtp.deliver(smtpPort, from, MAILBOX, raw.toByteArray());
    }

    /** The bot's acknowledgements in a unit's mailbox, oldest first. */
    private static List<MimeMessage> acknowledgements(String address) throws Exception {
        GreenMail mail = app.getBean(EmbeddedMailServer.class).greenMail();
        var user = mail.getUserManager().getUserByEmail(address);
        List<MimeMessage> acks = new ArrayList<>();
        for (var stored : mail.getManagers().getImapHostManager().getInbox(user).getMessages()) {
            MimeMessage m = stored.getMimeMessage();
            if ("auto-generated".equals(m.getHeader("Auto-Submitted", null))
                    && m.getHeader("Message-ID", "").startsWith("<acknowledgement.")) {
                acks.add(m);
            }
        }
        return acks;
    }

    private static String plainText(MimeMessage message) throws Exception {
        MimeMultipart alternative = (MimeMultipart) message.getContent();
        return (String) alternative.getBodyPart(0).getContent();
    }

    // --- the API

    private Map<String, Object> unitStatus(String unitId) throws Exception {
        HttpResponse<String> status = send("GET", "/api/dispatches/" + dispatchId + "/status", null);
        assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
        for (Object unit : (List<?>) json(status.body()).get("units")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> u = (Map<String, Object>) unit;
            if (unitId.equals(u.get("unit"))) {
                return u;
            }
        }
        throw new AssertionError("no unit " + unitId + " in " + status.body());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> tasks(Map<String, Object> unit) {
        return (List<Map<String, Object>>) unit.get("tasks");
    }

    private Map<String, Object> listing() throws Exception {
        return dispatches().stream().filter(d -> ((Number) d.get("id")).longValue() == dispatchId).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> reviewList() throws Exception {
        return JSON.readValue(send("GET", "/api/reports?decision=NEEDS_REVIEW", null).body(), List.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> dispatches() throws Exception {
        return JSON.readValue(new PerTaskReportingTests().send("GET", "/api/dispatches", null).body(), List.class);
    }

    private void job(String name) throws Exception {
        HttpResponse<String> run = send("POST", "/api/jobs/" + name + "/run", "");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String body) {
        return JSON.readValue(body, Map.class);
    }

    private HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + app.getEnvironment().getProperty("local.server.port") + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:secret".getBytes(StandardCharsets.UTF_8)));
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
