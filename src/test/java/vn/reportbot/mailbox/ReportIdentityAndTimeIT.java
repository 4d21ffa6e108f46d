package vn.reportbot.mailbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import vn.reportbot.dispatch.DispatchImporter;
import vn.reportbot.dispatch.ImportedDispatch;

/**
 * What a message is and when it arrived, on GreenMail: a message is the same message only when it is the same
 * delivery fetched again; a Message-ID another message reuses hides nothing; and a report counts from the moment the
 * office's server received it (IMAP {@code INTERNALDATE}), not from the sender's {@code Date:}.
 */
class ReportIdentityAndTimeIT {

    private static final String PASSWORD = "pw";
    private static final String COMMUNE = "mttq.phuocdai@gmail.com";

    @TempDir
    Path dataDir;

    private GreenMail mail;
    private Bot bot;

    @BeforeEach
    void startMailServer() {
        mail = new GreenMail(new ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()});
        mail.start();
        mail.setUser(Bot.MAILBOX, Bot.MAILBOX, PASSWORD);
        bot = Bot.start(dataDir, Bot.imapUrl(Bot.MAILBOX, PASSWORD, mail.getImap().getPort()), "--reportbot.mailbox.idle=false");
    }

    @AfterEach
    void stopAll() {
        bot.close();
        mail.stop();
    }

    private void append(byte[] raw, Date receivedAt) throws Exception {
        Mails.append(mail.getImap().getPort(), Bot.MAILBOX, PASSWORD, "INBOX", raw, receivedAt);
    }

    private static Date at(String isoOffsetDateTime) {
        return Date.from(OffsetDateTime.parse(isoOffsetDateTime).toInstant());
    }

    private static byte[] report(String messageId, String date, String subject, String body, String... traceFields) {
        StringBuilder raw = new StringBuilder();
        for (String field : traceFields) {
            raw.append(field).append("\r\n");
        }
        raw.append("From: \"MTTQ xa Phuoc Dai\" <" + COMMUNE + ">\r\n")
                .append("To: " + Bot.MAILBOX + "\r\n")
                .append("Subject: " + subject + "\r\n")
                .append("Date: " + date + "\r\n")
                .append("Message-ID: " + messageId + "\r\n")
                .append("MIME-Version: 1.0\r\n")
                .append("Content-Type: text/plain; charset=UTF-8\r\n")
                .append("Content-Transfer-Encoding: 8bit\r\n\r\n")
                .append(body).append("\r\n");
        return raw.toString().getBytes(StandardCharsets.UTF_8);
    }

    private List<String> rows() {
        return bot.db().sql("SELECT id || '|' || decision || '|' || subject || '|' || reasons FROM report ORDER BY id")
                .query(String.class).list();
    }

    @Test
    void twoDifferentMessagesUnderOneMessageIdAreBothRecordedAndTheSecondSaysItReusedTheId() throws Exception {
        String reused = "<reused-by-a-mailer@phuocdai.example>";
        append(report(reused, "Mon, 23 Nov 2026 09:00:00 +0700", "Bao cao tuan 47", "Xa Phuoc Dai bao cao tuan 47."),
                at("2026-11-23T09:01:00+07:00"));
        append(report(reused, "Mon, 30 Nov 2026 09:00:00 +0700", "Bao cao tuan 48", "Xa Phuoc Dai bao cao tuan 48."),
                at("2026-11-30T09:01:00+07:00"));

        assertThat(bot.poll().messagesRead()).isEqualTo(2);

        List<String> rows = rows();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).contains("Bao cao tuan 47");
        assertThat(rows.get(1)).contains("Bao cao tuan 48").doesNotContain("|IGNORED|")
                .contains("Message-ID " + reused + " trùng với thư số").contains("thư được xử lý như một thư mới");
        assertThat(bot.poll().messagesRead()).as("nothing is read twice").isZero();
        assertThat(bot.reports()).isEqualTo(2);
    }

    @Test
    void theSameMessageDeliveredTwiceThroughAnotherServerIsListedOnceMoreAsACopyAndCountsOnce() throws Exception {
        String id = "<once@phuocdai.example>";
        String date = "Mon, 23 Nov 2026 09:00:00 +0700";
        String body = "Kính gửi Ban Thường trực, xã Phước Đại xin báo cáo.";
        append(report(id, date, "Bao cao", body, "Received: from mx1.example by imap.example; Mon, 23 Nov 2026 09:00:05 +0700"),
                at("2026-11-23T09:00:05+07:00"));
        append(report(id, date, "Bao cao", body, "Received: from mx2.example by imap.example; Mon, 23 Nov 2026 09:03:40 +0700",
                "Delivered-To: " + Bot.MAILBOX), at("2026-11-23T09:03:40+07:00"));

        assertThat(bot.poll().messagesRead()).isEqualTo(2);

        List<String> rows = rows();
        assertThat(rows).hasSize(2);
        long first = Long.parseLong(rows.get(0).split("\\|")[0]);
        assertThat(rows.get(1)).contains("|IGNORED|").contains("bản sao của thư số " + first + " đã ghi nhận");
        assertThat(bot.reportsWithMessageId(id)).as("both deliveries are on a list").isEqualTo(2);
    }

    @Test
    void theVerySameBytesDeliveredTwiceAreListedTwiceAndCountOnceWhileTheSameUidReadAgainIsRecognised() throws Exception {
        byte[] raw = report("<twice@phuocdai.example>", "Mon, 23 Nov 2026 09:00:00 +0700", "Bao cao", "Xa Phuoc Dai bao cao.");
        append(raw, at("2026-11-23T09:00:05+07:00"));
        append(raw, at("2026-11-23T09:00:05+07:00"));

        assertThat(bot.poll().messagesRead()).isEqualTo(2);
        bot.db().sql("DELETE FROM mailbox_state").update(); // as after a crash before the last UID was saved

        assertThat(bot.poll().messagesRead()).as("both read again, and recognised").isEqualTo(2);
        List<String> rows = rows();
        assertThat(rows).hasSize(2);
        long first = Long.parseLong(rows.get(0).split("\\|")[0]);
        assertThat(rows.get(1)).contains("|IGNORED|").contains("bản sao của thư số " + first + " đã ghi nhận (cùng nội dung từng byte)");
    }

    @Test
    void aMessageWithoutMessageIdDeliveredAgainThroughAnotherServerIsListedAsACopyAndCountsOnce() throws Exception {
        String withId = new String(report("<x@y>", "Mon, 23 Nov 2026 09:00:00 +0700", "Bao cao", "Xa Phuoc Dai bao cao."),
                StandardCharsets.UTF_8);
        String noId = withId.replace("Message-ID: <x@y>\r\n", "");
        append(("Received: from mx1.example by imap.example; Mon, 23 Nov 2026 09:00:05 +0700\r\n" + noId)
                .getBytes(StandardCharsets.UTF_8), at("2026-11-23T09:00:05+07:00"));
        append(("Received: from mx2.example by imap.example; Mon, 23 Nov 2026 09:02:00 +0700\r\n" + noId)
                .getBytes(StandardCharsets.UTF_8), at("2026-11-23T09:02:00+07:00"));

        assertThat(bot.poll().messagesRead()).isEqualTo(2);

        List<String> rows = rows();
        assertThat(rows).hasSize(2);
        long first = Long.parseLong(rows.get(0).split("\\|")[0]);
        assertThat(rows.get(0)).doesNotContain("|IGNORED|");
        assertThat(rows.get(1)).contains("|IGNORED|").contains("bản sao của thư số " + first + " đã ghi nhận");
    }

    @Test
    void aMessageThatKeepsFailingIsPutOnReviewWithTheTimeTheServerReceivedIt() throws Exception {
        bot.db().sql("ALTER TABLE report ADD CONSTRAINT refuses_poison CHECK (message_key <> '<poison@phuocdai.example>')")
                .update();
        append(report("<poison@phuocdai.example>", "Mon, 23 Nov 2026 09:00:00 +0700", "Bao cao", "Xa Phuoc Dai bao cao."),
                at("2026-11-23T09:00:05+07:00"));

        for (int attempt = 1; attempt <= 3; attempt++) {
            bot.poll();
        }

        var quarantined = bot.db().sql("SELECT decision, received_at FROM report").query((rs, n) ->
                rs.getString(1) + " " + rs.getTimestamp(2).toInstant()).single();
        assertThat(quarantined).isEqualTo("NEEDS_REVIEW 2026-11-23T02:00:05Z");
    }

    @Test
    void aReportCountsFromWhenTheServerReceivedItNotFromTheSendersDateHeader() throws Exception {
        ImportedDispatch dispatch = bot.bean(DispatchImporter.class).importFile("325-MTTQ-BTT-bac-ai.txt",
                Files.readAllBytes(Path.of("src/test/resources/matching/325-MTTQ-BTT-bac-ai.txt")), Optional.of(Bot.OFFICE));
        assertThat(dispatch.dispatch().deadline()).hasToString("2021-10-20");
        // the commune's clock is three weeks behind: Date: says 01/10, the server received it on 22/10, after the deadline
        append(report("<late@phuocdai.example>", "Fri, 01 Oct 2021 08:15:00 +0700",
                        "Bao cao ket qua van dong theo Cong van 325/MTTQ-BTT",
                        "Xã Phước Đại báo cáo kết quả vận động ủng hộ Quỹ phòng, chống dịch Covid-19."),
                at("2021-10-22T10:00:00+07:00"));

        assertThat(bot.poll().messagesRead()).isEqualTo(1);

        var report = bot.db().sql("SELECT decision, received_at, sent_at, reasons FROM report").query((rs, n) -> List.of(
                rs.getString(1), rs.getTimestamp(2).toInstant().toString(), rs.getTimestamp(3).toInstant().toString(),
                rs.getString(4))).single();
        assertThat(report.get(0)).isEqualTo("MATCHED");
        assertThat(report.get(1)).as("received_at: the server's INTERNALDATE").isEqualTo("2021-10-22T03:00:00Z");
        assertThat(report.get(2)).as("sent_at: the sender's Date:").isEqualTo("2021-10-01T01:15:00Z");
        assertThat(report.get(3)).contains("ngày gửi ghi trong thư (08:15 ngày 01/10/2021) trước thời điểm máy chủ nhận thư"
                + " (10:00 ngày 22/10/2021) 21 ngày");
        String task = bot.db().sql("SELECT status, reported_at FROM reporting_task WHERE dispatch_id = ? AND unit_id = ?")
                .params(dispatch.id(), "phuoc-dai")
                .query((rs, n) -> rs.getString(1) + " " + rs.getTimestamp(2).toInstant()).single();
        assertThat(task).isEqualTo("REPORTED 2021-10-22T03:00:00Z");
        assertThat(bot.bean(vn.reportbot.dispatch.DispatchOverview.class).status(dispatch.id(), t -> List.of()).orElseThrow()
                .units().stream().filter(u -> u.unit().equals("phuoc-dai")).findFirst().orElseThrow().status())
                .hasToString("LATE");
        String acknowledgement = bot.db().sql("SELECT body_text FROM outbox WHERE kind = 'acknowledgement'")
                .query(String.class).single();
        assertThat(acknowledgement).contains("đã nhận được báo cáo của đơn vị lúc 10:00 ngày 22/10/2021")
                .contains("báo cáo được nhận sau thời hạn ngày 20/10/2021").doesNotContain("01/10/2021");
    }
}
