package vn.reportbot.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/**
 * A document is read whole up to {@link AttachmentTextReader#MAX_DOCUMENT_BYTES}, from chunks in memory and a temporary
 * file put together again byte for byte; one a byte over it is only counted, with its full size.
 */
class DocumentSizeLimitTests {

    private final MessageReader reader = new MessageReader();

    @Test
    void aDocumentPartlyKeptInATemporaryFileComesWithItsExactBytes() throws Exception {
        byte[] content = text((int) DocumentCollector.IN_MEMORY_BYTES + 2 * 1024 * 1024 + 17);

        assertThat(reader.documents(message("bao-cao.txt", content))).singleElement()
                .satisfies(d -> assertThat(Arrays.equals(d.bytes(), content)).as("the same bytes").isTrue());
    }

    @Test
    void aDocumentAByteOverTheLimitIsCountedWithItsSizeAndNotRead() throws Exception {
        int size = (int) AttachmentTextReader.MAX_DOCUMENT_BYTES + 1;

        ReceivedMessage message = reader.read(message("bao-cao.txt", text(size)));

        assertThat(message.attachments()).singleElement().satisfies(a -> {
            assertThat(a.size()).isEqualTo(size);
            assertThat(a.text()).isEmpty();
            assertThat(a.problem()).isEqualTo(AttachmentTextReader.tooLarge(size));
        });
    }

    private static byte[] text(int size) {
        byte[] line = "Báo cáo kết quả thực hiện, khu dân cư số 3.\n".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[size];
        for (int i = 0; i < size; i++) {
            content[i] = line[i % line.length];
        }
        return content;
    }

    private static byte[] message(String fileName, byte[] attachment) {
        String mail = "From: mttq.phuocdai@example.vn\r\nTo: mttq@example.vn\r\nSubject: Bao cao\r\n"
                + "Message-ID: <size-limit@example.vn>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
                + "--b\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nGửi báo cáo.\r\n"
                + "--b\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n"
                + "Content-Disposition: attachment; filename=\"" + fileName + "\"\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(attachment) + "\r\n--b--\r\n";
        return mail.getBytes(StandardCharsets.UTF_8);
    }
}
