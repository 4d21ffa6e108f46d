package vn.reportbot.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.env.MockEnvironment;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import vn.reportbot.FaultyProxy;
import vn.reportbot.directory.Directory;
import vn.reportbot.directory.DirectoryLoader;
import vn.reportbot.embedded.EmbeddedMailServer;
import vn.reportbot.templates.RenderedMail;

/**
 * The outbox against an SMTP server that fails the way real ones do, through a {@link FaultyProxy} in front of a real
 * one (GreenMail): it refuses connections, swallows them without a word, refuses a command of the envelope, or the
 * connection drops in the middle of a mail or just after its end. Whatever the fault, once the server is good again
 * each mail is in its recipient's mailbox exactly once, except a mail whose end the server may have taken unanswered,
 * which is in it at most once and never sent again. A clock that jumps a day back or forth neither holds a mail for a
 * day nor sends one twice.
 */
class SmtpFaultsTests {

    private static final List<String> UNITS = List.of("mttq.phuocdai@gmail.com", "mttq.phuoctien@gmail.com",
            "mttq.phuocthang@gmail.com");

    private final DriverManagerDataSource dataSource = migratedDatabase();
    private final JdbcClient jdbc = JdbcClient.create(dataSource);
    private final SettableClock clock = new SettableClock(Instant.parse("2021-09-21T01:00:00Z"));
    private final Outbox outbox = Outboxes.on(dataSource, clock);
    private final Directory directory = DirectoryLoader.load(Path.of("config/directory.yml"));
    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private FaultyProxy proxy;
    private StallingSmtpServer refusing;

    SmtpFaultsTests() throws IOException {
        smtp.start();
        proxy = FaultyProxy.inFrontOf("127.0.0.1", smtp.getSmtp().getPort());
    }

    @AfterEach
    void stopServers() throws IOException {
        proxy.close();
        smtp.stop();
        if (refusing != null) {
            refusing.close();
        }
    }

    @Test
    void mailWaitsWhileTheServerRefusesConnectionsAndArrivesOnceEachWhenItTakesThemAgain() {
        queueAcknowledgements();
        proxy.mode(FaultyProxy.Mode.REFUSE);

        assertThat(sender(proxy.port()).flush()).isZero();
        assertThat(statuses()).containsOnly("QUEUED");
        assertThat(lastError(1)).startsWith("Không kết nối được máy chủ thư");
        assertThat(attempts()).as("an unreachable server uses up none of the mails' tries").containsOnly(0);

        proxy.mode(FaultyProxy.Mode.PASS);
        clock.advance(Outbox.UNREACHABLE_WAIT);
        assertThat(sender(proxy.port()).flush()).isEqualTo(3);
        assertThat(sender(proxy.port()).flush()).isZero();
        assertEachUnitHoldsItsAcknowledgementOnce();
        assertThat(statuses()).containsOnly("SENT");
    }

    @ParameterizedTest(name = "refused at {0}")
    @ValueSource(strings = {"MAIL", "RCPT", "DATA"})
    void aMailTheServerRefusesForNowAtAnyCommandIsTriedAgainAfterItsBackOffAndArrivesOnce(String command)
            throws IOException {
        queueAcknowledgements();
        refusing = StallingSmtpServer.refusing(command, "451 4.3.0 Try again later");

        assertThat(sender(refusing.port()).flush()).isZero();
        assertThat(refusing.refusals()).as("each mail is tried").isEqualTo(3);
        assertThat(statuses()).containsOnly("QUEUED");
        assertThat(attempts()).containsOnly(1);
        assertThat(lastError(1)).startsWith("Máy chủ thư không nhận thư:").contains("451");

        clock.advance(Outbox.backOff(1).minusSeconds(1));
        assertThat(sender(proxy.port()).flush()).as("not before its back-off").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(sender(proxy.port()).flush()).isEqualTo(3);
        assertEachUnitHoldsItsAcknowledgementOnce();
    }

