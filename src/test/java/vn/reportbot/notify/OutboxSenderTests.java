package vn.reportbot.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.DirectoryLoader;
import vn.reportbot.system.Leases;
import vn.reportbot.templates.RenderedMail;

/**
 * The outbox sends each mail at most once, even when the service died while handing one to the SMTP server or the
 * server never answered the end of its data, tries again after a back-off a mail the server could not take, and never
 * lets one bad mail hold up the others. Against a real SMTP server (GreenMail) and, for a server that stalls, a tiny
 * one on a loopback socket.
 */
class OutboxSenderTests {

    private final DataSource dataSource = migratedDatabase();
    private final JdbcClient jdbc = JdbcClient.create(dataSource);
    private final SettableClock clock = new SettableClock(Instant.parse("2021-09-21T01:00:00Z"));
    private final Outbox outbox = Outboxes.on(dataSource, clock);
    private final Directory directory = DirectoryLoader.load(Path.of("config/directory.yml"));
    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private boolean serverUp;

    private StallingSmtpServer stalling;

    @AfterEach
    void stopServer() throws IOException {
        smtp.stop();
        if (stalling != null) {
            stalling.close();
        }
    }

    @Test
    void aMailWhoseSendingWasCutShortWhenTheServiceDiedIsNotSentAgainAfterTheRestart() {
        startServer();
        enqueue(acknowledgement(1));
        enqueue(acknowledgement(2));
        // the service that died had claimed mail 1 and was handing it to the server: it may have gone out; it is dead
        // (its liveness lease expired: one of no time at all, never renewed)
        long first = jdbc.sql("SELECT id FROM outbox WHERE dedupe_key = 'ack:1'").query(Long.class).single();
        assertThat(Outboxes.on(dataSource, clock, new Leases(dataSource, Duration.ZERO)).claim(first)).isTrue();

        OutboxSender restarted = sender();
        assertThat(restarted.flush()).isEqualTo(1);
        assertThat(delivered()).as("only the mail that was not being sent").containsExactly("Đã nhận 2");
        assertThat(status("ack:1")).isEqualTo("INTERRUPTED");
        assertThat(status("ack:2")).isEqualTo("SENT");
        assertThat(restarted.flush()).isZero();
        assertThat(delivered()).containsExactly("Đã nhận 2");
        assertThat(status("ack:1")).isEqualTo("INTERRUPTED");
    }

