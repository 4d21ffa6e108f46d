package vn.reportbot.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The documents of a message with their content: what a dispatch mailed by a staff member is imported from. */
class MessageReaderDocumentsTests {

    private static final Path STAFFMAIL = Path.of("src/test/resources/staffmail");
    private static final Path AWKWARD = Path.of("src/test/resources/awkward");

    private final MessageReader reader = new MessageReader();

    private List<AttachedDocument> documents(Path eml) throws IOException, MalformedMessageException {
        return reader.documents(Files.readAllBytes(eml));
    }

    @Test
    void anAttachedWordFileComesWithItsExactBytesAndText() throws Exception {
        List<AttachedDocument> documents = documents(STAFFMAIL.resolve("staff-sends-dispatch-docx.eml"));

        assertThat(documents).singleElement().satisfies(d -> {
            assertThat(d.fileName()).isEqualTo("Công văn 325 MTTQ-BTT.docx");
            assertThat(d.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            assertThat(d.bytes()).isEqualTo(Files.readAllBytes(STAFFMAIL.resolve("cv-325-mttq-bac-ai.docx")));
            assertThat(d.text()).contains("Số: 325 /MTTQ-BTT", "V/v Vận động ủng hộ Quỹ phòng, chống dịch Covid-19");
            assertThat(d.problem()).isNull();
            assertThat(d.forwardedFrom()).isNull();
        });
    }

    @Test
    void aDocumentInsideAForwardedMessageNamesThatMessagesSenderAndIsReadFromItsLegacyEncoding() throws Exception {
        List<AttachedDocument> documents = documents(STAFFMAIL.resolve("staff-forwards-dispatch-88-as-attachment.eml"));

        assertThat(documents).singleElement().satisfies(d -> {
            assertThat(d.fileName()).isEqualTo("88-UBND-VX.docx");
            assertThat(d.forwardedFrom()).isEqualTo("vanphong@bacai.example");
            assertThat(d.bytes()).isEqualTo(Files.readAllBytes(Path.of(
                    "src/test/resources/dispatches/formats/ubnd-bac-ai-88-tcvn3.docx")));
            assertThat(d.text()).contains("Số: 88/UBND-VX", "học sinh bỏ học");
        });
    }

    @Test
    void aScanComesWithItsBytesAndTheReasonItsTextWasNotRead() throws Exception {
        List<AttachedDocument> documents = documents(STAFFMAIL.resolve("staff-sends-scanned-dispatch.eml"));

        assertThat(documents).singleElement().satisfies(d -> {
            assertThat(d.fileName()).isEqualTo("CV da ky.pdf");
            assertThat(d.bytes()).hasSizeGreaterThan(1000);
            assertThat(d.text()).isEmpty();
            assertThat(d.problem()).startsWith("text not read: scanned PDF");
        });
    }

    @Test
    void theMailsOwnTextIsNoDocument() throws Exception {
        assertThat(documents(STAFFMAIL.resolve("staff-pastes-dispatch-in-body.eml"))).isEmpty();
    }

    @Test
    void bytesThatAreNoMessageAreRefused() {
        assertThatThrownBy(() -> reader.documents("Danh sách hộ nghèo\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedMessageException.class);
    }

    @Test
    void aDocumentOfAMessageForwardedAsTheWholeBodyNamesTheOriginalsSender() throws Exception {
        List<AttachedDocument> documents = documents(AWKWARD.resolve("structure-forwarded-whole-body.eml"));

        assertThat(documents).singleElement().satisfies(d -> {
            assertThat(d.fileName()).isEqualTo("bao-cao-hai-phuc.docx");
            assertThat(d.forwardedFrom()).isEqualTo("dv.haiphuc@gmail.com");
            assertThat(d.bytes()).startsWith((byte) 'P', (byte) 'K');
            assertThat(d.text()).contains("Số: 15/BC-BDV");
            assertThat(d.problem()).isNull();
        });
    }

    @Test
    void aDocumentOfAWholeBodyForwardedTwiceNamesTheOriginalsSender() throws Exception {
        List<AttachedDocument> documents = documents(AWKWARD.resolve("structure-forwarded-whole-body-nested.eml"));

        assertThat(documents).singleElement().satisfies(d -> {
            assertThat(d.fileName()).isEqualTo("bien-ban-hop.txt");
            assertThat(d.forwardedFrom()).isEqualTo("dv.haiphuc@gmail.com");
            assertThat(d.text()).contains("Biên bản họp Ban Dân vận xã Hải Phúc ngày 18/12/2021");
        });
    }

    @Test
    void anEmptyForwardedWholeBodyHasNoDocument() throws Exception {
        assertThat(documents(AWKWARD.resolve("structure-forwarded-whole-body-empty.eml"))).isEmpty();
    }
}
