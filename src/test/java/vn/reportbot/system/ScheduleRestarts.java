package vn.reportbot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import jakarta.mail.MessagingException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerKey;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import vn.reportbot.ReportbotApplication;
import vn.reportbot.directory.Directory;
import vn.reportbot.directory.DirectoryLoader;
import vn.reportbot.directory.Office;

/**
 * Issue #15: the schedule lives in the database, so that it survives a restart, and the staff get each digest
 * exactly once, also when the service was down over its time or restarts between two. The service runs in this JVM
 * on a real database ({@link #databaseArguments}), sending through GreenMail, whose mailboxes outlive the restarts.
 * The misfire threshold is 1 s here (60 s in production), so that a few seconds down make a missed time.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class ScheduleRestarts {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String OFFICE = "bac-ai-mttq";
    private static final String STAFF = "ben.nv@bacai.example";
    private static final String PASSWORD = "pw";

    @TempDir
    Path work;

    private final Directory directory = DirectoryLoader.load(Path.of("config/directory.yml"));
    private GreenMail mail;
    private ConfigurableApplicationContext app;

    /** The {@code --spring.datasource.*} (and Flyway) settings of the database under test; none: the default H2. */
    abstract List<String> databaseArguments(Path dataDir);

    @BeforeEach
    void startMailServer() {
        mail = new GreenMail(new com.icegreen.greenmail.util.ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(),
                ServerSetupTest.IMAP.dynamicPort()});
        mail.start();
        for (String address : directory.allAddresses()) {
            mail.setUser(address, address, PASSWORD);
        }
    }

    @AfterEach
    void stopAll() {
        if (app != null) {
            stop();
        }
        if (mail != null) {
            mail.stop();
            mail = null;
        }
    }

    @Test
    void aDigestMissedWhileTheServiceWasDownIsSentOnceWhenItIsBackAndARestartAfterItSendsNoOther() throws Exception {
        Path settings = work.resolve("schedule.yml");
        start("--spring.config.import=optional:file:" + settings);
        // the digest's time a few seconds from now, daily, given in the configuration file while the service runs
        ZonedDateTime slot = ZonedDateTime.now(VIETNAM).plusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
        String daily = slot.getSecond() + " " + slot.getMinute() + " " + slot.getHour() + " * * ?";
        writeSchedule(settings, daily, "");
        TriggerKey bacAi = TriggerKey.triggerKey("digest." + OFFICE, "reportbot");
        await("the digest is scheduled", Duration.ofSeconds(4), () -> daily.equals(cron(bacAi)));
        stop();

        waitUntil(slot.toInstant().plusSeconds(2)); // the service is down over the digest's time
        assertThat(digestsToStaff()).isZero();
        start("--spring.config.import=optional:file:" + settings);

        await("the missed digest arrives", Duration.ofSeconds(20), () -> digestsToStaff() == 1);
        assertThat(db().sql("SELECT dedupe_key FROM outbox WHERE kind = 'digest'").query(String.class).list())
                .containsExactly("digest:" + OFFICE + ":" + slot.format(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        assertThat(nextFire(bacAi)).isEqualTo(slot.plusDays(1).toInstant());
        holdsFor(Duration.ofSeconds(2), "no second digest for the missed time", () -> digestsToStaff() == 1);

        stop(); // a restart between two digest times
        start("--spring.config.import=optional:file:" + settings);
        holdsFor(Duration.ofSeconds(3), "no digest after a restart with no time missed", () -> digestsToStaff() == 1);
        assertThat(nextFire(bacAi)).isEqualTo(slot.plusDays(1).toInstant());
    }

    @Test
    void aChangedScheduleReplacesItsStoredTriggerAnUnchangedOneIsKeptAndAChangedFileIsTakenUpWhileRunning(
            CapturedOutput output) throws Exception {
        Path settings = work.resolve("schedule.yml");
        writeSchedule(settings, "0 0 7 * * ?", "WEEKLY");
        start("--spring.config.import=optional:file:" + settings);
        TriggerKey bacAi = TriggerKey.triggerKey("digest." + OFFICE, "reportbot");
        TriggerKey haiHau = TriggerKey.triggerKey("digest.hai-hau-bdv", "reportbot");
        assertThat(cron(bacAi)).isEqualTo("0 0 7 * * ?");
        assertThat(cron(haiHau)).as("WEEKLY without a default digest: Fridays at 16:30").isEqualTo("0 30 16 ? * FRI");
        long haiHauStored = startTime(haiHau);
        stop();

        writeSchedule(settings, "0 0 8 * * ?", "WEEKLY");
        start("--spring.config.import=optional:file:" + settings);
        assertThat(cron(bacAi)).isEqualTo("0 0 8 * * ?");
        assertThat(startTime(haiHau)).as("the unchanged trigger is the one stored before").isEqualTo(haiHauStored);
        assertThat(db().sql("SELECT COUNT(*) FROM QRTZ_TRIGGERS").query(Long.class).single()).isEqualTo(2);

        writeSchedule(settings, "0 0 9 * * ?", "");
        await("the changed file is taken up", Duration.ofSeconds(20), () -> "0 0 9 * * ?".equals(cron(bacAi)));
        await("the office whose digest is turned off loses its trigger", Duration.ofSeconds(5), () -> cron(haiHau) == null);
        await("the change is logged", Duration.ofSeconds(5), () -> output.getAll().contains("Configuration " + settings
                + " changed: job digest for " + OFFICE + " rescheduled from '0 0 8 * * ?' to '0 0 9 * * ?'"));
        assertThat(output.getAll()).contains("trigger digest.hai-hau-bdv removed: no longer configured");

        writeSchedule(settings, "at nine", "");
        await("a wrong cron is refused", Duration.ofSeconds(20), () -> output.getAll().contains("Configuration " + settings
                + " changed but cannot be used, the schedule stays as it was: reportbot.offices." + OFFICE
                + ".digest: 'at nine' is not a Quartz cron expression"));
        assertThat(cron(bacAi)).isEqualTo("0 0 9 * * ?");
    }

    @Test
    void twoFiresForOneDigestTimeQueueOneDigestAndARunByHandStillSendsOne() throws Exception {
        start();
        JobRunner runner = app.getBean(JobRunner.class);
        ZonedDateTime friday = ZonedDateTime.of(2021, 9, 24, 16, 30, 0, 0, VIETNAM);
        String weekly = "0 30 16 ? * FRI";

        JobResult onTime = runner.runScheduled("digest", Optional.of(OFFICE), ScheduleSlot.of(weekly, VIETNAM, friday.toInstant()));
        JobResult late = runner.runScheduled("digest", Optional.of(OFFICE),
                ScheduleSlot.of(weekly, VIETNAM, friday.plusMinutes(5).toInstant())); // a misfire, or a second instance
        JobResult byHand = runner.run("digest", Optional.of(OFFICE));

        assertThat(onTime.mailsQueued()).isEqualTo(1);
        assertThat(late.mailsQueued()).isZero();
        assertThat(byHand.mailsQueued()).isEqualTo(1);
        await("two digests arrive", Duration.ofSeconds(20), () -> digestsToStaff() == 2);
    }

    private void start(String... settings) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--reportbot.directory=config/directory.yml",
                "--reportbot.templates=templates", "--reportbot.data-dir=" + work.resolve("data"),
                "--reportbot.dispatches=" + work.resolve("no-dispatches"), "--reportbot.embedded-mail.enabled=false",
                "--reportbot.mailbox.idle=false", "--reportbot.admin.password=secret", "--reportbot.schedule.poll=",
                "--reportbot.schedule.reminders=", "--reportbot.schedule.digest=", "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + mail.getSmtp().getPort(),
                "--spring.quartz.properties.org.quartz.jobStore.misfireThreshold=1000"));
        for (Office office : directory.offices()) {
            args.add("--reportbot.mailboxes." + office.id() + ".url=imap://" + URLEncoder.encode(office.mailbox(),
                    StandardCharsets.UTF_8) + ":" + PASSWORD + "@127.0.0.1:" + mail.getImap().getPort() + "/INBOX");
        }
        args.addAll(databaseArguments(work.resolve("data")));
        args.addAll(List.of(settings));
        app = new SpringApplicationBuilder(ReportbotApplication.class).run(args.toArray(String[]::new));
    }

    private void stop() {
        app.close();
        app = null;
    }

    private JdbcClient db() {
        return app.getBean(JdbcClient.class);
    }

    private String cron(TriggerKey key) {
        try {
            return app.getBean(Scheduler.class).getTrigger(key) instanceof CronTrigger c ? c.getCronExpression() : null;
        } catch (SchedulerException beingWrittenThisMoment) {
            return null; // read while the watcher replaces the trigger: asked again by the caller's loop
        }
    }

    private Instant nextFire(TriggerKey key) throws SchedulerException {
        return app.getBean(Scheduler.class).getTrigger(key).getNextFireTime().toInstant();
    }

    private long startTime(TriggerKey key) {
        return db().sql("SELECT START_TIME FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME = ? AND TRIGGER_GROUP = ?")
                .params(key.getName(), key.getGroup()).query(Long.class).single();
    }

    private static void writeSchedule(Path file, String bacAi, String haiHau) throws Exception {
        Path next = file.resolveSibling(file.getFileName() + ".new");
        Files.writeString(next, "reportbot:\n  offices:\n    bac-ai-mttq:\n      digest: \"" + bacAi + "\"\n"
                + "    hai-hau-bdv:\n      digest: \"" + haiHau + "\"\n");
        Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The digests in the inbox of one of the office's staff. */
    private int digestsToStaff() {
        int digests = 0;
        try {
            for (StoredMessage message : mail.getManagers().getImapHostManager()
                    .getInbox(mail.getUserManager().getUserByEmail(STAFF)).getMessages()) {
                if (message.getMimeMessage().getSubject().startsWith("Tổng hợp")) {
                    digests++;
                }
            }
        } catch (MessagingException | com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException(e);
        }
        return digests;
    }

    /** Waits for the wall clock: the schedule's times are what this test is about. */
    private static void waitUntil(Instant moment) throws InterruptedException {
        long millis = Duration.between(Instant.now(), moment).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + timeout.toSeconds() + " s: " + what);
            }
            Thread.sleep(100);
        }
    }

    /** Checks that {@code condition} holds all through {@code time}, in which a wrong fire would show. */
    private static void holdsFor(Duration time, String what, BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plus(time);
        while (Instant.now().isBefore(end)) {
            assertThat(condition.getAsBoolean()).as(what).isTrue();
            Thread.sleep(100);
        }
    }
}
