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
 * Issues #4 and #13, the crash test: while reports arrive in both offices' mailboxes, the service is killed with
 * SIGKILL at random moments (during start-up, while it reads, records, moves and acknowledges; at least once while it
 * takes in reports and once while it sends acknowledgements) and started again, several times; the last run
 * finishes the work. Then every message is recorded exactly once, moved to the processed folder, and acknowledged at
 * most once: no commune's mailbox holds two acknowledgements of one report. The service runs in a JVM of its own,
 * reading and sending through the test's GreenMail, once on PostgreSQL (2,000 reports, in a schema of its own) and
 * once on its default embedded H2 database (600 reports). The seed is printed; {@code -Dreportbot.crash.seed=N}
 * draws the same messages and kill moments again.
 */
class CrashRecoveryIT {

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
    /** The last count each query gave, for while no service answers (killed, or not up yet). */
    private final Map<String, Long> lastCounts = new HashMap<>();
    private PromptGreenMail mail;
    private CrashDatabase database;
    private PacedDelivery delivery;
    private int messages;
    private int kills;

    @BeforeEach
    void startMailServer() {
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
        if (database != null) {
            database.close();
        }
    }

    @Test
    void onPostgreSqlEveryMessageIsRecordedOnceMovedAndAcknowledgedAtMostOnceThoughTheServiceIsKilledAgainAndAgain()
            throws Exception {
        database = PostgresSchema.requireServer("the crash test on PostgreSQL");
        killAgainAndAgain(2_000, 5);
    }

    @Test
    void onTheDefaultH2EveryMessageIsRecordedOnceMovedAndAcknowledgedAtMostOnceThoughTheServiceIsKilledAgainAndAgain()
            throws Exception {
        database = new EmbeddedH2(work.resolve("data"), work);
        killAgainAndAgain(600, 4);
    }

