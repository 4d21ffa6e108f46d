package vn.reportbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * Issue #4, the crash test: while 2,000 reports arrive in both offices' mailboxes, the service is killed with
 * SIGKILL at random moments (during start-up, while it reads, records, moves and acknowledges) and started again,
 * several times; the last run finishes the work. Then every message is recorded exactly once, moved to the
 * processed folder, and acknowledged at most once. The service runs in a JVM of its own on PostgreSQL, in a schema
 * of its own, reading and sending through the test's GreenMail. The seed is printed;
 * {@code -Dreportbot.crash.seed=N} draws the same messages and kill moments again.
 */
class CrashRecoveryIT {

    private static final int MESSAGES = 2_000;
    private static final int KILLS = 5;
    private static final String PASSWORD = "pw";
    private static final String PROCESSED = "Processed";
    /** How long the service may show no progress (starting, recording, sending) before the test gives up. */
    private static final Duration STALL = Duration.ofSeconds(90);
    /** How long a wait may last at all. */
    private static final Duration LIMIT = Duration.ofMinutes(10);

    @TempDir
    Path work;

    private final Directory directory = DirectoryLoader.load(Path.of("config/directory.yml"));
    private final List<ServiceProcess> runs = new ArrayList<>();
    private PromptGreenMail mail;
    private PostgresSchema schema;
    private PacedDelivery delivery;

    @BeforeEach
    void startServers() {
        schema = PostgresSchema.requireServer("the crash test");
        mail = new PromptGreenMail(ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort());
        mail.start();
        for (String address : directory.allAddresses()) {
            mail.setUser(address, address, PASSWORD);
        }
    }

    @AfterEach
    void stopAll() throws Exception {
        if (delivery != null) {
            delivery.close();
        }
        for (ServiceProcess run : runs) {
            if (run.isAlive()) {
                run.kill();
            }
        }
        if (mail != null) {
            mail.stop();
        }
        if (schema != null) {
            schema.close();
        }
    }

    @Test
    void everyMessageIsRecordedOnceMovedAndAcknowledgedAtMostOnceThoughTheServiceIsKilledAgainAndAgain() throws Exception {
        long seed = Long.getLong("reportbot.crash.seed", System.nanoTime());
        System.out.println("Crash test seed " + seed + " (again with -Dreportbot.crash.seed=" + seed + ")");
        Random random = new Random(seed);
        List<ReportTraffic.Mail> mails = ReportTraffic.generate(directory, MESSAGES, seed);
        Instant began = Instant.now();
        try {
            delivery = PacedDelivery.start(mails, mail.smtpPort(), 25, Duration.ofMillis(400));
            List<String> kills = new ArrayList<>();
            for (int k = 1; k <= KILLS; k++) {
                kills.add(killAtARandomMoment(startService(), random));
            }
            ServiceProcess last = startService();
            await("every message is delivered, recorded and moved and every acknowledgement sent", last,
                    () -> delivery.done() && allDone(mails.size()));
            last.stop();

            Map<String, ReportTraffic.Mail> byId = mails.stream()
                    .collect(Collectors.toMap(ReportTraffic.Mail::messageId, Function.identity()));
            everyMessageIsRecordedExactlyOnceWithTheExpectedDecision(byId);
            everyMatchedMessageIsAcknowledgedAtMostOnce(byId);
            everyMessageIsMovedToTheProcessedFolderAndTheInboxesAreEmpty(mails);
            long leftovers = everyRecordedMessageIsStoredWhole();
            assertThat(db().sql("SELECT COUNT(*) FROM mailbox_attempt").query(Long.class).single())
                    .as("a kill is not a failed attempt").isZero();

            System.out.printf("Crash test: %d messages, %d kills (%s), %d starts, %d s; %d acknowledgements sent, %d cut short"
                            + " by a kill and not sent again; %d temporary raw file(s) left; seed %d%n", MESSAGES, KILLS,
                    String.join("; ", kills), runs.size(), Duration.between(began, Instant.now()).toSeconds(), sent(),
                    count("SELECT COUNT(*) FROM outbox WHERE status = 'INTERRUPTED'"), leftovers, seed);
        } catch (AssertionError | RuntimeException e) {
            for (ServiceProcess run : runs) {
                System.out.println(run.logTail(30));
            }
            throw e;
        }
    }

