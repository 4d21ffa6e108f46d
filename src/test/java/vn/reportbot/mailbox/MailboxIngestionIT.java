package vn.reportbot.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import vn.reportbot.RawSmtp;
import vn.reportbot.system.JobResult;

/**
 * Reading an office's mailbox on GreenMail: IDLE delivery, the processed folder, a message that keeps failing,
 * a server that restarts, and a mailbox whose UIDVALIDITY changes.
 */
class MailboxIngestionIT {

    private static final String PASSWORD = "pw";
    private static final Duration SOON = Duration.ofSeconds(10);

    @TempDir
    Path dataDir;

    private GreenMail mail;
    private Bot bot;

    @BeforeEach
    void startMailServer() {
        mail = new GreenMail(new ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()});
        mail.start();
        mail.setUser(Bot.MAILBOX, Bot.MAILBOX, PASSWORD);
    }

    @AfterEach
    void stopAll() {
        if (bot != null) {
            bot.close();
        }
        mail.stop();
    }

    private String url() {
        return Bot.imapUrl(Bot.MAILBOX, PASSWORD, mail.getImap().getPort());
    }

    private void deliver(byte[] raw, int expectedInServer) throws Exception {
        RawSmtp.deliver(mail.getSmtp().getPort(), "mttq.phuocdai@gmail.com", Bot.MAILBOX, raw);
        assertThat(mail.waitForIncomingEmail(5_000, expectedInServer)).as("GreenMail received the message").isTrue();
    }

    private boolean watching() {
        return bot.mailboxesHealth().contains("watching (IDLE)");
    }

    @Test
    void aMessageDeliveredAfterStartIsProcessedWithinSecondsWithoutAnyPollBeingRun() throws Exception {
        bot = Bot.start(dataDir, url(), "--reportbot.mailbox.idle=true");
        Bot.await("the IDLE watcher is connected", SOON, this::watching);

        deliver(Mails.message("<idle-1@test>", "Bao cao IDLE"), 1);

        Bot.await("the message delivered after start is recorded", SOON, () -> bot.reportsWithMessageId("<idle-1@test>") == 1);
        assertThat(bot.mailboxesStatus()).isEqualTo("UP");
    }

    @Test
    void processedMessagesAreMovedToTheProcessedFolderWhichIsCreatedWhenMissing() throws Exception {
        bot = Bot.start(dataDir, url(), "--reportbot.mailbox.idle=false", "--reportbot.mailbox.processed-folder=Processed");
        deliver(Mails.message("<move-1@test>", "Bao cao 1"), 1);
        deliver(Mails.message("<move-2@test>", "Bao cao 2"), 2);
        assertThat(Mails.look(mail.getImap().getPort(), Bot.MAILBOX, PASSWORD, "Processed").exists()).isFalse();

        assertThat(bot.poll().messagesRead()).isEqualTo(2);

        int port = mail.getImap().getPort();
        assertThat(Mails.look(port, Bot.MAILBOX, PASSWORD, "INBOX").subjects()).isEmpty();
        Mails.FolderView processed = Mails.look(port, Bot.MAILBOX, PASSWORD, "Processed");
        assertThat(processed.subjects()).containsExactly("Bao cao 1", "Bao cao 2");
        assertThat(processed.seen()).containsExactly(true, true);
        assertThat(bot.poll().messagesRead()).isZero();
        assertThat(bot.reports()).isEqualTo(2);
    }

    @Test
    void manyMessagesAreReadInOnePollStoredExactlyAsTheServerServesThemAndAllMarkedSeen() throws Exception {
        bot = Bot.start(dataDir, url(), "--reportbot.mailbox.idle=false");
        int count = 40;
        for (int i = 1; i <= count; i++) {
            deliver(Mails.message("<batch-" + i + "@test>", "Bao cao " + i), i);
        }

        assertThat(bot.poll().messagesRead()).isEqualTo(count);

        int port = mail.getImap().getPort();
        assertThat(Mails.look(port, Bot.MAILBOX, PASSWORD, "INBOX").seen()).hasSize(count).containsOnly(true);
        for (byte[] served : Mails.rawMessages(port, Bot.MAILBOX, PASSWORD, "INBOX")) {
            String sha = RawMessageStore.sha256(served);
            assertThat(new RawMessageStore(dataDir).pathOf(sha)).as("raw message stored byte for byte").exists();
        }
        assertThat(bot.reports()).isEqualTo(count);
        assertThat(bot.poll().messagesRead()).isZero();
    }

    /**
     * A check constraint the test adds to the database refuses this one message's record: a real failure of
     * processing inside the database, not a test double. The quarantine entry, keyed by the raw message's hash,
     * passes the constraint.
     */
    @Test
    void aMessageWhoseProcessingFailsIsTriedAgainThenPutOnReviewWhileTheNextMessageIsProcessed() throws Exception {
        bot = Bot.start(dataDir, url(), "--reportbot.mailbox.idle=false", "--reportbot.mailbox.max-attempts=2");
        bot.db().sql("ALTER TABLE report ADD CONSTRAINT refuses_poison CHECK (message_key <> '<poison@test>')").update();
        deliver(Mails.message("<poison@test>", "Bao cao hong"), 1);
        deliver(Mails.message("<after-1@test>", "Bao cao sau"), 2);

        JobResult first = bot.poll();
        assertThat(first.messagesRead()).as("the next message is not blocked").isEqualTo(1);
        assertThat(first.details().toString()).contains("1 failed and will be tried again");
        assertThat(bot.reportsWithMessageId("<after-1@test>")).isEqualTo(1);
        assertThat(bot.reports()).isEqualTo(1);
        assertThat(Mails.look(mail.getImap().getPort(), Bot.MAILBOX, PASSWORD, "INBOX").seen())
                .as("the failed message stays unread on the server").containsExactly(false, true);

        bot.close(); // the attempts are counted in the database: the second failure after a restart is the last
        bot = Bot.start(dataDir, url(), "--reportbot.mailbox.idle=false", "--reportbot.mailbox.max-attempts=2");
        JobResult second = bot.poll();
        assertThat(second.messagesRead()).as("the failed message again, and the next one recognised").isEqualTo(2);
        assertThat(bot.reportsWithMessageId("<after-1@test>")).as("never counted twice").isEqualTo(1);
        var quarantined = bot.db().sql("SELECT decision, reasons, subject FROM report WHERE message_key LIKE 'sha256:%'")
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3)).single();
        assertThat(quarantined).startsWith("NEEDS_REVIEW|processing failed 2 time(s); the last error: ")
                .contains("Bao cao hong");
        assertThat(bot.poll().messagesRead()).as("nothing is left to read").isZero();
        assertThat(bot.reports()).isEqualTo(2);
    }

    @Test
    void theWatcherReconnectsAfterTheServerRestartsAndProcessesWhatArrives() throws Exception {
        bot = Bot.start(dataDir, url(), "--reportbot.mailbox.idle=true", "--reportbot.mailbox.reconnect-min=200ms",
                "--reportbot.mailbox.reconnect-max=1s");
        Bot.await("the IDLE watcher is connected", SOON, this::watching);
        int smtpPort = mail.getSmtp().getPort();
        int imapPort = mail.getImap().getPort();

        mail.stop();
        Bot.await("health shows the mailbox DOWN while the server is away", SOON,
                () -> bot.mailboxesHealth().contains("IDLE connection lost"));
        assertThat(bot.mailboxesStatus()).isEqualTo("DOWN");

        mail = new GreenMail(new ServerSetup[] {new ServerSetup(smtpPort, "127.0.0.1", "smtp"),
                new ServerSetup(imapPort, "127.0.0.1", "imap")});
        mail.start();
        mail.setUser(Bot.MAILBOX, Bot.MAILBOX, PASSWORD);
        Bot.await("the watcher reconnects", SOON, this::watching);
        deliver(Mails.message("<after-restart@test>", "Bao cao sau khi khoi dong lai"), 1);

        Bot.await("the message delivered after the restart is recorded", SOON,
                () -> bot.reportsWithMessageId("<after-restart@test>") == 1);
        Bot.await("health is UP again", SOON, () -> "UP".equals(bot.mailboxesStatus()));
    }

    @Test
    void aMessageIdTooLongToStoreWholeIsRecordedOnceUnderItsHash() throws Exception {
        bot = Bot.start(dataDir, url(), "--reportbot.mailbox.idle=false");
        String longId = "<" + "x".repeat(1200) + "@test>";
        byte[] raw = Mails.message(longId, "Bao cao dai");
        deliver(raw, 1);

        assertThat(bot.poll().messagesRead()).isEqualTo(1);
        byte[] served = Mails.rawMessages(mail.getImap().getPort(), Bot.MAILBOX, PASSWORD, "INBOX").get(0);
        mail.getUserManager().deleteUser(mail.getUserManager().getUserByEmail(Bot.MAILBOX));
        mail.setUser(Bot.MAILBOX, Bot.MAILBOX, PASSWORD);
        Mails.append(mail.getImap().getPort(), Bot.MAILBOX, PASSWORD, "INBOX", served);
        assertThat(bot.poll().messagesRead()).as("the same message, read again in a new folder").isEqualTo(1);

        assertThat(bot.reports()).as("recorded once").isEqualTo(1);
        String key = bot.db().sql("SELECT message_key FROM report").query(String.class).single();
        assertThat(key).matches("message-id-sha256:[0-9a-f]{64}");
        assertThat(bot.db().sql("SELECT kind || '|' || reasons FROM report").query(String.class).single())
                .as("processed like any message, not quarantined").startsWith("REPORT|")
                .doesNotContain("processing failed");
    }

    @Test
    void afterUidValidityChangesMessagesAlreadyRecordedAreNotProcessedAgainButNewOnesAre() throws Exception {
        bot = Bot.start(dataDir, url(), "--reportbot.mailbox.idle=false");
        byte[] first = Mails.message("<uv-1@test>", "Bao cao truoc");
        deliver(first, 1);
        assertThat(bot.poll().messagesRead()).isEqualTo(1);
        long before = Mails.look(mail.getImap().getPort(), Bot.MAILBOX, PASSWORD, "INBOX").uidValidity();
        byte[] served = Mails.rawMessages(mail.getImap().getPort(), Bot.MAILBOX, PASSWORD, "INBOX").get(0);

        mail.getUserManager().deleteUser(mail.getUserManager().getUserByEmail(Bot.MAILBOX));
        mail.setUser(Bot.MAILBOX, Bot.MAILBOX, PASSWORD);
        Bot.await("the recreated mailbox has another UIDVALIDITY", SOON, () -> {
            try {
                return Mails.look(mail.getImap().getPort(), Bot.MAILBOX, PASSWORD, "INBOX").uidValidity() != before;
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        });
        // the recreated folder serves the same message, byte for byte, under new UIDs
        Mails.append(mail.getImap().getPort(), Bot.MAILBOX, PASSWORD, "INBOX", served);
        Mails.append(mail.getImap().getPort(), Bot.MAILBOX, PASSWORD, "INBOX", Mails.message("<uv-2@test>", "Bao cao moi"));

        JobResult after = bot.poll();
        assertThat(after.messagesRead()).as("the whole folder is read again").isEqualTo(2);
        assertThat(bot.reportsWithMessageId("<uv-1@test>")).as("recognised, not processed again").isEqualTo(1);
        assertThat(bot.reportsWithMessageId("<uv-2@test>")).isEqualTo(1);
        assertThat(bot.poll().messagesRead()).isZero();
    }
}
