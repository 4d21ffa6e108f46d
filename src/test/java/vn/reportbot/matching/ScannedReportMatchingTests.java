package vn.reportbot.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import jakarta.activation.DataHandler;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.reportbot.ScanMaker;
import vn.reportbot.directory.Directory;
import vn.reportbot.directory.DirectoryLoader;
import vn.reportbot.dispatch.InMemoryDispatchCatalog;
import vn.reportbot.dispatch.OfficeResolver;
import vn.reportbot.dispatchtext.DispatchParser;
import vn.reportbot.dispatchtext.ParsedDispatch;
import vn.reportbot.documents.Ocr;
import vn.reportbot.intake.Attachment;
import vn.reportbot.intake.MessageReader;
import vn.reportbot.intake.ReceivedMessage;

/**
 * A commune that sends its signed report as a scan, with a mail that says only "gửi báo cáo": the dispatch is found
 * in the text recognised in the scan, the report is counted for it with less confidence than read text would give,
 * and the reasons say the text was recognised. Needs Tesseract (skipped without it, except under {@code CI=true}).
 */
class ScannedReportMatchingTests {

    private static ReportMatcher matcher;

    @BeforeAll
    static void catalog() throws Exception {
        if (Ocr.available().isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but Tesseract is not installed: run scripts/install-ocr.sh");
            }
            Assumptions.abort("Tesseract with Vietnamese is not installed (scripts/install-ocr.sh)");
        }
        Directory directory = DirectoryLoader.load(Path.of("config/directory.yml"));
        InMemoryDispatchCatalog catalog = new InMemoryDispatchCatalog();
        OfficeResolver offices = new OfficeResolver(directory);
        for (String file : List.of("config/dispatches/319-MTTQ-BTT-bac-ai.txt",
                "src/test/resources/matching/325-MTTQ-BTT-bac-ai.txt")) {
            ParsedDispatch parsed = new DispatchParser().parse(Files.readString(Path.of(file), StandardCharsets.UTF_8));
            catalog.add(offices.require(parsed, Optional.empty()).id(), parsed);
        }
        matcher = new ReportMatcher(directory, catalog, SentMailIndex.none());
    }

    @Test
    void aScannedReportIsMatchedByTheNumberRecognisedInItAndSaysTheTextWasRecognised() throws Exception {
        byte[] scan = ScanMaker.pdf(List.of(ScanMaker.PHUOC_DAI_REPORT), 0.7, 11);
        ReceivedMessage message = new MessageReader().read(mail("Bao cao scan.pdf", "application/pdf", scan));

        Attachment attachment = message.attachments().get(0);
        assertThat(attachment.ocr()).isTrue();
        MatchResult result = matcher.match(message, message.date());

        assertThat(result.decision()).isEqualTo(Decision.MATCHED);
        assertThat(result.unitId()).isEqualTo("phuoc-dai");
        assertThat(result.dispatch().number()).isEqualTo("319/MTTQ-BTT");
        assertThat(result.confidence()).isLessThan(0.9);
        assertThat(result.reasons()).anyMatch(r -> r.contains("nhận dạng chữ (OCR)"));
    }

    @Test
    void aSmallPictureInTheMailIsNotTakenForAScan() throws Exception {
        byte[] logo = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        ReceivedMessage message = new MessageReader().read(mail("logo.png", "image/png", logo));

        assertThat(message.attachments()).singleElement().satisfies(a -> {
            assertThat(a.ocr()).isFalse();
            assertThat(a.text()).isEmpty();
            assertThat(a.problem()).isNull();
        });
    }

    private static byte[] mail(String fileName, String type, byte[] content) throws Exception {
        MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()));
        mail.setFrom(new InternetAddress("mttq.phuocdai@gmail.com", "MTTQ Phước Đại", "UTF-8"));
        mail.setRecipients(jakarta.mail.Message.RecipientType.TO, "mattrabbacai@gmail.com");
        mail.setSubject("Gửi báo cáo", "UTF-8");
        mail.setSentDate(java.util.Date.from(java.time.Instant.parse("2021-10-15T02:00:00Z")));
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Kính gửi Ban Thường trực,\nXã gửi báo cáo (bản quét có chữ ký, đóng dấu) đính kèm.", "UTF-8");
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
        file.setFileName(fileName);
        file.setDisposition(jakarta.mail.Part.ATTACHMENT);
        mail.setContent(new MimeMultipart(text, file));
        mail.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        mail.writeTo(out);
        return out.toByteArray();
    }
}
