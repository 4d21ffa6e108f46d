package vn.reportbot.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

import vn.reportbot.dispatch.DispatchImporter;
import vn.reportbot.dispatch.ImportedDispatch;
import vn.reportbot.report.ReportRecorded;
import vn.reportbot.system.JobResult;
import vn.reportbot.system.JobRunner;

/**
 * The service as it runs in production (its own beans, an H2 database under the bench's folder, the templates of
 * {@code reportbot.templates}), reading the office's mailbox on the loopback server and sending its mail there.
 * Nothing is scheduled, and (but in {@link #startWatching}) no IDLE connection is kept and the dispatch folder is not
 * watched ({@code reportbot.cli}): the bench imports its dispatch and runs the {@code poll} job itself, as {@code POST /api/jobs/poll/run} does. No web
 * server: the bench does not use the API. The bench also notes when the
 * service last recorded a report ({@link ReportRecorded}), to tell reading from acknowledging within a poll.
 */
final class ServiceUnderBench implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final RecordingClock recorded;

    private ServiceUnderBench(ConfigurableApplicationContext context, RecordingClock recorded) {
        this.context = context;
        this.recorded = recorded;
    }

    static ServiceUnderBench start(Class<?> application, Path folder, Path directory, LoopbackMailServer mail) {
        return start(application, folder, directory, mail.imapUrl(), mail.smtpPort());
    }

    /** The same, on {@code database} rather than H2 under the folder. */
    static ServiceUnderBench start(Class<?> application, Path folder, Path directory, LoopbackMailServer mail,
                                   BenchDatabase database) {
        return start(application, folder, directory, mail.imapUrl(), mail.smtpPort(), database.serviceArguments());
    }

    /** The same, with the mailbox's URL and the SMTP port of a server elsewhere (in another JVM). */
    static ServiceUnderBench start(Class<?> application, Path folder, Path directory, String imapUrl, int smtpPort) {
        return start(application, folder, directory, imapUrl, smtpPort, List.of());
    }

    /** The same, with more of the service's arguments ({@code --reportbot.reminders.quiet-hours=}). */
    static ServiceUnderBench start(Class<?> application, Path folder, Path directory, LoopbackMailServer mail,
                                   List<String> more) {
        return start(application, folder, directory, mail.imapUrl(), mail.smtpPort(), more);
    }

    /**
     * The service as it runs in production with IMAP IDLE on: once it is ready, it keeps a connection to the office's
     * mailbox and polls as soon as the server announces a message, as {@code reportbot.mailbox.idle} does by default.
     */
    static ServiceUnderBench startWatching(Class<?> application, Path folder, Path directory, LoopbackMailServer mail) {
        return start(application, folder, directory, mail.imapUrl(), mail.smtpPort(), true, List.of());
    }

    private static ServiceUnderBench start(Class<?> application, Path folder, Path directory, String imapUrl,
                                           int smtpPort, List<String> more) {
        return start(application, folder, directory, imapUrl, smtpPort, false, more);
    }

    private static ServiceUnderBench start(Class<?> application, Path folder, Path directory, String imapUrl,
                                           int smtpPort, boolean watching, List<String> more) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "--reportbot.cli=" + !watching,
                "--reportbot.directory=" + directory,
                "--reportbot.data-dir=" + folder.resolve("data"),
                "--reportbot.dispatches=" + folder.resolve("dispatches"),
                "--reportbot.mailboxes." + GeneratedDistrict.OFFICE_ID + ".url=" + imapUrl,
                "--reportbot.embedded-mail.enabled=false",
                "--reportbot.mailbox.idle=" + watching,
                "--reportbot.schedule.poll=",
                "--reportbot.schedule.reminders=",
                "--reportbot.schedule.digest=",
                "--spring.quartz.auto-startup=false",
                "--reportbot.admin.password=" + UUID.randomUUID(),
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--logging.level.root=WARN",
                "--logging.level.vn.reportbot=WARN"));
        args.addAll(more);
        RecordingClock recorded = new RecordingClock();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
                .logStartupInfo(false).listeners(recorded).run(args.toArray(String[]::new));
        return new ServiceUnderBench(context, recorded);
    }

    ImportedDispatch importDispatch(String text) {
        return context.getBean(DispatchImporter.class).importText(text, "bench-dispatch.txt",
                Optional.of(GeneratedDistrict.OFFICE_ID));
    }

    /** Runs the {@code poll} job for the office: everything waiting in its mailbox is processed when it returns. */
    JobResult poll() {
        return run("poll");
    }

    /** Runs a job ({@code poll}, {@code reminders}, {@code digest}) for the office, as the API does. */
    JobResult run(String job) {
        return context.getBean(JobRunner.class).run(job, Optional.of(GeneratedDistrict.OFFICE_ID));
    }

    /** The service's JDBC access, for a baseline on its own database. */
    org.springframework.jdbc.core.JdbcTemplate jdbc() {
        return context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
    }

    /** Runs {@code work} in one transaction of the service's database. */
    void inTransaction(Runnable work) {
        new org.springframework.transaction.support.TransactionTemplate(
                context.getBean(org.springframework.transaction.PlatformTransactionManager.class))
                .executeWithoutResult(status -> work.run());
    }

    /** {@link System#nanoTime()} when the service last recorded a report. */
    long lastRecordedAt() {
        return recorded.at;
    }

    @Override
    public void close() {
        context.close();
    }

    /** Notes when each report is recorded. */
    private static final class RecordingClock implements ApplicationListener<PayloadApplicationEvent<ReportRecorded>> {
        volatile long at;

        @Override
        public void onApplicationEvent(PayloadApplicationEvent<ReportRecorded> event) {
            at = System.nanoTime();
        }
    }
}
