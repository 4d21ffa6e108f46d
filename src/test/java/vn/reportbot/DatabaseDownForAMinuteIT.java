package vn.reportbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.ServerSetupTest;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.DirectoryLoader;
import vn.reportbot.directory.Office;

/**
 * Issue #18, the database unavailable for a minute: the service (in a JVM of its own) reads both offices' mailboxes
 * on GreenMail and keeps its data in a PostgreSQL schema it reaches through a {@link FaultyProxy}. Reports arrive;
 * then, while more arrive, the database is away for 60 s: for 30 s the proxy refuses every connection (a server
 * down), for 30 s more it accepts them and never answers (a network that swallows them). Meanwhile the service keeps running,
 * {@code /actuator/health} answers DOWN (503), promptly, and no message is moved out of the INBOX without its
 * report. Then the database is back: health is UP again, and every report, before, during and after, is recorded
 * exactly once, moved, and acknowledged at most once.
 */
class DatabaseDownForAMinuteIT {

    private static final String PASSWORD = "pw";
    private static final String PROCESSED = "Processed";
    private static final Duration OUTAGE = Duration.ofSeconds(60);
    /** How long anything else may take: starting, recording, sending, recovering, on a loaded machine. */
    private static final Duration LIMIT = Duration.ofMinutes(3);
    /** How long a health request may take to answer, also while the database is away. */
    private static final Duration HEALTH_ANSWERS_WITHIN = Duration.ofSeconds(15);
    private static final Pattern PORT = Pattern.compile("Health: +http://localhost:(\\d+)/actuator/health");

    @TempDir
    Path work;

    private final Directory directory = DirectoryLoader.load(Path.of("config/directory.yml"));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private PromptGreenMail mail;
    private PostgresSchema database;
    private FaultyProxy proxy;
    private ServiceProcess service;

