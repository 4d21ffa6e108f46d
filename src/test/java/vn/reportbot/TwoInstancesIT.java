package vn.reportbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.ServerSetupTest;

import tools.jackson.databind.json.JsonMapper;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.DirectoryLoader;
import vn.reportbot.directory.Office;
import vn.reportbot.directory.Unit;

/**
 * Issue #18: two instances of the service, each in a JVM of its own, share one PostgreSQL database (a database of
 * the test's own, created and dropped here), one loopback IMAP/SMTP server, one data folder and one configuration.
 * A dispatch imported through one instance is matched at once by the other, which reads the mailboxes; 2,000 reports
 * arrive; halfway the instance reading the mailboxes is killed with SIGKILL, the other takes their leases over within
 * the bound and finishes, and a third instance is added. Then: every message is recorded once and moved; no commune
 * holds two acknowledgements of one report, every acknowledgement is sent once except those the killed instance was
 * sending (interrupted, no more than it could have had in flight); the reminders of a period and the digest, run on
 * both live instances at the same moment, go out once. The seed is printed; {@code -Dreportbot.two.seed=N} draws
 * the same messages again.
 */
class TwoInstancesIT {

    private static final String PASSWORD = "pw";
    private static final String PROCESSED = "Processed";
    private static final String ADMIN = "secret";
    private static final Duration LEASE_TTL = Duration.ofSeconds(4);
    private static final Duration LIMIT = Duration.ofMinutes(6);
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path work;

    private final Directory directory = DirectoryLoader.load(Path.of("config/directory.yml"));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Instance> instances = new ArrayList<>();
    private final String database = "reportbot_two_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private PromptGreenMail mail;
    private PacedDelivery delivery;
    private SingleConnectionDataSource connection;
    private boolean created;

    /** One instance: its process, its HTTP port, and its identity in the leases (host-pid-random). */
    private record Instance(String name, ServiceProcess process, int port) {
        boolean is(String instanceId) {
            return instanceId != null && instanceId.matches(".*-" + process.pid() + "-[0-9a-f]+");
        }
    }