    private ServiceProcess startService() throws IOException {
        Path dispatches = work.resolve("dispatches");
        if (!Files.isDirectory(dispatches)) {
            Files.createDirectories(dispatches);
            for (String seedFile : List.of("319-MTTQ-BTT-bac-ai.txt", "22-CV-BDVHU-hai-hau.txt")) {
                Files.copy(Path.of("config/dispatches", seedFile), dispatches.resolve(seedFile));
            }
        }
        List<String> args = new ArrayList<>(List.of(
                "--reportbot.directory=config/directory.yml",
                "--reportbot.templates=templates",
                "--reportbot.data-dir=" + work.resolve("data"),
                "--reportbot.dispatches=" + dispatches,
                "--reportbot.embedded-mail.enabled=false",
                "--reportbot.admin.password=secret",
                "--reportbot.mailbox.idle=true",
                "--reportbot.mailbox.reconnect-min=200ms",
                "--reportbot.mailbox.reconnect-max=1s",
                "--reportbot.mailbox.processed-folder=" + PROCESSED,
                "--reportbot.schedule.poll=0/5 * * * * ?",
                "--reportbot.schedule.reminders=",
                "--reportbot.schedule.digest=",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + mail.smtpPort()));
        for (Office office : directory.offices()) {
            args.add("--reportbot.mailboxes." + office.id() + ".url=imap://" + office.mailbox().replace("@", "%40") + ":"
                    + PASSWORD + "@127.0.0.1:" + mail.imapPort() + "/INBOX");
        }
        args.addAll(schema.serviceArguments());
        ServiceProcess run = ServiceProcess.start(args, work.resolve("run-" + (runs.size() + 1) + ".log"));
        runs.add(run);
        return run;
    }

    /**
     * Kills the service at a moment drawn from {@code random}, one of five kinds: while it starts (up to four
     * seconds after it was launched); while it records messages (a little after it recorded 20 to 250 more); as the
     * server moves a message into the processed folder (the next move after 20 to 250 more were recorded); while it
     * sends acknowledgements (a little after it sent 5 to 100 more); as the server stores an acknowledgement (the
     * next one after 5 to 100 more were sent). Returns what the moment was.
     */
    private String killAtARandomMoment(ServiceProcess run, Random random) throws InterruptedException {
        Instant started = Instant.now();
        long recordedBefore = recorded();
        long sentBefore = sent();
        String moment;
        switch (random.nextInt(5)) {
            case 0 -> {
                moment = "while starting";
                run.runsFor(Duration.ofMillis(300 + random.nextInt(3_700)));
            }
            case 1 -> {
                moment = "while recording";
                long more = 20 + random.nextInt(231);
                await(more + " more messages are recorded", run, () -> recorded() >= recordedBefore + more);
                run.runsFor(Duration.ofMillis(random.nextInt(200)));
            }
            case 2 -> {
                moment = "as a message is moved";
                long more = 20 + random.nextInt(231);
                await(more + " more messages are recorded and each mailbox has its processed folder", run,
                        () -> recorded() >= recordedBefore + more && processedFolders().size() == directory.offices().size());
                killOnArrival(run, processedFolders());
            }
            case 3 -> {
                moment = "while acknowledging";
                long more = 5 + random.nextInt(96);
                await(more + " more acknowledgements are sent", run, () -> sent() >= sentBefore + more);
                run.runsFor(Duration.ofMillis(random.nextInt(50)));
            }
            default -> {
                moment = "as an acknowledgement arrives";
                long more = 5 + random.nextInt(96);
                await(more + " more acknowledgements are sent", run, () -> sent() >= sentBefore + more);
                killOnArrival(run, unitInboxes());
            }
        }
        long recordedAtKill = recorded();
        long sentAtKill = sent();
        int status = run.kill();
        assertThat(status).as("the exit status of a process ended by SIGKILL").isEqualTo(ServiceProcess.KILLED);
        return String.format("%s, after %.1f s, %d recorded and %d sent in that run", moment,
                Duration.between(started, Instant.now()).toMillis() / 1000.0, recordedAtKill - recordedBefore,
                sentAtKill - sentBefore);
    }

