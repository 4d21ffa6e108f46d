package vn.reportbot.dispatchtext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Error paths and input forms of the parser. */
class DispatchParserTests {

    private final DispatchParser parser = new DispatchParser();

    @Test
    void textWithoutANumberGivesEverythingElseAndNamesTheMissingNumber() {
        String text = DispatchFixtures.text("seed-319-mttq-bac-ai.txt").replace("Số: 319 /MTTQ-BTT", "");
        ParsedDispatch d = parser.parse(text);
        assertThat(d.number()).isNull();
        assertThat(d.hasNumber()).isFalse();
        assertThat(d.problems()).containsExactly("không có số văn bản");
        assertThat(d.issuer()).isEqualTo("Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái");
        assertThat(d.tasks()).hasSize(5);
    }

    @Test
    void textWithoutASummaryLineNamesTheMissingSummary() {
        String text = "ỦY BAN NHÂN DÂN\nXÃ HẢI ANH\n\nSố: 12/UBND\n\nKính gửi: Các thôn\n\n1. Làm việc.\n";
        ParsedDispatch d = parser.parse(text);
        assertThat(d.number()).isEqualTo("12/UBND");
        assertThat(d.subject()).isNull();
        assertThat(d.problems()).contains("không có trích yếu", "không có ngày ban hành", "không có người ký");
    }

    @Test
    void textWithoutAnIssuerNamesTheMissingIssuer() {
        ParsedDispatch d = parser.parse("Số: 12/UBND\nV/v thử\n");
        assertThat(d.issuer()).isNull();
        assertThat(d.subject()).isEqualTo("thử");
        assertThat(d.problems()).contains("không có cơ quan ban hành");
    }

    @Test
    void textThatIsNoDispatchAtAllIsRejected() {
        assertThatThrownBy(() -> parser.parse("Chào anh,\nEm gửi lại file công văn như đã trao đổi.\nTrân trọng.\n"))
                .isInstanceOf(DispatchParseException.class)
                .hasMessageContaining("not a dispatch")
                .hasMessageContaining("Số: 319/MTTQ-BTT");
    }

    @Test
    void emptyTextIsRejected() {
        assertThatThrownBy(() -> parser.parse("  \n")).isInstanceOf(DispatchParseException.class);
        assertThatThrownBy(() -> parser.parse(null)).isInstanceOf(DispatchParseException.class);
    }

    @Test
    void decomposedWindowsTextParsesLikeTheOriginal() {
        String original = DispatchFixtures.text("seed-319-mttq-bac-ai.txt");
        String decomposed = Normalizer.normalize(original, Normalizer.Form.NFD).replace("\n", "\r\n");
        assertThat(parser.parse(decomposed)).isEqualTo(parser.parse(original));
    }

    @Test
    void minimalDispatchHasEmptyListsAndNullOptionalFields() {
        ParsedDispatch d = parser.parse("UBND XÃ HẢI ANH\nSố: 12/UBND\nV/v thử nghiệm\n\nNội dung không đánh số.\n");
        assertThat(d.number()).isEqualTo("12/UBND");
        assertThat(d.issuer()).isEqualTo("UBND xã Hải Anh");
        assertThat(d.subject()).isEqualTo("thử nghiệm");
        assertThat(d.recipients()).isEmpty();
        assertThat(d.tasks()).isEmpty();
        assertThat(d.cites()).isEmpty();
        assertThat(d.issuedOn()).isNull();
        assertThat(d.place()).isNull();
        assertThat(d.mailbox()).isNull();
        assertThat(d.deadline()).isNull();
        assertThat(d.signer()).isNull();
        assertThat(d.signerTitle()).isNull();
    }

    @Test
    void numericDateLineAndUnaccentedSoAreRead() {
        ParsedDispatch d = parser.parse("UBND XÃ HẢI ANH\nSo: 12 / UBND-VP\nHải Anh, ngày 5/10/2021\nV/v thử nghiệm\n");
        assertThat(d.number()).isEqualTo("12/UBND-VP");
        assertThat(d.issuedOn()).hasToString("2021-10-05");
        assertThat(d.place()).isEqualTo("Hải Anh");
    }

    @Test
    void upperCaseSignerNameUnderATitleIsCapitalised() {
        ParsedDispatch d = parser.parse("UBND XÃ HẢI ANH\nSố: 12/UBND\nV/v thử nghiệm\n\n1. Làm A.\n\nNơi nhận:\n"
                + "- Như trên;\n- Lưu VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(đã ký)\n\nNGUYỄN VĂN AN\n");
        assertThat(d.signer()).isEqualTo("Nguyễn Văn An");
        assertThat(d.signerTitle()).isEqualTo("CHỦ TỊCH");
        assertThat(d.tasks()).containsExactly(new DispatchTask(1, "Làm A."));
    }

    @Test
    void signatureWithOnlyAnAuthorityLineHasNoTitle() {
        ParsedDispatch d = parser.parse("UBND XÃ HẢI ANH\nSố: 12/UBND\nV/v thử nghiệm\n\n1. Làm A.\n\n"
                + "TM. ỦY BAN NHÂN DÂN\n\nLê Văn Bình\n\nNơi nhận:\n- Lưu VT.\n");
        assertThat(d.signer()).isEqualTo("Lê Văn Bình");
        assertThat(d.signerTitle()).isNull();
        assertThat(d.tasks()).containsExactly(new DispatchTask(1, "Làm A."));
    }

    @Test
    void closingRemarkAfterTheLastTaskIsNotPartOfIt() {
        ParsedDispatch d = parser.parse("UBND XÃ HẢI ANH\nSố: 12/UBND\nV/v thử nghiệm\n\n1. Làm A.\n2. Làm B:\n"
                + "- việc một;\n- việc hai.\nTrên đây là yêu cầu, đề nghị các thôn thực hiện./.\n");
        assertThat(d.tasks()).containsExactly(new DispatchTask(1, "Làm A."),
                new DispatchTask(2, "Làm B: - việc một; - việc hai."));
    }
}