    @AfterEach
    void stopAll() throws Exception {
        if (delivery != null) {
            delivery.close();
        }
        for (Instance instance : instances) {
            if (instance.process().isAlive()) {
                instance.process().kill();
            }
        }
        if (mail != null) {
            mail.stop();
        }
        if (connection != null) {
            connection.destroy();
        }
        if (created) {
            try (Connection c = DriverManager.getConnection(EndToEndPostgresIT.URL, EndToEndPostgresIT.USER, "");
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    @Test
    void twoInstancesRecordEveryMessageOnceAcknowledgeItAtMostOnceAndSendTheRemindersAndTheDigestOnceThoughOneIsKilled()
            throws Exception {
        PostgresSchema.requireServer("the two-instance test").close();
        createDatabase();
        mail = new PromptGreenMail(ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort());
        mail.start();
        for (String address : directory.allAddresses()) {
            mail.setUser(address, address, PASSWORD);
        }
        long seed = Long.getLong("reportbot.two.seed", System.nanoTime());
        System.out.println("Two-instance test, seed " + seed + " (again with -Dreportbot.two.seed=" + seed + ")");
        List<ReportTraffic.Mail> mails = ReportTraffic.generate(directory, Integer.getInteger("reportbot.two.messages", 2_000),
                seed);
        Instant began = Instant.now();

        Instance first = start("first");
        Instance second = start("second");
        awaitUp(first);
        awaitUp(second);
        await("each office's mailbox is held by one instance", () -> mailboxHolders().size() == directory.offices().size());

        // a dispatch imported through the instance that does not read its office's mailbox
        Instance reader = holderOf("mailbox:bac-ai-mttq");
        Instance importer = reader == first ? second : first;
        LocalDate today = LocalDate.now(ZONE);
        long dispatch77 = importDispatch(importer, "bac-ai-mttq", "77/MTTQ-BTT", today);
        long dispatch15 = importDispatch(importer, "ninh-binh-btgdv", "15-CV/BTGDV", today);
        List<Unit> reporters = directory.requireOffice("bac-ai-mttq").units().subList(0, 4);
        Map<String, String> reportsOn77 = new HashMap<>();
        for (Unit unit : reporters) {
            String messageId = "<r77." + unit.id() + "." + seed + "@mail.gmail.com>";
            RawSmtp.deliver(mail.smtpPort(), unit.emails().get(0), "mattrabbacai@gmail.com", reportOn77(unit, messageId));
            reportsOn77.put(messageId, unit.id());
        }
        await("the reports on 77/MTTQ-BTT are recorded", () -> count("SELECT COUNT(*) FROM report WHERE message_id LIKE '<r77.%'")
                == reporters.size());
        Map<String, Long> matchedTo = db().sql("SELECT message_id, dispatch_id FROM report WHERE message_id LIKE '<r77.%'")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(matchedTo).as("reports matched by %s to the dispatch %s imported a moment before", reader.name(),
                importer.name()).containsOnlyKeys(reportsOn77.keySet()).allSatisfy((id, d) -> assertThat(d).isEqualTo(dispatch77));
        assertThat(db().sql("SELECT DISTINCT decision FROM report WHERE message_id LIKE '<r77.%'").query(String.class).list())
                .containsExactly("MATCHED");

        // 2,000 reports in about 30 s; the instance reading the busier mailbox is killed halfway
        delivery = PacedDelivery.start(mails, mail.smtpPort(), 25, Duration.ofMillis(400));
        long offset = reporters.size();
        await("half the reports are recorded", () -> count("SELECT COUNT(*) FROM report") >= offset + mails.size() / 2);
        Instance victim = holderOf("mailbox:bac-ai-mttq");
        Instance survivor = victim == first ? second : first;
        String victimId = leaseHolder("mailbox:bac-ai-mttq").orElseThrow();
        long recordedAtKill = count("SELECT COUNT(*) FROM report");
        long sentAtKill = count("SELECT COUNT(*) FROM outbox WHERE status = 'SENT'");
        Set<String> victimMailboxes = mailboxHolders().entrySet().stream().filter(e -> victim.is(e.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        Instant killed = Instant.now();
        assertThat(victim.process().kill()).as("exit status after SIGKILL").isEqualTo(ServiceProcess.KILLED);

        await("the survivor holds every mailbox", () -> mailboxHolders().values().stream().allMatch(survivor::is)
                && mailboxHolders().size() == directory.offices().size());
        Duration takeover = Duration.between(killed, Instant.now());
        Duration bound = LEASE_TTL.plus(LEASE_TTL.dividedBy(4));
        System.out.printf("Two-instance test: %s killed after %d recorded, %d sent; %s took over %s in %.1f s (bound %.1f s)%n",
                victim.name(), recordedAtKill, sentAtKill, survivor.name(), victimMailboxes, takeover.toMillis() / 1000.0,
                bound.toMillis() / 1000.0);
        assertThat(takeover).as("takeover after the holder died, within the TTL and a quarter (and slack for a busy machine)")
                .isLessThan(bound.plusSeconds(10));

        Instance third = start("third"); // an instance added while the other works
        await("every message is delivered, recorded and moved and every acknowledgement sent or interrupted",
                () -> delivery.done() && allDone(mails.size() + reporters.size()));
        awaitUp(third);

        Map<String, ReportTraffic.Mail> byId = mails.stream().collect(Collectors.toMap(ReportTraffic.Mail::messageId, m -> m));
        everyMessageIsRecordedOnceWithTheExpectedDecisionAndMoved(byId, reportsOn77.keySet());
        long interrupted = everyMatchedMessageIsAcknowledgedOnceExceptThoseTheKilledInstanceWasSending(byId, victimId);

        // the reminders and the digest, run on both live instances at the same moment
        List<Map<String, Object>> reminders = onBothAtOnce(survivor, third, "/api/jobs/reminders/run");
        List<Map<String, Object>> digests = onBothAtOnce(survivor, third, "/api/jobs/digest/run?office=bac-ai-mttq");
        await("every mail queued is sent", () -> count("SELECT COUNT(*) FROM outbox WHERE status IN ('QUEUED', 'SENDING')") == 0);
        long remindersQueued = remindersOfAPeriodGoOutOnce(reminders, Set.of(dispatch77, dispatch15), reporters);
        digestGoesOutOnce(digests);

        Duration survivorStop = timed(() -> survivor.process().stop());
        Duration thirdStop = timed(() -> third.process().stop());
        List<String> leasesLeft = db().sql("SELECT name FROM lease").query(String.class).list();
        if (!leasesLeft.equals(List.of("instance:" + victimId))) {
            System.out.println(survivor.process().logTail(60));
            System.out.println(third.process().logTail(60));
        }
        assertThat(leasesLeft)
                .as("leases left: none by the instances stopped cleanly (stops took %.1f s and %.1f s, exit statuses %d and %d),"
                                + " the killed one's liveness (expired)", survivorStop.toMillis() / 1000.0,
                        thirdStop.toMillis() / 1000.0, survivor.process().exitValue(), third.process().exitValue())
                .containsExactly("instance:" + victimId);

        System.out.printf("Two-instance test on PostgreSQL (database %s): %d messages, 1 kill (SIGKILL of %s after %d recorded),"
                        + " 3 starts, %d s; %d recorded once, 0 recorded twice, 0 acknowledgements doubled,"
                        + " %d acknowledgements sent, %d interrupted by the kill; takeover %.1f s; %d reminders and 1 digest"
                        + " sent once; clean stops %.1f s and %.1f s; seed %d%n", database, mails.size() + reporters.size(), victim.name(), recordedAtKill,
                Duration.between(began, Instant.now()).toSeconds(), count("SELECT COUNT(*) FROM report"),
                count("SELECT COUNT(*) FROM outbox WHERE kind = 'acknowledgement' AND status = 'SENT'"), interrupted,
                takeover.toMillis() / 1000.0, remindersQueued, survivorStop.toMillis() / 1000.0,
                thirdStop.toMillis() / 1000.0, seed);
    }

    private interface Step {
        void run() throws Exception;
    }

    private static Duration timed(Step step) throws Exception {
        Instant start = Instant.now();
        step.run();
        return Duration.between(start, Instant.now());
    }

    private void createDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(EndToEndPostgresIT.URL, EndToEndPostgresIT.USER, "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
            created = true;
        }
    }

    private String url() {
        return EndToEndPostgresIT.URL.replaceFirst("/[^/]*$", "/" + database);
    }

    private Instance start(String name) throws IOException {
        Path dispatches = work.resolve("dispatches");
        Path holidays = work.resolve("holidays.yml");
        if (!Files.isDirectory(dispatches)) {
            Files.createDirectories(dispatches);
            for (String seedFile : List.of("319-MTTQ-BTT-bac-ai.txt", "22-CV-BDVHU-hai-hau.txt")) {
                Files.copy(Path.of("config/dispatches", seedFile), dispatches.resolve(seedFile));
            }
            // no holiday, every day a working day, no quiet hours: the reminders are due whenever the test runs
            Files.writeString(holidays, "holidays: []\ncompensatory-working-days: []\n");
        }
        int port = freePort();
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--reportbot.directory=config/directory.yml",
                "--reportbot.templates=templates",
                "--reportbot.data-dir=" + work.resolve("data"),
                "--reportbot.dispatches=" + dispatches,
                "--reportbot.holidays=" + holidays,
                "--reportbot.reminders.working-days=MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY",
                "--reportbot.reminders.quiet-hours=",
                "--reportbot.embedded-mail.enabled=false",
                "--reportbot.admin.password=" + ADMIN,
                "--reportbot.cluster.lease-ttl=" + LEASE_TTL.toSeconds() + "s",
                "--reportbot.mailbox.idle=true",
                "--reportbot.mailbox.reconnect-min=200ms",
                "--reportbot.mailbox.reconnect-max=1s",
                "--reportbot.mailbox.processed-folder=" + PROCESSED,
                "--reportbot.schedule.poll=0/5 * * * * ?",
                "--reportbot.schedule.reminders=",
                "--reportbot.schedule.digest=",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + mail.smtpPort(),
                "--spring.datasource.url=" + url(),
                "--spring.datasource.username=" + EndToEndPostgresIT.USER,
                "--spring.datasource.password="));
        for (Office office : directory.offices()) {
            args.add("--reportbot.mailboxes." + office.id() + ".url=imap://" + office.mailbox().replace("@", "%40") + ":"
                    + PASSWORD + "@127.0.0.1:" + mail.imapPort() + "/INBOX");
        }
        Instance instance = new Instance(name, ServiceProcess.start(args, work.resolve(name + ".log")), port);
        instances.add(instance);
        return instance;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitUp(Instance instance) {
        await(instance.name() + " answers HTTP", () -> {
            instance.process().runsFor(Duration.ofMillis(1));
            try {
                return send(instance, "GET", "/api/dispatches", "").statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
    }

    private long importDispatch(Instance instance, String office, String number, LocalDate today) throws Exception {
        LocalDate deadline = today.plusDays(3); // the reminders' first step (3 days before) is due today
        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        String text = "ỦY BAN MTTQ VIỆT NAM\nHUYỆN BÁC ÁI\nBAN THƯỜNG TRỰC\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập - Tự do - Hạnh phúc\n\nSố: " + number + "\n\nBác Ái, ngày " + today.getDayOfMonth() + " tháng "
                + today.getMonthValue() + " năm " + today.getYear() + "\n\nV/v báo cáo kết quả tổng vệ sinh môi trường"
                + " đầu mùa mưa\n\nKính gửi: Ban Thường trực Ủy ban MTTQVN các xã.\n\nĐề nghị các xã thực hiện:\n\n"
                + "1. Tổ chức ra quân tổng vệ sinh môi trường tại các thôn.\n\n2. Báo cáo số người tham gia và khối lượng"
                + " rác thu gom.\n\nThời hạn gửi báo cáo trước ngày " + deadline.format(day) + ".\n\nNơi nhận:\n- Như Kính gửi;"
                + "\n- Lưu VT.\n\nTM. BAN THƯỜNG TRỰC\nPHÓ CHỦ TỊCH\n\nNguyễn Văn Bền\n";
        HttpResponse<String> created = send(instance, "POST", "/api/dispatches?office=" + office, text);
        assertThat(created.statusCode()).as("import of %s through %s: %s", number, instance.name(), created.body())
                .isEqualTo(201);
        Map<String, Object> body = json(created.body());
        assertThat(body.get("deadline")).as("the deadline of %s", number).isEqualTo(deadline.toString());
        return ((Number) body.get("id")).longValue();
    }

    private static byte[] reportOn77(Unit unit, String messageId) {
        String subject = "=?UTF-8?B?" + Base64.getEncoder().encodeToString(
                ("Báo cáo kết quả thực hiện Công văn số 77/MTTQ-BTT").getBytes(StandardCharsets.UTF_8)) + "?=";
        String body = "Kính gửi Ban Thường trực Ủy ban MTTQ Việt Nam huyện,\r\n\r\n" + unit.name()
                + " báo cáo kết quả thực hiện Công văn số 77/MTTQ-BTT: đã tổ chức ra quân tổng vệ sinh môi trường,"
                + " 120 người tham gia, thu gom 3 tấn rác.\r\n\r\nTrân trọng.\r\n";
        String raw = "From: " + unit.emails().get(0) + "\r\nTo: mattrabbacai@gmail.com\r\nSubject: " + subject
                + "\r\nMessage-ID: " + messageId + "\r\nDate: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(
                java.time.ZonedDateTime.now(ZONE)) + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)) + "\r\n";
        return raw.getBytes(StandardCharsets.US_ASCII);
    }

    /** Office id to the instance holding its mailbox's lease, for the leases not expired. */
    private Map<String, String> mailboxHolders() {
        try {
            return db().sql("SELECT name, holder FROM lease WHERE name LIKE 'mailbox:%' AND expires_at > CURRENT_TIMESTAMP")
                    .query((rs, n) -> Map.entry(rs.getString(1).substring("mailbox:".length()), rs.getString(2))).list()
                    .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        } catch (RuntimeException e) {
            return Map.of(); // the tables are not there yet
        }
    }

    private Optional<String> leaseHolder(String name) {
        return db().sql("SELECT holder FROM lease WHERE name = ? AND expires_at > CURRENT_TIMESTAMP").param(name)
                .query(String.class).optional();
    }

    private Instance holderOf(String lease) {
        String holder = leaseHolder(lease).orElseThrow(() -> new AssertionError("nobody holds " + lease));
        return instances.stream().filter(i -> i.is(holder)).findFirst()
                .orElseThrow(() -> new AssertionError(lease + " held by an unknown instance " + holder));
    }

    private boolean allDone(int expected) {
        for (Office office : directory.offices()) {
            if (folder(office.mailbox(), "INBOX").getMessageCount() > 0) {
                return false;
            }
        }
        return count("SELECT COUNT(*) FROM report") == expected
                && count("SELECT COUNT(*) FROM outbox WHERE status IN ('QUEUED', 'SENDING')") == 0;
    }

    private void everyMessageIsRecordedOnceWithTheExpectedDecisionAndMoved(Map<String, ReportTraffic.Mail> byId,
                                                                          Set<String> more) throws MessagingException {
        List<String[]> rows = db().sql("SELECT message_id, decision FROM report")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        Map<String, Long> times = rows.stream().collect(Collectors.groupingBy(r -> r[0], Collectors.counting()));
        assertThat(times.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
                .as("messages recorded more than once").isEmpty();
        Set<String> expected = new HashSet<>(byId.keySet());
        expected.addAll(more);
        assertThat(times.keySet()).as("the messages recorded").isEqualTo(expected);
        assertThat(rows.stream().filter(r -> byId.containsKey(r[0]) && !byId.get(r[0]).expectedDecision().equals(r[1]))
                .map(r -> r[0] + ": " + r[1]).toList()).as("messages decided otherwise than expected").isEmpty();
        List<String> moved = new ArrayList<>();
        for (Office office : directory.offices()) {
            assertThat(folder(office.mailbox(), "INBOX").getMessageCount()).as("left in the INBOX of %s", office.id()).isZero();
            MailFolder processed = mail.getManagers().getImapHostManager()
                    .getFolder(mail.getUserManager().getUserByEmail(office.mailbox()), PROCESSED);
            if (processed != null) {
                for (StoredMessage m : processed.getMessages()) {
                    assertThat(m.isSet(Flags.Flag.SEEN)).as("a processed message is \\Seen").isTrue();
                    moved.add(m.getMimeMessage().getMessageID());
                }
            }
        }
        assertThat(moved).as("the processed folders").hasSize(expected.size()).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** Returns how many acknowledgements were interrupted. */
    private long everyMatchedMessageIsAcknowledgedOnceExceptThoseTheKilledInstanceWasSending(
            Map<String, ReportTraffic.Mail> byId, String victimId) throws MessagingException {
        List<String> matched = byId.values().stream().filter(m -> m.expectedDecision().equals("MATCHED"))
                .map(ReportTraffic.Mail::messageId).toList();
        List<String[]> queued = db().sql("SELECT in_reply_to, status, message_id, claimed_by FROM outbox"
                        + " WHERE kind = 'acknowledgement' AND in_reply_to NOT LIKE '<r77.%'")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}).list();
        assertThat(queued.stream().map(r -> r[0]).sorted().toList()).as("one acknowledgement queued per matched message")
                .isEqualTo(matched.stream().sorted().toList());
        Map<String, Long> received = new HashMap<>();
        Map<String, Long> perReport = new HashMap<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            String inReplyTo = m.getHeader("In-Reply-To", null);
            if ("auto-generated".equals(m.getHeader("Auto-Submitted", null)) && inReplyTo != null) {
                received.merge(m.getMessageID(), 1L, Long::sum);
                perReport.merge(inReplyTo, 1L, Long::sum);
            }
        }
        assertThat(perReport.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
                .as("reports acknowledged more than once in the communes' mailboxes").isEmpty();
        assertThat(queued.stream().map(r -> r[1]).distinct().toList()).as("acknowledgement statuses")
                .isSubsetOf("SENT", "INTERRUPTED");
        assertThat(queued.stream().filter(r -> r[1].equals("SENT") && received.getOrDefault(r[2], 0L) != 1).map(r -> r[0])
                .toList()).as("acknowledgements marked sent that did not arrive exactly once").isEmpty();
        List<String[]> interrupted = queued.stream().filter(r -> r[1].equals("INTERRUPTED")).toList();
        assertThat(interrupted.stream().map(r -> r[3]).distinct().toList()).as("claimants of the interrupted ones")
                .isSubsetOf(victimId);
        // one mail in flight per flush under way: the poll of each mailbox (IDLE or schedule) and Quartz's 3 threads
        assertThat(interrupted).as("interrupted acknowledgements").hasSizeLessThanOrEqualTo(3 + directory.offices().size());
        return interrupted.size();
    }

    private List<Map<String, Object>> onBothAtOnce(Instance a, Instance b, String path) {
        CompletableFuture<HttpResponse<String>> one = CompletableFuture.supplyAsync(() -> post(a, path));
        CompletableFuture<HttpResponse<String>> two = CompletableFuture.supplyAsync(() -> post(b, path));
        List<Map<String, Object>> results = new ArrayList<>();
        for (HttpResponse<String> response : List.of(one.join(), two.join())) {
            assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(200);
            results.add(json(response.body()));
        }
        return results;
    }

    private long remindersOfAPeriodGoOutOnce(List<Map<String, Object>> runs, Set<Long> dispatches, List<Unit> reporters)
            throws MessagingException {
        List<Object[]> rows = db().sql("SELECT dispatch_id, unit_id, status, message_id, recipients, cc, dedupe_key"
                        + " FROM outbox WHERE kind = 'reminder'")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)}).list();
        int units77 = directory.requireOffice("bac-ai-mttq").units().size() - reporters.size();
        int units15 = directory.requireOffice("ninh-binh-btgdv").units().size();
        Map<Long, Long> perDispatch = rows.stream().filter(r -> dispatches.contains((Long) r[0]))
                .collect(Collectors.groupingBy(r -> (Long) r[0], Collectors.counting()));
        assertThat(perDispatch).as("reminders of the new dispatches: one per unit that has not reported")
                .containsOnlyKeys(dispatches).containsValues((long) units77, (long) units15);
        Map<String, Long> perUnitAndDispatch = rows.stream().collect(Collectors.groupingBy(r -> r[0] + ":" + r[1],
                Collectors.counting()));
        assertThat(perUnitAndDispatch.values()).as("reminders per unit and dispatch, one step due").allMatch(n -> n == 1);
        assertThat(rows.stream().map(r -> (String) r[2]).distinct().toList()).as("reminder statuses").containsExactly("SENT");
        long queuedByRuns = runs.stream().mapToLong(r -> ((Number) r.get("mailsQueued")).longValue()).sum();
        assertThat(queuedByRuns).as("reminders queued by the two runs together").isEqualTo(rows.size());
        Map<String, Long> copies = new HashMap<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            copies.merge(m.getMessageID(), 1L, Long::sum);
        }
        for (Object[] r : rows) {
            int addressees = ((String) r[4]).split(",").length + (r[5] == null ? 0 : ((String) r[5]).split(",").length);
            assertThat(copies.getOrDefault((String) r[3], 0L)).as("copies received of %s", r[6]).isEqualTo(addressees);
        }
        return rows.size();
    }

    private void digestGoesOutOnce(List<Map<String, Object>> runs) throws MessagingException {
        List<String[]> digests = db().sql("SELECT status, message_id, recipients FROM outbox WHERE kind = 'digest'"
                        + " AND office_id = 'bac-ai-mttq'")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
        assertThat(digests).as("digests of bac-ai-mttq").hasSize(1);
        assertThat(digests.get(0)[0]).isEqualTo("SENT");
        long copies = 0;
        for (MimeMessage m : mail.getReceivedMessages()) {
            copies += digests.get(0)[1].equals(m.getMessageID()) ? 1 : 0;
        }
        assertThat(copies).as("copies of the digest received").isEqualTo(digests.get(0)[2].split(",").length);
        assertThat(runs.stream().mapToLong(r -> ((Number) r.get("mailsQueued")).longValue()).sum())
                .as("digests queued by the two runs together").isEqualTo(1);
    }

    private HttpResponse<String> post(Instance instance, String path) {
        try {
            return send(instance, "POST", path, "");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(Instance instance, String method, String path, String body) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.port() + path))
                .timeout(Duration.ofMinutes(3))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String body) {
        return JSON.readValue(body, Map.class);
    }

    private MailFolder folder(String address, String name) {
        return mail.getManagers().getImapHostManager().getFolder(mail.getUserManager().getUserByEmail(address), name);
    }

    /** What the test waits on, for a failure message. */
    private String state() {
        StringBuilder out = new StringBuilder(count("SELECT COUNT(*) FROM report") + " recorded; outbox");
        try {
            db().sql("SELECT kind, status, COUNT(*) FROM outbox GROUP BY kind, status").query(rs -> {
                out.append(' ').append(rs.getString(1)).append('/').append(rs.getString(2)).append('=').append(rs.getLong(3));
            });
            db().sql("SELECT name, holder, expires_at FROM lease").query(rs -> {
                out.append("; lease ").append(rs.getString(1)).append(' ').append(rs.getString(2)).append(' ')
                        .append(rs.getString(3));
            });
        } catch (RuntimeException e) {
            out.append(' ').append(e.getMessage());
        }
        for (Office office : directory.offices()) {
            MailFolder inbox = folder(office.mailbox(), "INBOX");
            out.append("; INBOX of ").append(office.id()).append(' ').append(inbox == null ? -1 : inbox.getMessageCount());
        }
        return out.toString();
    }

    private long count(String sql) {
        try {
            return db().sql(sql).query(Long.class).single();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private JdbcClient db() {
        if (connection == null) {
            connection = new SingleConnectionDataSource(url(), EndToEndPostgresIT.USER, "", true);
        }
        return JdbcClient.create(connection);
    }

    /** Checks {@code condition} every 200 ms until it holds; fails when an instance died by itself, or after {@link #LIMIT}. */
    private void await(String what, BooleanSupplier condition) {
        Instant limit = Instant.now().plus(LIMIT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(limit)) {
                instances.forEach(i -> System.out.println(i.process().logTail(40)));
                throw new AssertionError("not within " + LIMIT.toMinutes() + " min: " + what + " (" + state() + ")");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting until " + what, e);
            }
        }
    }
}