    @AfterEach
    void stopAll() throws Exception {
        if (service != null && service.isAlive()) {
            service.kill();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (mail != null) {
            mail.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void theServiceWaitsOutAMinuteWithoutItsDatabaseLosesNothingAndHealthSaysSoMeanwhile() throws Exception {
        database = PostgresSchema.requireServer("the database-down test");
        InetSocketAddress server = PostgresSchema.server();
        proxy = FaultyProxy.inFrontOf(server.getHostString(), server.getPort());
        mail = new PromptGreenMail(ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort());
        mail.start();
        for (String address : directory.allAddresses()) {
            mail.setUser(address, address, PASSWORD);
        }
        long seed = Long.getLong("reportbot.dbdown.seed", System.nanoTime());
        List<ReportTraffic.Mail> mails = ReportTraffic.generate(directory, 45, seed);
        List<ReportTraffic.Mail> before = mails.subList(0, 15);
        List<ReportTraffic.Mail> during = mails.subList(15, 30);
        List<ReportTraffic.Mail> after = mails.subList(30, 45);

        service = startService();
        await("the service is up", () -> httpPort() > 0, () -> "");
        String base = "http://127.0.0.1:" + httpPort();
        deliver(before);
        await("the reports before the outage are recorded and acknowledged", () -> done(before.size()), this::progress);
        assertThat(health(base).statusCode()).as("health before the outage").isEqualTo(200);

        proxy.mode(FaultyProxy.Mode.REFUSE);
        Instant down = Instant.now();
        deliver(during);
        // the health indicators' answers of one request serve the requests of the next second too (HealthTimeLimit):
        // the first answer that can know of the outage is one asked a second after the last answer before it
        Thread.sleep(1_100);
        List<String> answers = new ArrayList<>();
        long slowest = 0;
        boolean swallowing = false;
        while (Duration.between(down, Instant.now()).compareTo(OUTAGE) < 0) {
            if (!swallowing && Duration.between(down, Instant.now()).compareTo(OUTAGE.dividedBy(2)) >= 0) {
                proxy.mode(FaultyProxy.Mode.BLACKHOLE);
                swallowing = true;
            }
            Instant asked = Instant.now();
            HttpResponse<String> health = health(base);
            long took = Duration.between(asked, Instant.now()).toMillis();
            slowest = Math.max(slowest, took);
            answers.add(health.statusCode() + " " + health.body() + " in " + took + " ms");
            assertThat(health.statusCode()).as("health while the database is away (%s)", answers).isEqualTo(503);
            assertThat(health.body()).contains("\"status\":\"DOWN\"");
            assertThat(service.isAlive()).as("the service keeps running\n%s", service.logTail(40)).isTrue();
            noMessageIsMovedWithoutItsReport();
            assertThat(directory.offices().stream().mapToInt(o -> folder(o.mailbox(), "INBOX").getMessageCount()).sum())
                    .as("the reports that arrived meanwhile wait in the INBOX").isEqualTo(during.size());
            assertThat(directory.offices().stream().flatMap(o -> folder(o.mailbox(), "INBOX").getMessages().stream())
                    .filter(m -> m.isSet(jakarta.mail.Flags.Flag.SEEN)).count()).as("messages marked \\Seen").isZero();
            service.runsFor(Duration.ofSeconds(2));
        }
        assertThat(recorded()).as("nothing is recorded while the database is away").isEqualTo(before.size());

        proxy.mode(FaultyProxy.Mode.PASS);
        Instant back = Instant.now();
        await("health is UP again", () -> health(base).statusCode() == 200, () -> "");
        Duration healthBack = Duration.between(back, Instant.now());
        // no new message comes to wake a poll: the service reads what waits of its own accord
        await("the reports that arrived meanwhile are recorded", () -> recorded() == before.size() + during.size(),
                this::progress);
        Duration duringRecorded = Duration.between(back, Instant.now());
        await("Quartz checks in again and fires the scheduled poll", () -> quartzAliveSince(back), this::progress);
        deliver(after);
        await("every report is recorded, moved and acknowledged", () -> done(mails.size()), this::progress);
        Duration allDone = Duration.between(back, Instant.now());
        service.stop();

        everyMessageIsRecordedOnceMovedAndAcknowledgedAtMostOnce(mails);
        assertThat(database.jdbc().sql("SELECT COUNT(*) FROM mailbox_attempt").query(Long.class).single())
                .as("the database being away is no failed attempt at a message").isZero();
        System.out.printf("Database down for %d s: %d reports before, %d during, %d after; %d health answers meanwhile, all"
                        + " 503 DOWN (30 s refused, 30 s swallowed), the slowest in %d ms; after the database was back: health UP in %.1f s, the reports"
                        + " of the outage recorded in %.1f s, all in %.1f s; none lost, none twice; %d proxy connections;"
                        + " seed %d (again with -Dreportbot.dbdown.seed=%d)%n",
                OUTAGE.toSeconds(), before.size(), during.size(), after.size(), answers.size(), slowest,
                healthBack.toMillis() / 1000.0, duringRecorded.toMillis() / 1000.0, allDone.toMillis() / 1000.0,
                proxy.connections(), seed, seed);
    }

    private ServiceProcess startService() throws IOException {
        Path dispatches = work.resolve("dispatches");
        Files.createDirectories(dispatches);
        for (String seedFile : List.of("319-MTTQ-BTT-bac-ai.txt", "22-CV-BDVHU-hai-hau.txt")) {
            Files.copy(Path.of("config/dispatches", seedFile), dispatches.resolve(seedFile));
        }
        List<String> args = new ArrayList<>(List.of(
                "--reportbot.directory=config/directory.yml",
                "--reportbot.templates=templates",
                "--reportbot.data-dir=" + work.resolve("data"),
                "--reportbot.dispatches=" + dispatches,
                "--reportbot.embedded-mail.enabled=false",
                "--reportbot.admin.password=secret",
                "--reportbot.mailbox.processed-folder=" + PROCESSED,
                "--reportbot.schedule.poll=0/20 * * * * ?",
                "--reportbot.schedule.reminders=",
                "--reportbot.schedule.digest=",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + mail.smtpPort()));
        for (Office office : directory.offices()) {
            args.add("--reportbot.mailboxes." + office.id() + ".url=imap://" + office.mailbox().replace("@", "%40") + ":"
                    + PASSWORD + "@127.0.0.1:" + mail.imapPort() + "/INBOX");
        }
        args.addAll(database.serviceArgumentsThrough(proxy.port()));
        return ServiceProcess.start(args, work.resolve("service.log"));
    }

    /** The HTTP port the service logged at start-up; 0 before. */
    private int httpPort() {
        try {
            Matcher port = PORT.matcher(Files.readString(work.resolve("service.log")));
            return port.find() ? Integer.parseInt(port.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private HttpResponse<String> health(String base) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).timeout(HEALTH_ANSWERS_WITHIN)
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("/actuator/health did not answer within " + HEALTH_ANSWERS_WITHIN.toSeconds() + " s: "
                    + e + "\n" + service.logTail(40), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private void deliver(List<ReportTraffic.Mail> mails) throws IOException {
        for (ReportTraffic.Mail m : mails) {
            RawSmtp.deliver(mail.smtpPort(), m.from(), m.mailbox(), m.raw());
        }
    }

    /** Every one of {@code expected} messages recorded, the INBOXes empty, no mail left to send. */
    private boolean done(int expected) {
        boolean inboxesEmpty = directory.offices().stream().allMatch(o -> folder(o.mailbox(), "INBOX").getMessageCount() == 0);
        return inboxesEmpty && recorded() == expected
                && count("SELECT COUNT(*) FROM outbox WHERE status NOT IN ('SENT', 'FAILED', 'INTERRUPTED')") == 0;
    }

    private String progress() {
        return recorded() + " recorded, " + count("SELECT COUNT(*) FROM outbox WHERE status = 'SENT'") + " sent";
    }

    /** Whether the scheduler has checked in and fired the poll's trigger since {@code since}. */
    private boolean quartzAliveSince(Instant since) {
        long checkedIn = count("SELECT MAX(LAST_CHECKIN_TIME) FROM QRTZ_SCHEDULER_STATE");
        long fired = count("SELECT PREV_FIRE_TIME FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME = 'poll'");
        return checkedIn > since.toEpochMilli() && fired > since.toEpochMilli();
    }

    private long recorded() {
        return count("SELECT COUNT(*) FROM report");
    }

    private long count(String sql) {
        return database.jdbc().sql(sql).query(Long.class).single();
    }

    /** No processed folder holds a message without its report (the folders are read first). */
    private void noMessageIsMovedWithoutItsReport() throws MessagingException {
        List<String> moved = new ArrayList<>();
        for (Office office : directory.offices()) {
            MailFolder processed = mail.getManagers().getImapHostManager()
                    .getFolder(mail.getUserManager().getUserByEmail(office.mailbox()), PROCESSED);
            if (processed != null) {
                for (StoredMessage m : processed.getMessages()) {
                    moved.add(m.getMimeMessage().getMessageID());
                }
            }
        }
        Set<String> recordedIds = new HashSet<>(database.jdbc().sql("SELECT message_id FROM report").query(String.class).list());
        assertThat(moved.stream().filter(id -> !recordedIds.contains(id)).toList())
                .as("messages moved to the processed folder without their report").isEmpty();
    }

    private void everyMessageIsRecordedOnceMovedAndAcknowledgedAtMostOnce(List<ReportTraffic.Mail> mails)
            throws MessagingException {
        JdbcClient db = database.jdbc();
        Map<String, ReportTraffic.Mail> byId = mails.stream()
                .collect(Collectors.toMap(ReportTraffic.Mail::messageId, m -> m));
        List<String[]> rows = db.sql("SELECT message_id, decision FROM report")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        Map<String, Long> times = rows.stream().collect(Collectors.groupingBy(r -> r[0], Collectors.counting()));
        assertThat(times.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
                .as("messages recorded more than once").isEmpty();
        assertThat(byId.keySet().stream().filter(id -> !times.containsKey(id)).toList()).as("messages lost").isEmpty();
        assertThat(rows.stream().filter(r -> !byId.get(r[0]).expectedDecision().equals(r[1])).map(r -> r[0] + ": " + r[1])
                .toList()).as("messages decided otherwise than expected").isEmpty();

        for (Office office : directory.offices()) {
            List<String> moved = new ArrayList<>();
            for (StoredMessage m : folder(office.mailbox(), PROCESSED).getMessages()) {
                moved.add(m.getMimeMessage().getMessageID());
            }
            assertThat(moved).as("the processed folder of %s", office.id()).containsExactlyInAnyOrderElementsOf(
                    mails.stream().filter(m -> m.officeId().equals(office.id())).map(ReportTraffic.Mail::messageId).toList());
        }

        List<String> matched = mails.stream().filter(m -> m.expectedDecision().equals("MATCHED"))
                .map(ReportTraffic.Mail::messageId).sorted().toList();
        assertThat(db.sql("SELECT in_reply_to FROM outbox WHERE kind = 'acknowledgement' AND status = 'SENT'")
                .query(String.class).list().stream().sorted().toList())
                .as("one acknowledgement sent for each matched report").isEqualTo(matched);
        Map<String, Long> received = new HashMap<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            if ("auto-generated".equals(m.getHeader("Auto-Submitted", null))) {
                received.merge(m.getHeader("In-Reply-To", null), 1L, Long::sum);
            }
        }
        assertThat(received.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
                .as("reports acknowledged more than once").isEmpty();
        assertThat(received.keySet().stream().sorted().toList()).as("the acknowledgements the communes received")
                .isEqualTo(matched);
    }

    private MailFolder folder(String address, String name) {
        MailFolder folder = mail.getManagers().getImapHostManager()
                .getFolder(mail.getUserManager().getUserByEmail(address), name);
        assertThat(folder).as("folder %s of %s", name, address).isNotNull();
        return folder;
    }

    /** Checks {@code condition} every 200 ms until it holds; fails after {@link #LIMIT} or when the service dies. */
    private DatabaseDownForAMinuteIT await(String what, BooleanSupplier condition, java.util.function.Supplier<String> state) {
        Instant limit = Instant.now().plus(LIMIT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(limit)) {
                throw new AssertionError("not within " + LIMIT.toMinutes() + " min (" + state.get() + "): " + what + "\n"
                        + service.logTail(60));
            }
            service.runsFor(Duration.ofMillis(200));
        }
        return this;
    }
}