    /** Waits until a message arriving in one of {@code folders} has killed the service. */
    private void killOnArrival(ServiceProcess run, List<MailFolder> folders) throws InterruptedException {
        try (KillOnArrival trigger = KillOnArrival.arm(run, folders)) {
            Instant limit = Instant.now().plus(STALL);
            while (run.stillRunsAfter(Duration.ofMillis(200))) {
                if (Instant.now().isAfter(limit)) {
                    throw new AssertionError("nothing arrived within " + STALL.toSeconds() + " s to kill the service on");
                }
            }
            assertThat(trigger.fired()).as("the service was killed by the arrival, not dead by itself").isTrue();
        }
    }

    /** The processed folders the service has created so far: each at the first poll of its mailbox. */
    private List<MailFolder> processedFolders() {
        return directory.offices().stream()
                .map(o -> mail.getManagers().getImapHostManager().getFolder(mail.getUserManager().getUserByEmail(o.mailbox()),
                        PROCESSED))
                .filter(java.util.Objects::nonNull).toList();
    }

    private List<MailFolder> unitInboxes() {
        List<MailFolder> inboxes = new ArrayList<>();
        for (Office office : directory.offices()) {
            for (var unit : office.units()) {
                for (String address : unit.emails()) {
                    inboxes.add(folder(address, "INBOX"));
                }
            }
        }
        return inboxes;
    }

    private boolean allDone(int expected) {
        long queued = db().sql("SELECT COUNT(*) FROM outbox WHERE status NOT IN ('SENT', 'FAILED', 'INTERRUPTED')")
                .query(Long.class).single();
        return recorded() == expected && queued == 0 && directory.offices().stream().allMatch(o -> folder(o, "INBOX")
                .getMessageCount() == 0);
    }

    private long recorded() {
        return count("SELECT COUNT(*) FROM report");
    }

    private long sent() {
        return count("SELECT COUNT(*) FROM outbox WHERE status = 'SENT'");
    }

    private long count(String sql) {
        try {
            return db().sql(sql).query(Long.class).single();
        } catch (RuntimeException e) {
            return 0; // before the first start has created the tables
        }
    }

