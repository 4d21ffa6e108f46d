package vn.reportbot.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a mailbox on a real Dovecot: the poll moves what it processed to the processed folder, and IDLE brings
 * a new message in within seconds. Skipped with a message where Dovecot is not installed
 * ({@code scripts/start-test-services.sh} installs it), except under {@code CI=true}, where it must run.
 */
class DovecotMailboxIT {

    private static final String USER = Bot.MAILBOX;
    private static final String PASSWORD = "pw";

    @TempDir
    Path dataDir;

    private Dovecot dovecot;
    private Bot bot;

    @BeforeEach
    void startDovecot() throws Exception {
        var binary = Dovecot.binary();
        if (binary.isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but dovecot is not installed: run scripts/start-test-services.sh");
            }
            Assumptions.abort("dovecot is not installed (apt-get install dovecot-imapd, or scripts/start-test-services.sh"
                    + " as root): the Dovecot test is skipped");
        }
        dovecot = Dovecot.start(binary.get(), USER, PASSWORD);
    }

    @AfterEach
    void stopAll() throws Exception {
        if (bot != null) {
            bot.close();
        }
        if (dovecot != null) {
            dovecot.close();
        }
    }

    @Test
    void thePollMovesProcessedMessagesAndIdleBringsANewOneInWithinSeconds() throws Exception {
        int port = dovecot.port();
        Mails.append(port, USER, PASSWORD, "INBOX", Mails.message("<dovecot-1@test>", "Bao cao 1"));
        Mails.append(port, USER, PASSWORD, "INBOX", Mails.message("<dovecot-2@test>", "Bao cao 2"));
        bot = Bot.start(dataDir, Bot.imapUrl(USER, PASSWORD, port), "--reportbot.mailbox.processed-folder=Processed");

        bot.poll(); // waits for a poll the watcher may have begun on connecting
        assertThat(bot.reportsWithMessageId("<dovecot-1@test>")).isEqualTo(1);
        assertThat(bot.reportsWithMessageId("<dovecot-2@test>")).isEqualTo(1);
        assertThat(Mails.look(port, USER, PASSWORD, "INBOX").subjects()).isEmpty();
        Mails.FolderView processed = Mails.look(port, USER, PASSWORD, "Processed");
        assertThat(processed.subjects()).containsExactly("Bao cao 1", "Bao cao 2");
        assertThat(processed.seen()).containsExactly(true, true);

        Bot.await("the IDLE watcher is connected", Duration.ofSeconds(10),
                () -> bot.mailboxesHealth().contains("watching (IDLE)"));
        Mails.append(port, USER, PASSWORD, "INBOX", Mails.message("<dovecot-3@test>", "Bao cao 3"));
        Bot.await("the message appended after start is recorded", Duration.ofSeconds(10),
                () -> bot.reportsWithMessageId("<dovecot-3@test>") == 1);
        Bot.await("and moved", Duration.ofSeconds(10), () -> {
            try {
                return Mails.look(port, USER, PASSWORD, "Processed").subjects().size() == 3;
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(bot.reports()).isEqualTo(3);
    }
}
