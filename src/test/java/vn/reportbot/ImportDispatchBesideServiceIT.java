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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.util.ServerSetupTest;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.DirectoryLoader;
import vn.reportbot.directory.Office;

/**
 * Issue #13, point 8: {@code import-dispatch}, in a JVM of its own, imports into the embedded default H2 database of
 * a service that is running on it, and the service lists the dispatch, matches a report to it and sends its
 * announcements without a restart. Without a service the command opens the database itself.
 */
class ImportDispatchBesideServiceIT {

    private static final String PASSWORD = "pw";
    private static final String DISPATCH = "src/test/resources/staffmail/cv-325-mttq-bac-ai.docx";
    private static final Pattern API = Pattern.compile("Admin API: {2}http://localhost:(\\d+)/");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };
    private static final TypeReference<List<Map<String, Object>>> LIST = new TypeReference<>() { };

    @TempDir
    Path work;

    private final Directory directory = DirectoryLoader.load(Path.of("config/directory.yml"));
    private final HttpClient http = HttpClient.newHttpClient();
    private PromptGreenMail mail;
    private ServiceProcess service;
    private int port;

    @AfterEach
    void stopAll() throws InterruptedException {
        if (service != null && service.isAlive()) {
            service.stop();
        }
        if (mail != null) {
            mail.stop();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDispatchImportedBesideTheRunningServiceIsListedMatchedAndAnnouncedByItWithoutARestart() throws Exception {
        startService();
        // the service reads each office's dispatches (none yet) and keeps the list
        assertThat(post("/api/jobs/reminders/run").statusCode()).isEqualTo(200);

        Command imported = importDispatch(DISPATCH);

        assertThat(imported.status()).as(imported.output()).isZero();
        Map<String, Object> line = JSON.readValue(imported.output().lines().filter(l -> l.startsWith("{")).findFirst().orElseThrow(), OBJECT);
        assertThat(line).containsEntry("number", "325/MTTQ-BTT").containsEntry("office", "bac-ai-mttq")
                .containsEntry("tasksOpened", 9);
        long id = ((Number) line.get("id")).longValue();
        List<Map<String, Object>> dispatches = JSON.readValue(get("/api/dispatches"), LIST);
        assertThat(dispatches).singleElement().satisfies(d -> {
            assertThat(d).containsEntry("number", "325/MTTQ-BTT");
            assertThat((Map<String, Object>) d.get("units")).containsEntry("total", 9).containsEntry("open", 9);
        });
        assertThat(unitStatuses(id)).hasSize(9).containsEntry("phuoc-dai", "OVERDUE"); // due 20/10/2021

        RawSmtp.deliver(mail.smtpPort(), "mttq.phuocdai@gmail.com", "mattrabbacai@gmail.com", report());
        Map<String, Object> poll = JSON.readValue(post("/api/jobs/poll/run").body(), OBJECT);

        assertThat(poll).containsEntry("messagesRead", 1).containsEntry("mailsSent", 10); // 9 announcements, 1 ack
        assertThat(JSON.readValue(get("/api/reports?decision=MATCHED"), LIST)).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("unit", "phuoc-dai").containsEntry("dispatch", "325/MTTQ-BTT"));
        assertThat(unitStatuses(id)).containsEntry("phuoc-dai", "LATE");
        Set<String> announced = new TreeSet<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            for (Address to : m.getRecipients(Message.RecipientType.TO)) {
                announced.add(((InternetAddress) to).getAddress());
            }
        }
        assertThat(announced).containsAll(directory.requireOffice("bac-ai-mttq").units().stream()
                .map(u -> u.emails().get(0)).toList());
    }

    @Test
    void withNoServiceRunningTheCommandOpensTheDatabaseItself() throws Exception {
        Command imported = importDispatch(DISPATCH);

        assertThat(imported.status()).as(imported.output()).isZero();
        assertThat(imported.output()).contains("\"number\":\"325/MTTQ-BTT\"", "\"tasksOpened\":9");
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + work.resolve("data/reportbot"), "sa", "");
             ResultSet tasks = db.createStatement().executeQuery("SELECT COUNT(*) FROM reporting_task")) {
            tasks.next();
            assertThat(tasks.getInt(1)).isEqualTo(9);
            ResultSet schedule = db.createStatement().executeQuery(
                    "SELECT (SELECT COUNT(*) FROM QRTZ_JOB_DETAILS) + (SELECT COUNT(*) FROM QRTZ_TRIGGERS)"
                            + " + (SELECT COUNT(*) FROM QRTZ_SCHEDULER_STATE)");
            schedule.next();
            assertThat(schedule.getInt(1)).as("the command schedules nothing in the database").isZero();
        }
    }

    private void startService() throws Exception {
        mail = new PromptGreenMail(ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort());
        mail.start();
        for (String address : directory.allAddresses()) {
            mail.setUser(address, address, PASSWORD);
        }
        List<String> args = new ArrayList<>(settings());
        args.addAll(List.of("--reportbot.admin.password=secret", "--reportbot.embedded-mail.enabled=false",
                "--reportbot.mailbox.idle=false", "--reportbot.schedule.poll=", "--reportbot.schedule.reminders=",
                "--reportbot.schedule.digest=", "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mail.smtpPort()));
        for (Office office : directory.offices()) {
            args.add("--reportbot.mailboxes." + office.id() + ".url=imap://" + URLEncoder.encode(office.mailbox(),
                    StandardCharsets.UTF_8) + ":" + PASSWORD + "@127.0.0.1:" + mail.imapPort() + "/INBOX");
        }
        Path log = work.resolve("service.log");
        service = ServiceProcess.start(args, log);
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        while (port == 0) {
            Matcher m = API.matcher(Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "");
            if (m.find()) {
                port = Integer.parseInt(m.group(1));
            } else if (!service.isAlive() || Instant.now().isAfter(giveUp)) {
                throw new AssertionError("the service did not start\n" + service.logTail(40));
            } else {
                Thread.sleep(200);
            }
        }
    }

    /** What the service and the command share: the embedded default database in one data folder. */
    private List<String> settings() {
        return List.of("--reportbot.data-dir=" + work.resolve("data"), "--reportbot.dispatches=" + work.resolve("none"),
                "--reportbot.dispatch.announce=true");
    }

    private record Command(int status, String output) {
    }

    /** {@code import-dispatch FILE} as an operator would run it, in a JVM of its own. */
    private Command importDispatch(String file) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-cp", ServiceClasspath.ofThisTestRun(), ReportbotApplication.class.getName(), "import-dispatch"));
        command.addAll(settings());
        command.add(file);
        Path output = work.resolve("import-" + System.nanoTime() + ".out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("import-dispatch still runs after 2 minutes: " + Files.readString(output));
        }
        return new Command(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    private static byte[] report() {
        return ("From: MTTQ xa Phuoc Dai <mttq.phuocdai@gmail.com>\r\nTo: mattrabbacai@gmail.com\r\n"
                + "Subject: =?utf-8?b?" + Base64.getEncoder().encodeToString(
                "Báo cáo kết quả vận động theo Công văn 325/MTTQ-BTT".getBytes(StandardCharsets.UTF_8)) + "?=\r\n"
                + "Message-ID: <phuocdai.325@mail.example>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + "Xã Phước Đại báo cáo kết quả vận động ủng hộ Quỹ phòng, chống dịch Covid-19.\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private Map<String, String> unitStatuses(long dispatchId) throws IOException, InterruptedException {
        Map<String, String> byUnit = new java.util.TreeMap<>();
        for (Object unit : (List<?>) JSON.readValue(get("/api/dispatches/" + dispatchId + "/status"), OBJECT).get("units")) {
            byUnit.put((String) ((Map<?, ?>) unit).get("unit"), (String) ((Map<?, ?>) unit).get("status"));
        }
        return byUnit;
    }

    private HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return http.send(request(path).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(path).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("admin:secret".getBytes(StandardCharsets.UTF_8)));
    }
}
