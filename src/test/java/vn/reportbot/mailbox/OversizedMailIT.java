package vn.reportbot.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import vn.reportbot.RawSmtp;

/**
 * Oversized headers and lines through the poller: a header field of 1 MB, 100,000 header fields, a body of one 10 MB
 * line and a subject of 100 kB are each recorded once, processed or on the review list with the limit they broke,
 * within seconds, and marked seen; what staff are shown of them is cut to a readable size.
 */
class OversizedMailIT {

    private static final String PASSWORD = "pw";
    private static final String HEAD = "From: mttq.phuocdai@gmail.com\r\nTo: " + Bot.MAILBOX + "\r\n"
            + "Date: Mon, 23 Nov 2026 09:00:00 +0700\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: text/plain; charset=UTF-8\r\n";

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

    @Test
    void oversizedHeadersAndLinesAreRecordedOnceWithAReasonAndShownCut() throws Exception {
        bot = Bot.start(dataDir, Bot.imapUrl(Bot.MAILBOX, PASSWORD, mail.getImap().getPort()),
                "--reportbot.mailbox.idle=false");
        StringBuilder manyFields = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            manyFields.append("X-Field-").append(i).append(": v\r\n");
        }
        deliver("<field-1mb@test>", "X-Big: " + "a".repeat(1 << 20) + "\r\nSubject: Bao cao\r\n", "Xin báo cáo.", 1);
        deliver("<fields-100k@test>", manyFields + "Subject: Bao cao\r\n", "Xin báo cáo.", 2);
        deliver("<line-10mb@test>", "Subject: Bao cao dong dai\r\n", "Xã Phước Đại báo cáo: " + "b".repeat(10 << 20), 3);
        deliver("<subject-100kb@test>", "Subject: " + latin1("Báo cáo 319/MTTQ-BTT ".repeat(5_000)) + "\r\n",
                "Xin báo cáo.", 4);

        long start = System.nanoTime();
        assertThat(bot.poll().messagesRead()).isEqualTo(4);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the poll of the four").isLessThan(Duration.ofSeconds(60));

        var reports = bot.db().sql("SELECT message_id, decision, reasons, subject, own_text FROM report ORDER BY id")
                .query().listOfRows();
        assertThat(reports).as("each recorded once").hasSize(4);
        assertThat(reports.get(0)).containsEntry("DECISION", "NEEDS_REVIEW");
        assertThat((String) reports.get(0).get("REASONS")).startsWith("the message cannot be read: not a readable email"
                + " message: a line of its header is longer than 1000000 characters");
        assertThat(reports.get(1)).containsEntry("DECISION", "NEEDS_REVIEW");
        assertThat((String) reports.get(1).get("REASONS"))
                .startsWith("the message cannot be read: not a readable email message: its header has more than 1000 fields");

        Map<String, Object> longLine = reports.get(2);
        assertThat(longLine).containsEntry("MESSAGE_ID", "<line-10mb@test>").containsEntry("SUBJECT", "Bao cao dong dai");
        assertThat((String) longLine.get("OWN_TEXT")).startsWith("Xã Phước Đại báo cáo: bbbb").hasSizeLessThanOrEqualTo(20_000);

        Map<String, Object> longSubject = reports.get(3);
        assertThat(longSubject).containsEntry("MESSAGE_ID", "<subject-100kb@test>");
        assertThat((String) longSubject.get("SUBJECT")).startsWith("Báo cáo 319/MTTQ-BTT Báo cáo").endsWith("…")
                .hasSizeLessThanOrEqualTo(501);

        assertThat(Mails.look(mail.getImap().getPort(), Bot.MAILBOX, PASSWORD, "INBOX").seen())
                .as("all four marked seen").containsExactly(true, true, true, true);
        assertThat(bot.poll().messagesRead()).isZero();
    }

    private void deliver(String messageId, String fields, String body, int expected) throws Exception {
        byte[] raw = (HEAD + "Message-ID: " + messageId + "\r\n" + fields + "\r\n" + latin1(body) + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        RawSmtp.deliver(mail.getSmtp().getPort(), "mttq.phuocdai@gmail.com", Bot.MAILBOX, raw);
        assertThat(mail.waitForIncomingEmail(30_000, expected)).isTrue();
    }

    /** UTF-8 bytes as one char each, as RawSmtp sends them. */
    private static String latin1(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