    private void everyMessageIsRecordedExactlyOnceWithTheExpectedDecision(Map<String, ReportTraffic.Mail> byId) {
        List<String[]> rows = db().sql("SELECT message_id, decision FROM report")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        Map<String, Long> times = rows.stream().collect(Collectors.groupingBy(r -> String.valueOf(r[0]), Collectors.counting()));
        assertThat(times.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
                .as("messages recorded more than once").isEmpty();
        assertThat(byId.keySet().stream().filter(id -> !times.containsKey(id)).toList()).as("messages not recorded").isEmpty();
        assertThat(rows).as("report entries").hasSize(byId.size());
        List<String> wrong = rows.stream().filter(r -> !byId.get(r[0]).expectedDecision().equals(r[1]))
                .map(r -> r[0] + " from " + byId.get(r[0]).from() + ": " + r[1] + ", expected " + byId.get(r[0]).expectedDecision())
                .toList();
        assertThat(wrong).as("messages decided otherwise than expected").isEmpty();
    }

    private void everyMatchedMessageIsAcknowledgedAtMostOnce(Map<String, ReportTraffic.Mail> byId) throws MessagingException {
        List<String> matched = byId.values().stream().filter(m -> m.expectedDecision().equals("MATCHED"))
                .map(ReportTraffic.Mail::messageId).toList();
        List<String[]> queued = db().sql("SELECT in_reply_to, status, message_id FROM outbox WHERE kind = 'acknowledgement'")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
        assertThat(queued.stream().map(r -> r[0]).sorted().toList()).as("one acknowledgement queued per matched message")
                .isEqualTo(matched.stream().sorted().toList());

        Map<String, Long> received = new HashMap<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            if ("auto-generated".equals(m.getHeader("Auto-Submitted", null))) {
                received.merge(m.getHeader("In-Reply-To", null) + " " + m.getMessageID(), 1L, Long::sum);
            }
        }
        assertThat(received.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
                .as("acknowledgements received more than once").isEmpty();
        Map<String, Long> perReport = received.keySet().stream()
                .collect(Collectors.groupingBy(k -> k.substring(0, k.indexOf(' ')), Collectors.counting()));
        assertThat(perReport.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
                .as("reports acknowledged more than once").isEmpty();
        assertThat(perReport.keySet().stream().filter(id -> !matched.contains(id)).toList())
                .as("acknowledgements of messages that were not matched").isEmpty();
        List<String> sentNotReceived = queued.stream().filter(r -> r[1].equals("SENT"))
                .filter(r -> !received.containsKey(r[0] + " " + r[2])).map(r -> r[0]).toList();
        assertThat(sentNotReceived).as("acknowledgements marked sent that never arrived").isEmpty();
        long interrupted = queued.stream().filter(r -> r[1].equals("INTERRUPTED")).count();
        assertThat(queued.stream().map(r -> r[1]).distinct().toList()).as("outbox statuses").isSubsetOf("SENT", "INTERRUPTED");
        assertThat(interrupted).as("acknowledgements interrupted by a kill while being sent").isLessThanOrEqualTo(KILLS);
    }

    private void everyMessageIsMovedToTheProcessedFolderAndTheInboxesAreEmpty(List<ReportTraffic.Mail> mails)
            throws MessagingException {
        for (Office office : directory.offices()) {
            assertThat(folder(office, "INBOX").getMessageCount()).as("messages left in the INBOX of %s", office.id()).isZero();
            List<String> moved = new ArrayList<>();
            for (StoredMessage m : folder(office, PROCESSED).getMessages()) {
                assertThat(m.isSet(Flags.Flag.SEEN)).as("a processed message is \\Seen").isTrue();
                moved.add(m.getMimeMessage().getMessageID());
            }
            List<String> expected = mails.stream().filter(m -> m.officeId().equals(office.id()))
                    .map(ReportTraffic.Mail::messageId).sorted().toList();
            assertThat(moved.stream().sorted().toList()).as("the processed folder of %s", office.id()).isEqualTo(expected);
        }
    }

    /** Checks every recorded message's raw file; returns how many temporary files kills left beside them. */
    private long everyRecordedMessageIsStoredWhole() throws IOException {
        Path store = work.resolve("data/messages");
        for (String sha : db().sql("SELECT raw_sha256 FROM report").query(String.class).list()) {
            Path file = store.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha + ".eml");
            assertThat(file).as("the raw message of a recorded report").exists();
            assertThat(sha256(Files.readAllBytes(file))).as("the content of %s", file).isEqualTo(sha);
        }
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(f -> f.toString().endsWith(".part")).count();
        }
    }

    private MailFolder folder(Office office, String name) {
        return folder(office.mailbox(), name);
    }

    private MailFolder folder(String address, String name) {
        var user = mail.getUserManager().getUserByEmail(address);
        MailFolder folder = mail.getManagers().getImapHostManager().getFolder(user, name);
        assertThat(folder).as("folder %s of %s", name, address).isNotNull();
        return folder;
    }

    private JdbcClient db() {
        return schema.jdbc();
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Checks {@code condition} every 200 ms until it holds. Fails when {@code run} dies, or when for {@link #STALL}
     * it neither wrote to its log nor recorded or sent anything (on a busy machine the service is slow, not stuck),
     * and after {@link #LIMIT} in any case.
     */
    private void await(String what, ServiceProcess run, BooleanSupplier condition) {
        Instant limit = Instant.now().plus(LIMIT);
        Instant lastProgress = Instant.now();
        String progress = progress(run);
        while (!condition.getAsBoolean()) {
            String now = progress(run);
            if (!now.equals(progress)) {
                progress = now;
                lastProgress = Instant.now();
            } else if (Duration.between(lastProgress, Instant.now()).compareTo(STALL) > 0) {
                throw new AssertionError("no progress for " + STALL.toSeconds() + " s (" + now + ") before " + what);
            } else if (Instant.now().isAfter(limit)) {
                throw new AssertionError("not within " + LIMIT.toMinutes() + " min (" + now + "): " + what);
            }
            run.runsFor(Duration.ofMillis(200));
        }
    }

    private String progress(ServiceProcess run) {
        return run.logSize() + " bytes logged, " + recorded() + " recorded, " + sent() + " sent";
    }
}
