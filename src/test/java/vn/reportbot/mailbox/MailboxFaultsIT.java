package vn.reportbot.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reportbot.FaultyProxy;
import vn.reportbot.report.ReportRecorded;
import vn.reportbot.system.JobResult;

/**
 * The office's IMAP server failing under a poll, on a real Dovecot read through a {@link FaultyProxy}: the connection
 * cut in the middle of fetching the messages' bodies, and the server restarted while the poll is taking the messages
 * in. Either way nothing is marked {@code \Seen} or moved before it is recorded, the next poll completes, and each
 * message is recorded exactly once. Skipped with a message where Dovecot is not installed, except under
 * {@code CI=true}, as {@link DovecotMailboxIT}.
 */
class MailboxFaultsIT {

    private static final String USER = Bot.MAILBOX;
    private static final String PASSWORD = "pw";
    private static final List<String> IDS = List.of("<fault-1@test>", "<fault-2@test>", "<fault-3@test>");

    @TempDir
    Path dataDir;

    private Dovecot dovecot;
    private FaultyProxy proxy;
    private Bot bot;

    @BeforeEach
    void startDovecot() throws Exception {
        var binary = Dovecot.binary();
        if (binary.isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but dovecot is not installed: run scripts/start-test-services.sh");
            }
            Assumptions.abort("dovecot is not installed (apt-get install dovecot-imapd, or scripts/start-test-services.sh"
                    + " as root): the IMAP fault test is skipped");
        }
        dovecot = Dovecot.start(binary.get(), USER, PASSWORD);
        proxy = FaultyProxy.inFrontOf("127.0.0.1", dovecot.port());
        for (int i = 0; i < IDS.size(); i++) {
            Mails.append(dovecot.port(), USER, PASSWORD, "INBOX", largeReport(IDS.get(i), "Bao cao " + (i + 1)));
        }
        bot = Bot.start(dataDir, Bot.imapUrl(USER, PASSWORD, proxy.port()), "--reportbot.mailbox.idle=false",
                "--reportbot.mailbox.processed-folder=Processed");
    }

    @AfterEach
    void stopAll() throws Exception {
        if (bot != null) {
            bot.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (dovecot != null) {
            dovecot.close();
        }
    }

    @Test
    void aConnectionCutWhileTheBodiesAreFetchedRecordsAndMarksNothingAndTheNextPollTakesEachMessageOnce()
            throws Exception {
        proxy.cutAfterServerBytes(150_000); // in the second message's body: each is 100 KB

        JobResult cut = bot.poll();
        assertThat(cut.details()).singleElement().asString().contains("mailbox could not be read");
        assertThat(bot.reports()).isZero();
        Mails.FolderView inbox = Mails.look(dovecot.port(), USER, PASSWORD, "INBOX");
        assertThat(inbox.subjects()).hasSize(3);
        assertThat(inbox.seen()).as("nothing marked before it is recorded").containsOnly(false);
        assertThat(Mails.look(dovecot.port(), USER, PASSWORD, "Processed").subjects()).isEmpty();

        proxy.cutAfterServerBytes(-1);
        assertThat(bot.poll().messagesRead()).isEqualTo(3);
        assertEachRecordedOnceAndMoved();
    }

    @Test
    void theServerRestartingWhileAPollTakesTheMessagesInLeavesThemRecordedOnceAndTheNextPollMovesThem()
            throws Exception {
        AtomicBoolean stopped = new AtomicBoolean();
        bot.onEvent(ReportRecorded.class, recorded -> {
            if (stopped.compareAndSet(false, true)) {
                try {
                    // the first message is being recorded; the batch's others are fetched already. The sessions'
                    // connections drop with the restart (Dovecot's imap processes may outlive their master a moment)
                    dovecot.stop();
                    proxy.dropAll();
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        });

        JobResult interrupted = bot.poll();
        assertThat(stopped).isTrue();
        assertThat(interrupted.details()).singleElement().asString().contains("mailbox could not be read");
        assertThat(bot.poll().details()).as("while the server is down").singleElement().asString()
                .contains("mailbox could not be read");

        dovecot.startAgain();
        Mails.FolderView inbox = Mails.look(dovecot.port(), USER, PASSWORD, "INBOX");
        assertThat(inbox.subjects()).as("the restart lost none").hasSize(3);
        assertThat(inbox.seen()).containsOnly(false);
        assertThat(bot.poll().details()).singleElement().asString().contains("3 message(s) read");
        assertEachRecordedOnceAndMoved();
    }

    private void assertEachRecordedOnceAndMoved() throws Exception {
        for (String id : IDS) {
            assertThat(bot.reportsWithMessageId(id)).as(id).isEqualTo(1);
        }
        assertThat(bot.reports()).isEqualTo(3);
        assertThat(Mails.look(dovecot.port(), USER, PASSWORD, "INBOX").subjects()).isEmpty();
        Mails.FolderView processed = Mails.look(dovecot.port(), USER, PASSWORD, "Processed");
        assertThat(processed.subjects()).containsExactlyInAnyOrder("Bao cao 1", "Bao cao 2", "Bao cao 3");
        assertThat(processed.seen()).containsOnly(true);
        assertThat(bot.poll().messagesRead()).as("a poll after finds nothing new").isZero();
    }

    /** A commune's report of about 100 KB of text, so that a cut at a byte count falls inside a body. */
    private static byte[] largeReport(String messageId, String subject) {
        StringBuilder body = new StringBuilder();
        while (body.length() < 100_000) {
            body.append("Kinh gui Ban Thuong truc, xa Phuoc Dai xin bao cao ket qua thuc hien cong van.\r\n");
        }
        return ("From: mttq.phuocdai@gmail.com\r\n"
                + "To: " + Bot.MAILBOX + "\r\n"
                + "Subject: " + subject + "\r\n"
                + "Date: Mon, 23 Nov 2026 09:00:00 +0700\r\n"
                + "Message-ID: " + messageId + "\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "\r\n" + body).getBytes(StandardCharsets.UTF_8);
    }
}
