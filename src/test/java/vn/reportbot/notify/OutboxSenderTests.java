package vn.reportbot.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.DirectoryLoader;
import vn.reportbot.templates.RenderedMail;

/** The outbox sends each mail at most once, even when the service dies while handing one to the SMTP server. */
class OutboxSenderTests {

    private final JdbcClient jdbc = migratedDatabase();
    private final Outbox outbox = new Outbox(jdbc, Clock.systemUTC(), new NotifyProperties(3, "reportbot.local"));
    private final Directory directory = DirectoryLoader.load(Path.of("config/directory.yml"));
    private final List<String> delivered = new ArrayList<>();

    @Test
    void aMailWhoseSendingWasCutShortWhenTheServiceDiedIsNotSentAgainAfterTheRestart() {
        outbox.enqueue(acknowledgement(1));
        outbox.enqueue(acknowledgement(2));

        OutboxSender dying = new OutboxSender(outbox, new SmtpServer(Behaviour.ACCEPT_THEN_THE_SERVICE_DIES), directory, id -> java.util.Optional.empty());
        assertThatThrownBy(dying::flush).isInstanceOf(ServiceDied.class);
        assertThat(delivered).as("the server accepted the first mail before the service died").containsExactly("Đã nhận 1");

        OutboxSender restarted = new OutboxSender(outbox, new SmtpServer(Behaviour.ACCEPT), directory, id -> java.util.Optional.empty());
        assertThat(restarted.flush()).isEqualTo(1);
        assertThat(delivered).as("each mail once").containsExactly("Đã nhận 1", "Đã nhận 2");
        assertThat(status("ack:1")).isEqualTo("INTERRUPTED");
        assertThat(status("ack:2")).isEqualTo("SENT");
        assertThat(restarted.flush()).isZero();
        assertThat(status("ack:1")).isEqualTo("INTERRUPTED");
    }

    @Test
    void aMailTheServerRefusedIsTriedAgainOnTheNextFlush() {
        outbox.enqueue(acknowledgement(1));

        assertThat(new OutboxSender(outbox, new SmtpServer(Behaviour.REFUSE), directory, id -> java.util.Optional.empty()).flush()).isZero();
        assertThat(status("ack:1")).isEqualTo("QUEUED");

        assertThat(new OutboxSender(outbox, new SmtpServer(Behaviour.ACCEPT), directory, id -> java.util.Optional.empty()).flush()).isEqualTo(1);
        assertThat(delivered).containsExactly("Đã nhận 1");
        assertThat(status("ack:1")).isEqualTo("SENT");
    }

    private static OutgoingMail acknowledgement(int report) {
        return new OutgoingMail("ack:" + report, "acknowledgement", "bac-ai-mttq", null, "phuoc-dai",
                List.of("mttq.phuocdai@gmail.com"), new RenderedMail("Đã nhận " + report, "Đã nhận báo cáo.", "<p>Đã nhận báo cáo.</p>"),
                "<report-" + report + "@mail.gmail.com>");
    }

    private String status(String dedupeKey) {
        return jdbc.sql("SELECT status FROM outbox WHERE dedupe_key = ?").param(dedupeKey).query(String.class).single();
    }

    private static JdbcClient migratedDatabase() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:outbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).load().migrate();
        return JdbcClient.create(dataSource);
    }

    private enum Behaviour { ACCEPT, REFUSE, ACCEPT_THEN_THE_SERVICE_DIES }

    /** The process ends here: nothing after this line runs, as after a SIGKILL. */
    private static final class ServiceDied extends Error {
        ServiceDied() {
            super("the service died");
        }
    }

    /** An SMTP server as the sender sees it: it keeps what it accepts. */
    private final class SmtpServer extends JavaMailSenderImpl {

        private final Behaviour behaviour;

        SmtpServer(Behaviour behaviour) {
            this.behaviour = behaviour;
        }

        @Override
        protected void doSend(MimeMessage[] messages, Object[] originals) {
            if (behaviour == Behaviour.REFUSE) {
                throw new MailSendException("421 try again later");
            }
            for (MimeMessage message : messages) {
                try {
                    delivered.add(message.getSubject().replaceFirst(" \\[RB-\\w{5}\\]$", ""));
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            if (behaviour == Behaviour.ACCEPT_THEN_THE_SERVICE_DIES) {
                throw new ServiceDied();
            }
        }
    }
}
