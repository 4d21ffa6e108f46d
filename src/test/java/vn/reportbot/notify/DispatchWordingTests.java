package vn.reportbot.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import vn.reportbot.dispatchtext.Cadence;
import vn.reportbot.dispatchtext.DispatchParser;
import vn.reportbot.documents.DocumentTextReader;

/**
 * The Vietnamese of the dispatch mails for what the service says in English: the reasons are taken from the real
 * readers and parser, so that a reworded reason shows here rather than as a vague sentence in a clerk's mail.
 */
class DispatchWordingTests {

    private static String reasonOf(Runnable failing) {
        return catchThrowable(failing::run).getMessage();
    }

    @Test
    void aScanIsToldAsAScanWithWhatToSendInstead() throws Exception {
        byte[] scan = Files.readAllBytes(Path.of("src/test/resources/dispatches/formats/scanned-2-pages.pdf"));
        String reason = "text not read: " + reasonOf(() -> new DocumentTextReader().read("cv.pdf", scan));

        assertThat(DispatchWording.problem(reason)).isEqualTo("tệp là bản scan (ảnh chụp), không có lớp chữ nên hệ thống"
                + " không đọc được nội dung; đề nghị gửi tệp Word (.docx, .doc) hoặc tệp PDF có lớp chữ.");
    }

    @Test
    void aZipBombIsRefusedInPlainWords() throws Exception {
        byte[] bomb = Files.readAllBytes(Path.of("src/test/resources/dispatches/formats/zip-bomb.docx"));
        String reason = reasonOf(() -> new DocumentTextReader().read("cv.docx", bomb));

        assertThat(DispatchWording.problem(reason)).isEqualTo("tệp có cấu trúc nén bất thường nên hệ thống từ chối mở.");
    }

    @Test
    void aTextThatIsNoDispatchIsToldSoNotAsADamagedFile() {
        DispatchParser parser = new DispatchParser();
        String none = reasonOf(() -> parser.parse("Chào anh,\nEm gửi lại file như đã trao đổi.\nTrân trọng.\n"));

        assertThat(DispatchWording.problem(none)).startsWith("văn bản không phải là công văn");
        assertThat(DispatchWording.problem("no dispatch number found (expected a line like 'Số: 319/MTTQ-BTT')"))
                .startsWith("hệ thống không tìm thấy số, ký hiệu văn bản");
    }

    @Test
    void aReasonNotKnownHereGetsAGeneralSentenceNotEnglish() {
        assertThat(DispatchWording.problem("text not read: the moon is in the wrong phase"))
                .isEqualTo("hệ thống không đọc được nội dung tệp.");
    }

    @Test
    void cadencesAreSaidWithTheirDueDay() {
        assertThat(DispatchWording.cadence(new Cadence(Cadence.Frequency.WEEKLY, DayOfWeek.THURSDAY, null,
                LocalTime.of(15, 0), "định kỳ hằng tuần (trước 15 giờ thứ Năm)")))
                .isEqualTo("hằng tuần, hạn trước 15 giờ 00 thứ Năm");
        assertThat(DispatchWording.cadence(new Cadence(Cadence.Frequency.MONTHLY, null, 25, null, "hằng tháng")))
                .isEqualTo("hằng tháng, hạn ngày 25");
        assertThat(DispatchWording.cadence(new Cadence(Cadence.Frequency.QUARTERLY, null, null, null, "hằng quý")))
                .isEqualTo("hằng quý, hạn ngày cuối quý");
        assertThat(DispatchWording.cadence(null)).isEmpty();
    }
}
