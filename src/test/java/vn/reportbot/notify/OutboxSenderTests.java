package vn.reportbot.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
import vn.reportbot.templates.RenderedMail;

/**
 * The outbox sends each mail at most once, even when the service died while handing one to the SMTP server, and
 * tries again a mail the server could not take. Against a real SMTP server (GreenMail).
 */
class OutboxSenderTests {

    private final JdbcClient jdbc = migratedDatabase();
    private final Outbox outbox = new Outbox(jdbc, Clock.systemUTC(), new NotifyProperties(3, "reportbot.local"));
    private final Directory directory = DirectoryLoader.load(Path.of("config/directory.yml"));
    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private boolean serverUp;

    @AfterEach
    void stopServer() {
        smtp.stop();
    }

    @Test
    void aMailWhoseSendingWasCutShortWhenTheServiceDiedIsNotSentAgainAfterTheRestart() {
        startServer();
        outbox.enqueue(acknowledgement(1));
        outbox.enqueue(acknowledgement(2));
        // the service that died had claimed mail 1 and was handing it to the server: it may have gone out
        long first = jdbc.sql("SELECT id FROM outbox WHERE dedupe_key = 'ack:1'").query(Long.class).single();
        assertThat(outbox.claim(first)).isTrue();

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
    void aMailTheServerCouldNotTakeIsTriedAgainOnTheNextFlush() {
        outbox.enqueue(acknowledgement(1));
        outbox.enqueue(acknowledgement(2));

        assertThat(sender().flush()).as("the server is down").isZero();
        assertThat(status("ack:1")).isEqualTo("QUEUED");
        assertThat(status("ack:2")).isEqualTo("QUEUED");

        startServer();
        assertThat(sender().flush()).isEqualTo(2);
        assertThat(delivered()).containsExactly("Đã nhận 1", "Đã nhận 2");
        assertThat(status("ack:1")).isEqualTo("SENT");
    }

    private void startServer() {
        smtp.start();
        serverUp = true;
    }

    private OutboxSender sender() {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(serverUp ? smtp.getSmtp().getPort() : portNobodyListensOn());
        mail.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        return new OutboxSender(outbox, mail, directory, id -> Optional.empty());
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
}