    private void killAgainAndAgain(int messageCount, int killCount) throws Exception {
        messages = messageCount;
        kills = killCount;
        long seed = Long.getLong("reportbot.crash.seed", System.nanoTime());
        System.out.println("Crash test on " + database.name() + ", seed " + seed + " (again with -Dreportbot.crash.seed="
                + seed + ")");
        Random random = new Random(seed);
        List<ReportTraffic.Mail> mails = ReportTraffic.generate(directory, messages, seed);
        Instant began = Instant.now();
        List<String> killed = new ArrayList<>();
        try {
            // about 30 s of arrivals, whatever the number of messages
            delivery = PacedDelivery.start(mails, mail.smtpPort(), Math.max(5, messages / 80), Duration.ofMillis(400));
            for (Moment moment : moments(random)) {
                killed.add(kill(startService(), moment, random));
            }
            ServiceProcess last = startService();
            await("every message is delivered, recorded and moved and every acknowledgement sent", last,
                    () -> delivery.done() && allDone(mails.size()));
            last.stop();
            database.serviceStoppedForGood();

            Map<String, ReportTraffic.Mail> byId = mails.stream()
                    .collect(Collectors.toMap(ReportTraffic.Mail::messageId, Function.identity()));
            everyMessageIsRecordedExactlyOnceWithTheExpectedDecision(byId);
            everyMatchedMessageIsAcknowledgedAtMostOnce(byId);
            everyMessageIsMovedToTheProcessedFolderAndTheInboxesAreEmpty(mails);
            long leftovers = everyRecordedMessageIsStoredWhole();
            assertThat(db().sql("SELECT COUNT(*) FROM mailbox_attempt").query(Long.class).single())
                    .as("a kill is not a failed attempt").isZero();

            System.out.printf("Crash test on %s: %d messages, %d kills (%s), %d starts, %d s; %d acknowledgements sent, %d cut"
                            + " short by a kill and not sent again; %d temporary raw file(s) left; seed %d%n", database.name(),
                    messages, kills, String.join("; ", killed), runs.size(), Duration.between(began, Instant.now()).toSeconds(),
                    sent(), count("SELECT COUNT(*) FROM outbox WHERE status = 'INTERRUPTED'"), leftovers, seed);
        } catch (AssertionError | RuntimeException e) {
            for (ServiceProcess run : runs) {
                System.out.println(run.logTail(30));
            }
            long twice = perReport(acknowledgementsReceived()).values().stream().filter(n -> n > 1).count();
            System.out.printf("Crash test on %s failed: %d messages, kills %s, %d starts, %d s; %d report(s) recorded,"
                            + " %d acknowledged more than once in the communes' mailboxes; seed %d%n", database.name(), messages,
                    killed, runs.size(), Duration.between(began, Instant.now()).toSeconds(), recorded(), twice, seed);
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
        ServiceProcess run = database.start(args, work.resolve("run-" + (runs.size() + 1) + ".log"));
        runs.add(run);
        return run;
    }

    /** The moments the service is killed at: one of each kind of work, taking in reports and acknowledging them. */
    private enum Moment {
        WHILE_STARTING("while starting"),
        WHILE_RECORDING("while recording"),
        AS_A_MESSAGE_IS_MOVED("as a message is moved"),
        WHILE_ACKNOWLEDGING("while acknowledging"),
        AS_AN_ACKNOWLEDGEMENT_ARRIVES("as an acknowledgement arrives");

        private final String words;

        Moment(String words) {
            this.words = words;
        }
    }

    /**
     * The kill moments: first one while reports are taken in (recorded or moved), then one while acknowledgements are
     * sent, then the rest of any kind in an order drawn from {@code random}. The two that must happen come first, while
     * arrivals still flow: however slowly the service starts on a loaded machine, they find messages to take in and
     * acknowledgements to send.
     */
    private List<Moment> moments(Random random) {
        List<Moment> rest = new ArrayList<>();
        while (rest.size() < kills - 2) {
            rest.add(Moment.values()[random.nextInt(Moment.values().length)]);
        }
        java.util.Collections.shuffle(rest, random);
        List<Moment> moments = new ArrayList<>(List.of(
                random.nextBoolean() ? Moment.WHILE_RECORDING : Moment.AS_A_MESSAGE_IS_MOVED,
                random.nextBoolean() ? Moment.WHILE_ACKNOWLEDGING : Moment.AS_AN_ACKNOWLEDGEMENT_ARRIVES));
        moments.addAll(rest);
        return moments;
    }

    /**
     * Kills the service at {@code moment}, the rest drawn from {@code random}: while it starts (up to four seconds
     * after it was launched); while it records messages (a little after it recorded 1% to 12.5% of the messages
     * more); as the server moves a message into the processed folder (the next move after as many more were
     * recorded); while it sends acknowledgements (a little after it sent 0.25% to 5% of the messages more); as the
     * server stores an acknowledgement (the next one after as many more were sent). Returns what the moment was.
     */
    private String kill(ServiceProcess run, Moment moment, Random random) throws InterruptedException {
        Instant started = Instant.now();
        long recordedBefore = recorded();
        long sentBefore = sent();
        // a later kill may find the arrivals over and little left to do: it waits for at most half of what is left,
        // and a kill with nothing left to wait for comes while the service starts
        long toRecord = messages - recordedBefore;
        // what will surely be sent: the queued mails, and some of the messages still to record (not all are reports)
        long toSend = count("SELECT COUNT(*) FROM outbox WHERE status = 'QUEUED'") + (toRecord >= 20 ? toRecord / 2 : 0);
        boolean intake = moment == Moment.WHILE_RECORDING || moment == Moment.AS_A_MESSAGE_IS_MOVED;
        boolean sending = moment == Moment.WHILE_ACKNOWLEDGING || moment == Moment.AS_AN_ACKNOWLEDGEMENT_ARRIVES;
        if (intake && toRecord < 2 || sending && toSend < 2) {
            moment = Moment.WHILE_STARTING;
        }
        long left = intake ? toRecord : toSend;
        switch (moment) {
            case WHILE_STARTING -> run.runsFor(Duration.ofMillis(300 + random.nextInt(3_700)));
            case WHILE_RECORDING -> {
                long more = Math.min(moreRecorded(random), Math.max(1, left / 2));
                await(more + " more messages are recorded", run, () -> recorded() >= recordedBefore + more);
                run.runsFor(Duration.ofMillis(random.nextInt(200)));
            }
            case AS_A_MESSAGE_IS_MOVED -> {
                long more = Math.min(moreRecorded(random), Math.max(1, left / 2));
                await(more + " more messages are recorded and each mailbox has its processed folder", run,
                        () -> recorded() >= recordedBefore + more && processedFolders().size() == directory.offices().size());
                killOnArrival(run, processedFolders());
            }
            case WHILE_ACKNOWLEDGING -> {
                long more = Math.min(moreSent(random), Math.max(1, left / 2));
                await(more + " more acknowledgements are sent", run, () -> sent() >= sentBefore + more);
                run.runsFor(Duration.ofMillis(random.nextInt(50)));
            }
            case AS_AN_ACKNOWLEDGEMENT_ARRIVES -> {
                long more = Math.min(moreSent(random), Math.max(1, left / 2));
                await(more + " more acknowledgements are sent", run, () -> sent() >= sentBefore + more);
                killOnArrival(run, unitInboxes());
            }
        }
        long recordedAtKill = recorded();
        long sentAtKill = sent();
        int status = run.kill();
        assertThat(status).as("the exit status of a process ended by SIGKILL").isEqualTo(ServiceProcess.KILLED);
        return String.format("%s, after %.1f s, %d recorded and %d sent in that run", moment.words,
                Duration.between(started, Instant.now()).toMillis() / 1000.0, recordedAtKill - recordedBefore,
                sentAtKill - sentBefore);
    }

    /** 1% to 12.5% of the messages: 20 to 250 of 2,000. */
    private long moreRecorded(Random random) {
        return messages / 100 + random.nextInt(messages / 8 - messages / 100 + 1);
    }

    /** 0.25% to 5% of the messages: 5 to 100 of 2,000. */
    private long moreSent(Random random) {
        return Math.max(1, messages / 400) + random.nextInt(messages / 20 - Math.max(1, messages / 400) + 1);
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
        if (!directory.offices().stream().allMatch(o -> folder(o, "INBOX").getMessageCount() == 0)) {
            return false;
        }
        noMessageIsMovedWithoutItsReport();
        // counted now, never from an earlier count: a query that fails while the service is busy proves nothing done
        long queued = liveCount("SELECT COUNT(*) FROM outbox WHERE status NOT IN ('SENT', 'FAILED', 'INTERRUPTED')");
        return liveCount("SELECT COUNT(*) FROM report") == expected && queued == 0;
    }

    /** What {@code sql} counts now, or -1 when the database does not answer. */
    private long liveCount(String sql) {
        try {
            return db().sql(sql).query(Long.class).single();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /**
     * Fails at once when a processed folder holds a message that has no report: the service moved it after the commit
     * of its report, and then lost that commit, so the message will never be read again. The folders are read
     * before the database, so a message moved meanwhile has its report committed already.
     */
    private void noMessageIsMovedWithoutItsReport() {
        List<String> moved = new ArrayList<>();
        try {
            for (MailFolder folder : processedFolders()) {
                for (StoredMessage m : folder.getMessages()) {
                    moved.add(m.getMimeMessage().getMessageID());
                }
            }
        } catch (java.util.ConcurrentModificationException e) {
            return; // a message was moved just now: look again at the next check
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        List<String> reports;
        try {
            reports = db().sql("SELECT message_id FROM report").query(String.class).list();
        } catch (RuntimeException e) {
            return; // no service answers just now
        }
        java.util.Set<String> recordedIds = new java.util.HashSet<>(reports);
        List<String> lost = moved.stream().filter(id -> !recordedIds.contains(id)).toList();
        assertThat(lost).as("messages moved to the processed folder whose report was lost").isEmpty();
    }

    private long recorded() {
        return count("SELECT COUNT(*) FROM report");
    }

    private long sent() {
        return count("SELECT COUNT(*) FROM outbox WHERE status = 'SENT'");
    }

    /** What {@code sql} counts; while no service answers, what it counted last (0 before the tables exist). */
    private long count(String sql) {
        try {
            long n = db().sql(sql).query(Long.class).single();
            lastCounts.put(sql, n);
            return n;
        } catch (RuntimeException e) {
            return lastCounts.getOrDefault(sql, 0L);
        }
    }

    private void everyMessageIsRecordedExactlyOnceWithTheExpectedDecision(Map<String, ReportTraffic.Mail> byId) {
        List<String[]> rows = db().sql("SELECT message_id, decision, reasons FROM report")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
        Map<String, Long> times = rows.stream().collect(Collectors.groupingBy(r -> String.valueOf(r[0]), Collectors.counting()));
        assertThat(times.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
                .as("messages recorded more than once").isEmpty();
        assertThat(byId.keySet().stream().filter(id -> !times.containsKey(id)).toList()).as("messages not recorded").isEmpty();
        assertThat(rows).as("report entries").hasSize(byId.size());
        List<String> wrong = rows.stream().filter(r -> !byId.get(r[0]).expectedDecision().equals(r[1]))
                .map(r -> r[0] + " from " + byId.get(r[0]).from() + ": " + r[1] + ", expected " + byId.get(r[0]).expectedDecision()
                        + " (" + r[2] + ")")
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

        Map<String, Long> received = acknowledgementsReceived();
        assertThat(received.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
                .as("acknowledgements received more than once").isEmpty();
        Map<String, Long> perReport = perReport(received);
        assertThat(perReport.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
                .as("reports acknowledged more than once").isEmpty();
        assertThat(perReport.keySet().stream().filter(id -> !matched.contains(id)).toList())
                .as("acknowledgements of messages that were not matched").isEmpty();
        List<String> sentNotReceived = queued.stream().filter(r -> r[1].equals("SENT"))
                .filter(r -> !received.containsKey(r[0] + " " + r[2])).map(r -> r[0]).toList();
        assertThat(sentNotReceived).as("acknowledgements marked sent that never arrived").isEmpty();
        long interrupted = queued.stream().filter(r -> r[1].equals("INTERRUPTED")).count();
        assertThat(queued.stream().map(r -> r[1]).distinct().toList()).as("outbox statuses").isSubsetOf("SENT", "INTERRUPTED");
        assertThat(interrupted).as("acknowledgements interrupted by a kill while being sent").isLessThanOrEqualTo(kills);
    }

    /** The acknowledgements in the communes' mailboxes, counted by "In-Reply-To Message-ID". */
    private Map<String, Long> acknowledgementsReceived() throws MessagingException {
        Map<String, Long> received = new HashMap<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            if ("auto-generated".equals(m.getHeader("Auto-Submitted", null))) {
                received.merge(m.getHeader("In-Reply-To", null) + " " + m.getMessageID(), 1L, Long::sum);
            }
        }
        return received;
    }

    /** How many mails of {@code received} answer each report (by its Message-ID), whatever their own Message-ID. */
    private static Map<String, Long> perReport(Map<String, Long> received) {
        return received.entrySet().stream().collect(Collectors.groupingBy(e -> e.getKey().substring(0, e.getKey().indexOf(' ')),
                Collectors.summingLong(Map.Entry::getValue)));
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
        return database.jdbc();
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
