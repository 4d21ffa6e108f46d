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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import com.icegreen.greenmail.user.UserManager;

import tools.jackson.databind.json.JsonMapper;
import vn.reportbot.directory.DirectoryLoader;
import vn.reportbot.embedded.EmbeddedMailServer;
import vn.reportbot.mailbox.Mails;

/**
 * What {@code mvn spring-boot:run} starts, and the README's "Try the loop by hand": the service on its embedded
 * defaults (the project's {@code config/}, no mailbox, no admin password), changed only where a test must: a data
 * folder of its own, a free HTTP port and free ports for the embedded mail server instead of 8080, 3025 and 3143.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedDefaultsTests {

    private static final String MAILBOX = "mattrabbacai@gmail.com";
    private static final String COMMUNE = "mttq.phuocdai@gmail.com";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dataDir;

    private static ConfigurableApplicationContext app;
    private static int smtpPort;
    private static int imapPort;
    private static String startUpLog;
    private static String adminPassword;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startOnEmbeddedDefaults(CapturedOutput output) throws IOException {
        smtpPort = freePort();
        imapPort = freePort();
        // reminders go out in working hours only; the loop by hand is tried at any hour, so every moment is one here
        Path noHolidays = Files.writeString(dataDir.resolve("no-holidays.yml"), "holidays: []\n");
        app = new SpringApplicationBuilder(ReportbotApplication.class).run("--server.port=0",
                "--reportbot.data-dir=" + dataDir, "--reportbot.embedded-mail.smtp-port=" + smtpPort,
                "--reportbot.embedded-mail.imap-port=" + imapPort, "--reportbot.holidays=" + noHolidays,
                "--reportbot.reminders.quiet-hours=",
                "--reportbot.reminders.working-days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY");
        startUpLog = output.getAll();
        Matcher generated = Pattern.compile("No reportbot.admin.password set: the admin login for this run is admin / (\\S+)")
                .matcher(startUpLog);
        adminPassword = generated.find() ? generated.group(1) : null;
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theLogSaysWhereTheApiListensWhichAccountsExistAndTheGeneratedAdminPassword() throws Exception {
        assertThat(adminPassword).as("the generated password in the log:%n%s", startUpLog).isNotBlank();
        assertThat(startUpLog).contains("Web pages:  http://localhost:" + port() + "/  (log in as 'admin' or a"
                        + " reportbot.users login)",
                "Admin API:  http://localhost:" + port() + "/api/dispatches  (HTTP Basic, user 'admin')",
                "Embedded mail server on 127.0.0.1: SMTP " + smtpPort + ", IMAP " + imapPort
                        + "; 138 accounts (login = address, password 'demo')",
                "bac-ai-mttq: mailbox " + MAILBOX + ", staff ben.nv@bacai.example, hoa.pt@bacai.example, 9 unit(s)",
                "hai-hau-bdv: mailbox bandanvan.haihau@gmail.com", "34 unit(s)",
                "ninh-binh-btgdv: mailbox btgdv.tinhuyninhbinh@gmail.com", "86 unit(s)");

        assertThat(send("GET", "/api/dispatches", "admin:" + adminPassword).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/dispatches", "admin:wrong").statusCode()).isEqualTo(401);
        assertThat(send("GET", "/api/dispatches", null).statusCode()).as("the API needs the admin login").isEqualTo(401);
        HttpResponse<String> bare = send("GET", "/actuator/health", null);
        assertThat(bare.statusCode()).as("health is open").isEqualTo(200);
        assertThat(JSON.readTree(bare.body()).path("status").asString()).isEqualTo("UP");
        assertThat(JSON.readTree(bare.body()).has("components")).as("without a login, no components").isFalse();
        HttpResponse<String> health = send("GET", "/actuator/health", "admin:" + adminPassword);
        assertThat(JSON.readTree(health.body()).path("components").propertyNames()).contains("db", "mail", "mailboxes");
    }

    @Test
    void everyAddressOfTheDirectoryHasAnEmbeddedAccountWhosePasswordIsDemo() throws Exception {
        List<String> addresses = DirectoryLoader.load(Path.of("config/directory.yml")).allAddresses();
        assertThat(addresses).hasSize(138);
        UserManager accounts = app.getBean(EmbeddedMailServer.class).greenMail().getUserManager();
        for (String address : addresses) {
            assertThat(accounts.test(address, "demo")).as(address).isTrue();
        }
        assertThat(accounts.test(COMMUNE, "wrong")).isFalse();
        assertThat(Mails.look(imapPort, "ha.lv@haihau.example", "demo", "INBOX").exists()).as("an IMAP login").isTrue();
    }

    @Test
    void theTwoSeedDispatchesAreImportedFromTheDispatchFolderWithATaskForEveryUnit() throws Exception {
        Map<String, Map<String, Object>> byNumber = new java.util.TreeMap<>();
        for (Map<String, Object> d : dispatches()) {
            byNumber.put((String) d.get("number"), d);
        }
        assertThat(byNumber).containsKeys("319/MTTQ-BTT", "22-CV/BDVHU");
        assertThat(byNumber.get("319/MTTQ-BTT")).containsEntry("office", "bac-ai-mttq");
        assertThat(((Map<?, ?>) byNumber.get("319/MTTQ-BTT").get("units")).get("total")).isEqualTo(9);
        assertThat(byNumber.get("22-CV/BDVHU")).containsEntry("office", "hai-hau-bdv");
        assertThat(((Map<?, ?>) byNumber.get("22-CV/BDVHU").get("units")).get("total")).isEqualTo(34);
        assertThat(startUpLog).contains("Imported dispatch 319/MTTQ-BTT (319-MTTQ-BTT-bac-ai.txt) for bac-ai-mttq",
                "Imported dispatch 22-CV/BDVHU (22-CV-BDVHU-hai-hau.txt) for hai-hau-bdv");
    }

    @Test
    void theDatabaseIsAnH2FileInTheDataFolder() {
        assertThat(app.getEnvironment().getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:");
        assertThat(dataDir.resolve("reportbot.mv.db")).isRegularFile();
    }

    @Test
    void thePollRunsEveryTwoMinutesRemindersEveryHourAndEachOfficesDigestAtHalfPastFourOnFridaysInVietnam()
            throws Exception {
        Scheduler quartz = app.getBean(Scheduler.class);
        Map<String, String> expected = Map.of("poll", "0 */2 * * * ?", "reminders", "0 0 * * * ?",
                "digest.bac-ai-mttq", "0 30 16 ? * FRI", "digest.hai-hau-bdv", "0 30 16 ? * FRI");
        for (var job : expected.entrySet()) {
            CronTrigger trigger = (CronTrigger) quartz.getTrigger(TriggerKey.triggerKey(job.getKey(), "reportbot"));
            assertThat(trigger).as(job.getKey()).isNotNull();
            assertThat(trigger.getCronExpression()).as(job.getKey()).isEqualTo(job.getValue());
            assertThat(trigger.getTimeZone().getID()).as(job.getKey()).isEqualTo("Asia/Ho_Chi_Minh");
        }
    }

    /** The commands of "Try the loop by hand", in their order, with what each comment says they do, first. */
    @Test
    @Order(1)
    void theLoopByHandRecordsTheReportAcknowledgesItRemindsTheOthersAndDigestsForTheStaff() throws Exception {
        Path fixture = Path.of("src/test/resources/e2e/report-phuoc-dai.eml");
        RawSmtp.deliver(smtpPort, COMMUNE, MAILBOX, Files.readAllBytes(fixture)); // curl smtp://… --upload-file

        job("poll"); // the IDLE watcher may have read it first: the job waits for that run, then reads what is left
        Map<String, Object> seed = dispatches().stream().filter(d -> "319/MTTQ-BTT".equals(d.get("number")))
                .findFirst().orElseThrow();
        assertThat(seed.get("units")).as("the report gives tasks 1 and 2 of the five")
                .isEqualTo(Map.of("total", 9, "reported", 0, "open", 9, "late", 0, "partial", 1));

        Map<String, Object> reminders = job("reminders");
        assertThat(reminders.get("details").toString()).as("Phước Đại still owes tasks 3 to 5")
                .contains("bac-ai-mttq 319/MTTQ-BTT: 9 reminder(s) queued");
        Map<String, Object> digest = job("digest");
        assertThat(digest.get("details").toString()).contains("bac-ai-mttq: digest queued for 2 staff member(s)");

        assertThat(Mails.look(imapPort, COMMUNE, "demo", "INBOX").subjects())
                .anyMatch(s -> s.startsWith("Re: Báo cáo kết quả thực hiện CV 319/MTTQ-BTT của xã Phước Đại [RB-"))
                .hasSize(2);
        assertThat(Mails.look(imapPort, "mttq.phuoctan@gmail.com", "demo", "INBOX").subjects())
                .anyMatch(s -> s.startsWith("Nhắc báo cáo Công văn số 319/MTTQ-BTT - Xã Phước Tân [RB-"));
        assertThat(Mails.look(imapPort, "ben.nv@bacai.example", "demo", "INBOX").subjects())
                .anyMatch(s -> s.startsWith("Tổng hợp"));
    }

    /** The first of the default steps ({@code reportbot.reminders.steps}) is 3 days before; each step comes once. */
    @Test
    void remindersStartThreeDaysBeforeTheDeadlineAndEachStepComesOnce() throws Exception {
        String text = Files.readString(Path.of("config/dispatches/319-MTTQ-BTT-bac-ai.txt"))
                .replace("Số: 319 /MTTQ-BTT", "Số: 320 /MTTQ-BTT");
        HttpResponse<String> created = send("POST", "/api/dispatches", text, "text/plain");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Object id = json(created.body()).get("id");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String reminded = "bac-ai-mttq 320/MTTQ-BTT: 9 reminder(s) queued";

        correctDeadline(id, today.plusDays(4));
        assertThat(job("reminders").get("details").toString()).doesNotContain("320/MTTQ-BTT");
        correctDeadline(id, today.plusDays(3));
        assertThat(job("reminders").get("details").toString()).contains(reminded);
        assertThat(job("reminders").get("details").toString()).as("the same step again").doesNotContain("320/MTTQ-BTT");
    }

    private void correctDeadline(Object dispatchId, LocalDate deadline) throws Exception {
        HttpResponse<String> patched = send("PATCH", "/api/dispatches/" + dispatchId,
                "{\"deadline\":\"" + deadline + "\"}", "application/json");
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
    }

    private Map<String, Object> job(String name) throws Exception {
        HttpResponse<String> run = send("POST", "/api/jobs/" + name + "/run", "", "text/plain");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        return json(run.body());
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> dispatches() throws Exception {
        HttpResponse<String> list = send("GET", "/api/dispatches", "admin:" + adminPassword);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return JSON.readValue(list.body(), List.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String body) {
        return JSON.readValue(body, Map.class);
    }

    private HttpResponse<String> send(String method, String path, String login) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (login != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(String method, String path, String body, String contentType)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + adminPassword)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", contentType + "; charset=UTF-8")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String port() {
        return app.getEnvironment().getProperty("local.server.port");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