    @Test
    void aRecipientTheServerRefusesForGoodEndsFailedWithTheReasonAfterItsTriesAndIsNotTriedAgain() throws IOException {
        queueAcknowledgements();
        refusing = StallingSmtpServer.refusing("RCPT", "550 5.1.1 Mailbox does not exist");
        for (int attempt = 1; attempt <= Outbox.MAX_ATTEMPTS; attempt++) {
            assertThat(sender(refusing.port()).flush()).isZero();
            clock.advance(Outbox.backOff(attempt));
        }
        assertThat(statuses()).containsOnly("FAILED");
        assertThat(lastError(1)).startsWith("Máy chủ thư không nhận thư:").contains("550");
        assertThat(refusing.refusals()).isEqualTo(3 * Outbox.MAX_ATTEMPTS);

        clock.advance(Duration.ofDays(1));
        assertThat(sender(refusing.port()).flush()).isZero();
        assertThat(refusing.refusals()).as("a failed mail is not tried again").isEqualTo(3 * Outbox.MAX_ATTEMPTS);
    }

    @Test
    void aServerThatNeverAnswersHoldsTheSenderNoLongerThanItsTimeoutAndTheMailGoesOutOnceLater() {
        queueAcknowledgements();
        proxy.mode(FaultyProxy.Mode.BLACKHOLE);

        long started = System.nanoTime();
        assertThat(sender(proxy.port(), "500").flush()).isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .as("one connection waits for its greeting for the 500 ms timeout, not forever").isLessThan(Duration.ofSeconds(10));
        assertThat(statuses()).containsOnly("QUEUED");
        assertThat(lastError(1)).startsWith("Không kết nối được máy chủ thư");

        proxy.mode(FaultyProxy.Mode.PASS);
        clock.advance(Outbox.UNREACHABLE_WAIT);
        assertThat(sender(proxy.port()).flush()).isEqualTo(3);
        assertEachUnitHoldsItsAcknowledgementOnce();
    }

    @Test
    void theServiceSetsTimeoutsOnEverySmtpConnectionWhichTheSettingsMayChange() {
        MockEnvironment settings = new MockEnvironment().withProperty("spring.mail.host", "smtp.example.vn");
        var embedded = new StaticListableBeanFactory().getBeanProvider(EmbeddedMailServer.class);
        var defaults = new NotifyConfiguration().mailSender(settings, embedded).getJavaMailProperties();
        assertThat(defaults).containsEntry("mail.smtp.connectiontimeout", "10000")
                .containsEntry("mail.smtp.timeout", "30000").containsEntry("mail.smtp.writetimeout", "30000");

        settings.withProperty("spring.mail.properties.mail.smtp.timeout", "5000");
        assertThat(new NotifyConfiguration().mailSender(settings, embedded).getJavaMailProperties())
                .containsEntry("mail.smtp.timeout", "5000").containsEntry("mail.smtp.writetimeout", "30000");
    }

