package vn.reportbot.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** One attachment's content and the HTML body are read again from a stored message, in the order reports list them. */
class MessageReaderDownloadTests {

    private final MessageReader reader = new MessageReader();

    private static final byte[] MIXED = ("From: a@example.com\r\nMessage-ID: <m@x>\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\n"
            + "Content-Type: multipart/alternative; boundary=\"a\"\r\n\r\n--a\r\n"
            + "Content-Type: text/plain; charset=UTF-8\r\n\r\nchữ\r\n--a\r\n"
            + "Content-Type: text/html; charset=UTF-8\r\n\r\n<p>Xã <b>Phước Đại</b></p>\r\n--a--\r\n--b\r\n"
            + "Content-Type: image/png; name=\"anh.png\"\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0K\r\n--b\r\n"
            + "Content-Type: text/plain; name=\"ghi-chu.txt\"\r\nContent-Disposition: attachment\r\n\r\nghi chú\r\n--b--\r\n")
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void theNthAttachmentIsTheOneTheMessageListsNth() throws Exception {
        assertThat(reader.read(MIXED).attachments()).extracting(Attachment::fileName)
                .containsExactly("anh.png", "ghi-chu.txt");
        AttachedFile image = reader.attachment(MIXED, 0).orElseThrow();
        assertThat(image.fileName()).isEqualTo("anh.png");
        assertThat(image.contentType()).isEqualTo("image/png");
        assertThat(image.bytes()).startsWith(0x89, 'P', 'N', 'G');
        AttachedFile note = reader.attachment(MIXED, 1).orElseThrow();
        assertThat(new String(note.bytes(), StandardCharsets.UTF_8).strip()).isEqualTo("ghi chú");
        assertThat(reader.attachment(MIXED, 2)).isEmpty();
    }

    @Test
    void aDocumentIsHandedOutWholeAsItCame() throws Exception {
        byte[] raw = Files.readAllBytes(Path.of("src/test/resources/e2e/report-phuoc-dai.eml"));
        AttachedFile docx = reader.attachment(raw, 0).orElseThrow();
        assertThat(docx.fileName()).isEqualTo("Báo cáo 319 Phước Đại.docx");
        assertThat(new String(docx.bytes(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
    }

    @Test
    void theHtmlBodyIsTheMessagesOwnAndAbsentFromAPlainMessage() throws Exception {
        assertThat(reader.html(MIXED)).hasValue("<p>Xã <b>Phước Đại</b></p>");
        byte[] plain = "From: a@example.com\r\nMessage-ID: <p@x>\r\n\r\nchỉ chữ\r\n".getBytes(StandardCharsets.UTF_8);
        assertThat(reader.html(plain)).isEmpty();
    }
}
