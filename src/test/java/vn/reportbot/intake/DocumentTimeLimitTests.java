package vn.reportbot.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import vn.reportbot.documents.DocumentSettings;
import vn.reportbot.documents.SlowDocuments;

/**
 * The documents of a message are read within their time limits ({@code reportbot.documents.*}): one that runs past
 * its own limit, and those left when the message's documents have had their time together, are listed with the limit
 * they hit; the message itself is read all the same.
 */
class DocumentTimeLimitTests {

    @Test
    void documentsPastTheirLimitOrPastTheMessagesLimitAreListedWithTheLimitTheyHit() throws Exception {
        byte[] slow = SlowDocuments.pdf(3_000, 3_000);
        // two documents stopped by their own limit of 1 s; the third starts with less than 1 s left of the
        // message's 3 s, and is stopped by that
        MessageReader reader = new MessageReader(new DocumentSettings(1, 0, Duration.ofSeconds(1), Duration.ofSeconds(3)));

        long start = System.nanoTime();
        ReceivedMessage m = reader.read(withPdfs(slow, 3));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(m.text()).isEqualTo("Xã Phước Đại gửi báo cáo kèm theo.");
        assertThat(m.attachments()).extracting(Attachment::problem).containsExactly(
                "text not read: reading took longer than 1 seconds",
                "text not read: reading took longer than 1 seconds",
                "text not read: the documents of the message took longer than 3 seconds together");
        assertThat(took).as("the message's limit, and a little").isLessThan(Duration.ofSeconds(5));
    }

    private static byte[] withPdfs(byte[] pdf, int count) {
        StringBuilder eml = new StringBuilder("""
                From: mttq.phuocdai@gmail.com\r
                To: mattrabbacai@gmail.com\r
                Subject: =?UTF-8?B?QsOhbyBjw6FvIDMxOS9NVFRRLUJUVA==?=\r
                Date: Mon, 23 Nov 2026 09:00:00 +0700\r
                Message-ID: <slow-pdfs@test>\r
                MIME-Version: 1.0\r
                Content-Type: multipart/mixed; boundary="b"\r
                \r
                --b\r
                Content-Type: text/plain; charset=UTF-8\r
                Content-Transfer-Encoding: 8bit\r
                \r
                Xã Phước Đại gửi báo cáo kèm theo.\r
                """);
        String base64 = Base64.getMimeEncoder().encodeToString(pdf);
        for (int i = 1; i <= count; i++) {
            eml.append("--b\r\nContent-Type: application/pdf; name=\"bao-cao-").append(i)
                    .append(".pdf\"\r\nContent-Disposition: attachment; filename=\"bao-cao-").append(i)
                    .append(".pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n").append(base64).append("\r\n");
        }
        return eml.append("--b--\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }
}
