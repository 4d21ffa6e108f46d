package vn.reportbot;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;
import vn.reportbot.mailbox.Mails;

/**
 * Staff close a dispatch through the API and reopen it, on the service of the embedded defaults (H2, GreenMail):
 * a closed dispatch is reminded no more, a late report to it is still matched, counted and acknowledged, and the
 * closing is recorded under the login that did it.
 */
@ExtendWith(OutputCaptureExtension.class)
class DispatchLifeApiTests {

    private static final String MAILBOX = "mattrabbacai@gmail.com";
    private static final String COMMUNE = "mttq.phuocdai@gmail.com";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dataDir;

    private static ConfigurableApplicationContext app;
    private static int smtpPort;
    private static int imapPort;
    private static String adminPassword;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start(CapturedOutput output) throws IOException {
        smtpPort = freePort();
        imapPort = freePort();
        app = new SpringApplicationBuilder(ReportbotApplication.class).run("--server.port=0",
                "--reportbot.data-dir=" + dataDir, "--reportbot.embedded-mail.smtp-port=" + smtpPort,
                "--reportbot.embedded-mail.imap-port=" + imapPort, "--reportbot.schedule.poll=",
                "--reportbot.schedule.reminders=", "--reportbot.schedule.digest=",
                // reminders whatever the hour and day the test runs at (quiet hours, weekends)
                "--reportbot.reminders.quiet-hours=",
                "--reportbot.reminders.working-days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY");
        Matcher generated = Pattern.compile("the admin login for this run is admin / (\\S+)").matcher(output.getAll());
        adminPassword = generated.find() ? generated.group(1) : null;
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aClosedDispatchIsNotRemindedALateReportStillMatchesItAndReopeningBringsItBack() throws Exception {
        String text = Files.readString(Path.of("config/dispatches/319-MTTQ-BTT-bac-ai.txt"))
                .replace("Số: 319 /MTTQ-BTT", "Số: 321 /MTTQ-BTT");
        HttpResponse<String> created = send("POST", "/api/dispatches", text, "text/plain");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Map<String, Object> dispatch = json(created.body());
        assertThat(dispatch).as("no deadline: nothing closes it").containsEntry("closedOn", null).containsEntry("open", true);
        Object id = dispatch.get("id");
        assertThat(listed("321/MTTQ-BTT")).containsEntry("closedOn", null).containsEntry("open", true);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

        HttpResponse<String> closed = patch(id, "{\"closed\": true}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(json(closed.body())).containsEntry("number", "321/MTTQ-BTT")
                .containsEntry("closedOn", today.toString()).containsEntry("open", false);
        assertThat(listed("321/MTTQ-BTT")).containsEntry("closedOn", today.toString()).containsEntry("open", false);
        assertThat(json(get("/api/dispatches/" + id + "/status")).get("dispatch").toString()).contains("open=false");
        Map<String, Object> recorded = JdbcClient.create(app.getBean(javax.sql.DataSource.class))
                .sql("SELECT closed_by, closed_at FROM dispatch WHERE id = ?").param(((Number) id).longValue())
                .query().singleRow();
        assertThat(recorded.get("CLOSED_BY")).isEqualTo("admin");
        assertThat(recorded.get("CLOSED_AT")).isNotNull();

        String reminders = job("reminders").get("details").toString();
        assertThat(reminders).as("the seed is still open").contains("bac-ai-mttq 319/MTTQ-BTT: 9 reminder(s) queued")
                .doesNotContain("321/MTTQ-BTT");

        RawSmtp.deliver(smtpPort, COMMUNE, MAILBOX, report("Bao cao ket qua thuc hien Cong van so 321/MTTQ-BTT"));
        job("poll");
        List<Map<String, Object>> matched = jsonList(get("/api/reports?decision=MATCHED"));
        assertThat(matched).singleElement().satisfies(r -> assertThat(r).containsEntry("unit", "phuoc-dai")
                .containsEntry("dispatch", "321/MTTQ-BTT"));
        assertThat(listed("321/MTTQ-BTT").get("units").toString()).contains("reported=1");
        assertThat(Mails.look(imapPort, COMMUNE, "demo", "INBOX").subjects())
                .as("the late report is acknowledged, in the unit's own conversation")
                .anyMatch(s -> s.startsWith("Re: Bao cao ket qua thuc hien Cong van so 321/MTTQ-BTT [RB-"));

        HttpResponse<String> later = patch(id, "{\"closed\": \"2099-12-31\"}");
        assertThat(later.statusCode()).as(later.body()).isEqualTo(200);
        assertThat(json(later.body())).containsEntry("closedOn", "2099-12-31").containsEntry("open", true);

        HttpResponse<String> reopened = patch(id, "{\"closed\": false}");
        assertThat(reopened.statusCode()).as(reopened.body()).isEqualTo(200);
        assertThat(json(reopened.body())).containsEntry("closedOn", null).containsEntry("open", true);
        assertThat(job("reminders").get("details").toString())
                .contains("bac-ai-mttq 321/MTTQ-BTT: 8 reminder(s) queued");

        HttpResponse<String> bad = patch(id, "{\"closed\": \"31/12/2026\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad.body()).get("error").toString()).startsWith("closed must be true (closed from today),"
                + " an ISO date such as 2026-12-31 (closed from that day) or false (reopened)");
        assertThat(patch(999999, "{\"closed\": true}").statusCode()).isEqualTo(404);
    }

    private static byte[] report(String subject) {
        return ("Message-ID: <late-321@mail.gmail.com>\r\n"
                + "Date: " + java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(java.time.ZonedDateTime.now()) + "\r\n"
                + "From: MTTQ xa Phuoc Dai <" + COMMUNE + ">\r\n"
                + "To: " + MAILBOX + "\r\n"
                + "Subject: " + subject + "\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "Kính gửi Ban Thường trực, xã Phước Đại xin báo cáo kết quả thực hiện.\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private Map<String, Object> listed(String number) throws Exception {
        return jsonList(get("/api/dispatches")).stream().filter(d -> number.equals(d.get("number"))).findFirst()
                .orElseThrow();
    }

    private Map<String, Object> job(String name) throws Exception {
        HttpResponse<String> run = send("POST", "/api/jobs/" + name + "/run", "", "text/plain");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        return json(run.body());
    }

    private HttpResponse<String> patch(Object id, String body) throws Exception {
        return send("PATCH", "/api/dispatches/" + id, body, "application/json");
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(request(path).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> send(String method, String path, String body, String contentType) throws Exception {
        return http.send(request(path).header("Content-Type", contentType + "; charset=UTF-8")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port")
                + path)).header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + adminPassword)
                .getBytes(StandardCharsets.UTF_8)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String body) {
        return JSON.readValue(body, Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> jsonList(String body) {
        return JSON.readValue(body, List.class);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