    @Test
    void aMailAnotherLiveInstanceIsSendingIsLeftToItAndEachQueuedMailGoesOutOnceThoughTwoInstancesFlush()
            throws Exception {
        startServer();
        for (int i = 1; i <= 40; i++) {
            enqueue(acknowledgement(i));
        }
        // another instance, alive (its liveness lease renewed), is handing mail 1 to the server just now
        Leases other = new Leases(dataSource, Duration.ofMinutes(1));
        Outbox othersOutbox = Outboxes.on(dataSource, clock, other);
        long first = jdbc.sql("SELECT id FROM outbox WHERE dedupe_key = 'ack:1'").query(Long.class).single();
        assertThat(othersOutbox.claim(first)).isTrue();

        java.util.concurrent.ExecutorService both = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var mine = both.submit(() -> sender().flush());
            var theirs = both.submit(() -> new OutboxSender(othersOutbox, mailTo(smtp.getSmtp().getPort()), directory,
                    id -> Optional.empty()).flush());
            assertThat(mine.get() + theirs.get()).as("mails sent by the two instances").isEqualTo(39);
        } finally {
            both.shutdownNow();
        }
        assertThat(status("ack:1")).as("left to the live instance sending it").isEqualTo("SENDING");
        assertThat(delivered()).as("each mail once").hasSize(39).doesNotHaveDuplicates().doesNotContain("Đã nhận 1");
        other.close();
    }

    @Test
    void flushesCalledTogetherInOneInstanceSendOneMailAtATimeAndLeaveNoQueuedMailBehind() throws Exception {
        startServer();
        for (int i = 1; i <= 60; i++) {
            enqueue(acknowledgement(i));
        }
        OutboxSender sender = sender();
        java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(4);
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        int mostInFlight = 0;
        try {
            List<java.util.concurrent.Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(callers.submit(sender::flush));
            }
            var watching = java.util.concurrent.CompletableFuture.runAsync(() -> {
                for (java.util.concurrent.Future<Integer> call : calls) {
                    try {
                        call.get();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
                done.set(true);
            });
            while (!done.get()) {
                mostInFlight = Math.max(mostInFlight, jdbc.sql("SELECT COUNT(*) FROM outbox WHERE status = 'SENDING'")
                        .query(Integer.class).single());
            }
            watching.get();
            int sent = 0;
            for (java.util.concurrent.Future<Integer> call : calls) {
                sent += call.get();
            }
            assertThat(sent).as("mails sent by the four calls together").isEqualTo(60);
        } finally {
            callers.shutdownNow();
        }
        assertThat(mostInFlight).as("mails being handed to the server at once in one instance").isLessThanOrEqualTo(1);
        assertThat(delivered()).as("each mail once").hasSize(60).doesNotHaveDuplicates();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox WHERE status <> 'SENT'").query(Integer.class).single())
                .as("mails left unsent").isZero();
    }

    @Test
    void anAcknowledgementQueuedBehindARunOfRemindersGoesOutBeforeThem() {
        startServer();
        for (int i = 1; i <= 5; i++) {
            outbox.enqueue(reminder("reminder:" + i), new RenderedMail("Nhắc " + i, "Nhắc báo cáo.", "<p>Nhắc báo cáo.</p>"));
        }
        enqueue(acknowledgement(1));

        assertThat(sender().flush()).isEqualTo(6);
        assertThat(delivered()).containsExactly("Đã nhận 1", "Nhắc 1", "Nhắc 2", "Nhắc 3", "Nhắc 4", "Nhắc 5");
    }

    @Test
    void aMailTheServerCouldNotBeReachedForIsTriedAgainAfterItsBackOffNotAtOnce() {
        enqueue(acknowledgement(1));
        enqueue(acknowledgement(2));

        assertThat(sender().flush()).as("the server is down").isZero();
        assertThat(status("ack:1")).isEqualTo("QUEUED");
        assertThat(status("ack:2")).isEqualTo("QUEUED");
        assertThat(lastError("ack:1")).startsWith("Không kết nối được máy chủ thư");
        assertThat(lastError("ack:2")).as("one connection attempt per flush, not one per mail").isEmpty();

        startServer();
        assertThat(sender().flush()).as("mail 1 waits for its back-off; mail 2 was never tried").isEqualTo(1);
        assertThat(delivered()).containsExactly("Đã nhận 2");
        assertThat(status("ack:1")).isEqualTo("QUEUED");

        clock.advance(Duration.ofSeconds(59));
        assertThat(sender().flush()).as("59 s later").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(sender().flush()).as("a minute later").isEqualTo(1);
        assertThat(delivered()).containsExactly("Đã nhận 2", "Đã nhận 1");
        assertThat(status("ack:1")).isEqualTo("SENT");
    }

    @Test
    void mailWaitsOutAnSmtpOutageOfADayWithoutFailingAndGoesOutWhenTheServerIsBack() {
        enqueue(acknowledgement(1));
        enqueue(acknowledgement(2));

        for (int hour = 0; hour < 24; hour++) {
            assertThat(sender().flush()).as("the server is down, hour " + hour).isZero();
            clock.advance(Duration.ofHours(1));
        }
        assertThat(status("ack:1")).as("an outage uses up none of the mail's attempts").isEqualTo("QUEUED");
        assertThat(status("ack:2")).isEqualTo("QUEUED");

        startServer();
        assertThat(sender().flush()).isEqualTo(2);
        assertThat(delivered()).containsExactlyInAnyOrder("Đã nhận 1", "Đã nhận 2");
    }

    @Test
    void theBackOffDoublesFromAMinuteUpToAnHour() {
        assertThat(List.of(1, 2, 3, 4, 7, 8, 30).stream().map(Outbox::backOff).map(Duration::toMinutes))
                .containsExactly(1L, 2L, 4L, 8L, 60L, 60L, 60L);
    }

    @Test
    void aMailForAnOfficeThatLeftTheDirectoryFailsWithItsReasonAndTheMailsBehindItAreSent() {
        startServer();
        enqueue(new OutgoingMail("ack:1", "acknowledgement", "phan-rang-mttq", null, "phuoc-dai",
                List.of("mttq.phuocdai@gmail.com"), null));
        enqueue(acknowledgement(2));
        enqueue(acknowledgement(3));

        assertThat(sender().flush()).isEqualTo(2);
        assertThat(delivered()).containsExactly("Đã nhận 2", "Đã nhận 3");
        assertThat(status("ack:1")).isEqualTo("FAILED");
        assertThat(lastError("ack:1")).startsWith("Không tạo được thư để gửi").contains("phan-rang-mttq");

        assertThat(sender().flush()).as("the failed mail is not tried again").isZero();
        assertThat(status("ack:1")).isEqualTo("FAILED");
    }

    @Test
    void aMailWhoseDataTheServerTookWithoutAnsweringIsInterruptedAndNeverSentAgain() throws IOException {
        stalling = new StallingSmtpServer(null);
        enqueue(acknowledgement(1));

        assertThat(sender(stalling.port(), "500").flush()).isZero();
        assertThat(stalling.endsOfData()).as("the server got the whole mail").isEqualTo(1);
        assertThat(status("ack:1")).isEqualTo("INTERRUPTED");
        assertThat(lastError("ack:1")).contains("không rõ thư đã được gửi hay chưa");

        startServer();
        clock.advance(Duration.ofDays(1));
        assertThat(sender().flush()).isZero();
        assertThat(sender(stalling.port(), "500").flush()).isZero();
        assertThat(delivered()).isEmpty();
        assertThat(stalling.endsOfData()).isEqualTo(1);
        assertThat(status("ack:1")).isEqualTo("INTERRUPTED");
    }

    @Test
    void aMailTheServerRefusesAtTheEndOfItsDataIsTriedAgainAfterItsBackOff() throws IOException {
        stalling = new StallingSmtpServer("451 4.3.0 Temporary failure, try again later");
        enqueue(acknowledgement(1));
        enqueue(acknowledgement(2));

        assertThat(sender(stalling.port(), "5000").flush()).isZero();
        assertThat(stalling.endsOfData()).as("each mail is tried").isEqualTo(2);
        assertThat(status("ack:1")).isEqualTo("QUEUED");
        assertThat(lastError("ack:1")).startsWith("Máy chủ thư không nhận thư").contains("451");

        startServer();
        clock.advance(Duration.ofMinutes(1));
        assertThat(sender().flush()).isEqualTo(2);
        assertThat(delivered()).containsExactly("Đã nhận 1", "Đã nhận 2");
    }

    @Test
    void aMailRefusedAtEachTryFailsAfterTheLastAttempt() throws IOException {
        stalling = new StallingSmtpServer("554 5.7.1 Message rejected");
        enqueue(acknowledgement(1));

        for (int attempt = 1; attempt < Outbox.MAX_ATTEMPTS; attempt++) {
            assertThat(sender(stalling.port(), "5000").flush()).isZero();
            assertThat(status("ack:1")).as("after attempt " + attempt).isEqualTo("QUEUED");
            clock.advance(Outbox.backOff(attempt));
        }
        assertThat(sender(stalling.port(), "5000").flush()).isZero();
        assertThat(status("ack:1")).isEqualTo("FAILED");
        assertThat(stalling.endsOfData()).isEqualTo(Outbox.MAX_ATTEMPTS);
    }

    @Test
    void aMailThatCannotBeRenderedIsKeptFailedAndHealthShowsItWithItsReason() {
        enqueue(acknowledgement(1));
        outbox.keepUnrendered(new OutgoingMail("digest:bac-ai-mttq:2021-09-21", "digest", "bac-ai-mttq", null, null,
                List.of("ben.nv@bacai.example"), null), "Không tạo được thư từ mẫu digest.txt.ftl dòng 3, cột 5: …");
        outbox.keepUnrendered(new OutgoingMail("digest:bac-ai-mttq:2021-09-21", "digest", "bac-ai-mttq", null, null,
                List.of("ben.nv@bacai.example"), null), "a second time for the same occasion");

        assertThat(status("digest:bac-ai-mttq:2021-09-21")).isEqualTo("FAILED");
        var health = new NotifyConfiguration().outboxHealthIndicator(outbox).health(true);
        assertThat(health.getStatus().getCode()).isEqualTo("UP");
        assertThat(health.getDetails()).containsEntry("waiting", 1).containsEntry("failed", 1)
                .containsEntry("interrupted", 0);
        assertThat(health.getDetails().get("latestFailure")).asString()
                .contains("digest:bac-ai-mttq:2021-09-21", "Không tạo được thư từ mẫu digest.txt.ftl dòng 3, cột 5");
    }

    @Test
    void theDigestListsTheMailsThatFailedSinceThePreviousDigestOnly() {
        enqueue(new OutgoingMail("digest:bac-ai-mttq:2021-09-20", "digest", "bac-ai-mttq", null, null,
                List.of("ben.nv@bacai.example"), null));
        outbox.keepUnrendered(reminder("reminder:1:phuoc-dai:2021-09-20"), "trước bản tổng hợp trước");
        clock.advance(Duration.ofHours(1));
        enqueue(new OutgoingMail("digest:bac-ai-mttq:2021-09-21", "digest", "bac-ai-mttq", null, null,
                List.of("ben.nv@bacai.example"), null));
        clock.advance(Duration.ofHours(1));
        outbox.keepUnrendered(reminder("reminder:1:phuoc-dai:2021-09-22"), "sau bản tổng hợp trước");
        clock.advance(Duration.ofDays(1));

        var since = outbox.lastDigestBefore("bac-ai-mttq", clock.instant()).orElseThrow();
        assertThat(outbox.failures(Optional.of("bac-ai-mttq"), since)).extracting(Outbox.FailedMail::reason)
                .containsExactly("sau bản tổng hợp trước");
        assertThat(outbox.failures(Optional.of("hai-hau-bdv"), since)).isEmpty();
    }

    @Test
    void theFilesQueuedWithAMailGoWithItAfterARestartByTheirVietnameseNames() throws Exception {
        startServer();
        byte[] sheet = "bảng tổng hợp".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] draft = new byte[70_000];
        new java.util.Random(7).nextBytes(draft);
        enqueue(new OutgoingMail("digest:bac-ai-mttq:2021-09-21", "digest", "bac-ai-mttq", null, null,
                List.of("ben.nv@bacai.example"), null).withAttachments(List.of(
                new MailAttachment("Tổng hợp báo cáo 21-09-2021.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet),
                new MailAttachment("Dự thảo báo cáo tổng hợp.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", draft))));

        Outbox afterRestart = Outboxes.on(dataSource, clock);
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(smtp.getSmtp().getPort());
        assertThat(new OutboxSender(afterRestart, mail, directory, id -> Optional.empty()).flush()).isEqualTo(1);

        MimeMessage sent = smtp.getReceivedMessages()[0];
        assertThat(sent.getContentType()).startsWith("multipart/mixed");
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) sent.getContent();
        assertThat(parts.getCount()).as("the text and HTML, then both files").isEqualTo(3);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("multipart/alternative");
        assertThat(jakarta.mail.internet.MimeUtility.decodeText(parts.getBodyPart(1).getFileName()))
                .isEqualTo("Tổng hợp báo cáo 21-09-2021.xlsx");
        assertThat(parts.getBodyPart(1).getInputStream().readAllBytes()).isEqualTo(sheet);
        assertThat(jakarta.mail.internet.MimeUtility.decodeText(parts.getBodyPart(2).getFileName()))
                .isEqualTo("Dự thảo báo cáo tổng hợp.docx");
        assertThat(parts.getBodyPart(2).getInputStream().readAllBytes()).isEqualTo(draft);
        assertThat(parts.getBodyPart(2).getContentType())
                .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void aMailWithoutFilesIsSentAsTextAndHtmlOnly() throws Exception {
        startServer();
        enqueue(acknowledgement(5));

        sender().flush();

        assertThat(smtp.getReceivedMessages()[0].getContentType()).startsWith("multipart/alternative");
    }

    private static OutgoingMail reminder(String key) {
        return new OutgoingMail(key, "reminder", "bac-ai-mttq", null, "phuoc-dai", List.of("mttq.phuocdai@gmail.com"), null);
    }

    private void startServer() {
        smtp.start();
        serverUp = true;
    }

    private OutboxSender sender() {
        return sender(serverUp ? smtp.getSmtp().getPort() : portNobodyListensOn(), "10000");
    }

    /** @param timeout {@code mail.smtp.timeout}: how long to wait for each of the server's answers, in ms */
    private static JavaMailSenderImpl mailTo(int port) {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(port);
        return mail;
    }

    private OutboxSender sender(int port, String timeout) {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(port);
        mail.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        mail.getJavaMailProperties().put("mail.smtp.timeout", timeout);
        return new OutboxSender(outbox, mail, directory, id -> Optional.empty());
    }

    private void enqueue(OutgoingMail mail) {
        outbox.enqueue(mail, new RenderedMail("Đã nhận " + mail.dedupeKey().replaceFirst("^ack:", ""),
                "Đã nhận báo cáo.", "<p>Đã nhận báo cáo.</p>"));
    }

    private static int portNobodyListensOn() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What reached the server, by subject without the token. */
    private List<String> delivered() {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            try {
                subjects.add(m.getSubject().replaceFirst(" \\[RB-\\w{5}\\]$", ""));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return subjects;
    }

    private static OutgoingMail acknowledgement(int report) {
        return new OutgoingMail("ack:" + report, "acknowledgement", "bac-ai-mttq", null, "phuoc-dai",
                List.of("mttq.phuocdai@gmail.com"), "<report-" + report + "@mail.gmail.com>");
    }

    private String lastError(String dedupeKey) {
        return jdbc.sql("SELECT COALESCE(last_error, '') FROM outbox WHERE dedupe_key = ?").param(dedupeKey).query(String.class).single();
    }

    private String status(String dedupeKey) {
        return jdbc.sql("SELECT status FROM outbox WHERE dedupe_key = ?").param(dedupeKey).query(String.class).single();
    }

    private static DataSource migratedDatabase() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:outbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).load().migrate();
        return dataSource;
    }
}