    @Test
    void aConnectionDroppedInTheMiddleOfAMailLeavesItQueuedAndItArrivesOnceWhenTriedAgain() {
        // 4 MB of file each: more than the kernel takes in at once, so the sender is still writing when the cut comes
        byte[] file = new byte[4 * 1024 * 1024];
        new java.util.Random(18).nextBytes(file);
        queueAcknowledgements(List.of(new MailAttachment("Tổng hợp báo cáo.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file)));
        proxy.cutWhenClientSent("Auto-Submitted: auto-generated"); // a header: the body is still to come

        assertThat(sender(proxy.port()).flush()).isZero();
        assertThat(smtp.getReceivedMessages()).as("the server got no mail whole").isEmpty();
        assertThat(statuses()).containsOnly("QUEUED");
        assertThat(lastError(1)).startsWith("Máy chủ thư không nhận thư:");

        proxy.cutWhenClientSent(null);
        clock.advance(Outbox.backOff(1));
        assertThat(sender(proxy.port()).flush()).isEqualTo(3);
        assertEachUnitHoldsItsAcknowledgementOnce();
    }

    @Test
    void aConnectionDroppedAfterTheEndOfAMailButBeforeTheAnswerLeavesItInterruptedAndItIsNeverSentAgain() {
        queueAcknowledgements();
        proxy.cutWhenClientSent("\r\n.\r\n"); // the end of the data; dot-stuffing keeps it out of the mail itself

        assertThat(sender(proxy.port()).flush()).isZero();
        assertThat(statuses()).containsOnly("INTERRUPTED");
        assertThat(lastError(1)).startsWith("Máy chủ thư đã nhận nội dung thư nhưng không trả lời")
                .endsWith("không rõ thư đã được gửi hay chưa, nên hệ thống không gửi lại.");
        assertThat(smtp.waitForIncomingEmail(5_000, 3)).as("the server did get them").isTrue();

        proxy.cutWhenClientSent(null);
        clock.advance(Duration.ofDays(1));
        assertThat(sender(proxy.port()).flush()).isZero();
        assertEachUnitHoldsItsAcknowledgementOnce();
        assertThat(statuses()).containsOnly("INTERRUPTED");
    }

    @Test
    void aClockGoingBackADayHoldsNoMailForADayAndOneGoingForwardSendsEachWaitingMailOnce() throws Exception {
        queueAcknowledgements();
        refusing = StallingSmtpServer.refusing("MAIL", "451 4.3.0 Try again later");
        assertThat(sender(refusing.port()).flush()).isZero();
        assertThat(attempts()).containsOnly(1);

        clock.advance(Duration.ofDays(-1));
        assertThat(sender(proxy.port()).flush()).as("a back-off set before the clock went back a day").isEqualTo(3);
        assertEachUnitHoldsItsAcknowledgementOnce();

        smtp.purgeEmailFromAllMailboxes();
        jdbc.sql("DELETE FROM outbox").update();
        queueAcknowledgements();
        assertThat(sender(refusing.port()).flush()).isZero();
        clock.advance(Duration.ofDays(1));
        assertThat(sender(proxy.port()).flush()).as("the clock went forward a day").isEqualTo(3);
        assertThat(sender(proxy.port()).flush()).isZero();
        clock.advance(Duration.ofDays(-1));
        assertThat(sender(proxy.port()).flush()).as("and back again").isZero();
        assertEachUnitHoldsItsAcknowledgementOnce();
    }

    /** A sender with timeouts of 10 s: a busy machine's GreenMail answers the end of a 4 MB mail in time. */
    private OutboxSender sender(int port) {
        return sender(port, "10000");
    }

    /** A sender with the service's three SMTP timeouts set to {@code timeout} ms. */
    private OutboxSender sender(int port, String timeout) {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(port);
        mail.getJavaMailProperties().put("mail.smtp.connectiontimeout", timeout);
        mail.getJavaMailProperties().put("mail.smtp.timeout", timeout);
        mail.getJavaMailProperties().put("mail.smtp.writetimeout", timeout);
        return new OutboxSender(outbox, mail, directory, id -> Optional.empty());
    }

    private void queueAcknowledgements() {
        queueAcknowledgements(List.of());
    }

    private void queueAcknowledgements(List<MailAttachment> files) {
        for (int i = 0; i < UNITS.size(); i++) {
            int report = i + 1;
            outbox.enqueue(new OutgoingMail("ack:" + report, "acknowledgement", "bac-ai-mttq", null, null,
                            List.of(UNITS.get(i)), "<report-" + report + "@mail.gmail.com>").withAttachments(files),
                    new RenderedMail("Đã nhận báo cáo số " + report, "Đã nhận báo cáo.", "<p>Đã nhận báo cáo.</p>"));
        }
    }

    /** Each unit's mailbox holds one mail, its acknowledgement, with the Message-ID the outbox gave it. */
    private void assertEachUnitHoldsItsAcknowledgementOnce() {
        List<String> held = new ArrayList<>();
        try {
            for (MimeMessage message : smtp.getReceivedMessages()) {
                for (Address to : message.getAllRecipients()) {
                    held.add(to + " " + message.getMessageID());
                }
            }
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < UNITS.size(); i++) {
            expected.add(UNITS.get(i) + " " + jdbc.sql("SELECT message_id FROM outbox WHERE dedupe_key = ?")
                    .param("ack:" + (i + 1)).query(String.class).single());
        }
        assertThat(held).containsExactlyInAnyOrderElementsOf(expected);
    }

    private List<String> statuses() {
        return jdbc.sql("SELECT status FROM outbox ORDER BY id").query(String.class).list();
    }

    private List<Integer> attempts() {
        return jdbc.sql("SELECT attempts FROM outbox ORDER BY id").query(Integer.class).list();
    }

    private String lastError(int report) {
        return jdbc.sql("SELECT COALESCE(last_error, '') FROM outbox WHERE dedupe_key = ?").param("ack:" + report)
                .query(String.class).single();
    }

    private static DriverManagerDataSource migratedDatabase() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:smtp-faults-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).load().migrate();
        return dataSource;
    }
}
