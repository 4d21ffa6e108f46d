package vn.reportbot.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.DirectoryLoader;
import vn.reportbot.dispatch.InMemoryDispatchCatalog;
import vn.reportbot.intake.MessageReader;

/**
 * A report whose From is missing, empty or doubled is matched to the unit of the address the reader took instead,
 * and the first reason staff read says, in Vietnamese, where that address came from.
 */
class SenderNoteTests {

    private static final Path CORPUS = Path.of("src/test/resources/mail-corpus/report");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "missing-from-reply-to.eml, phuoc-hoa, Thư không có dòng From (người gửi); địa chỉ người gửi được lấy từ dòng Reply-To (địa chỉ trả lời): mttq.phuochoa@gmail.com.",
            "from-name-empty-address-reply-to.eml, phuoc-thanh, Dòng From của thư không có địa chỉ; địa chỉ người gửi được lấy từ dòng Reply-To",
            "two-from-fields-sender.eml, phuoc-dai, Thư có hai dòng From khác nhau; địa chỉ người gửi được lấy từ dòng Sender"})
    void theReasonsSayWhereTheSenderWasTakenFrom(String file, String unit, String note) throws Exception {
        Directory directory = DirectoryLoader.load(Path.of("config/directory.yml"));
        ReportMatcher matcher = new ReportMatcher(directory, new InMemoryDispatchCatalog(), SentMailIndex.none());

        MatchResult r = matcher.match(new MessageReader().read(Files.readAllBytes(CORPUS.resolve(file))));

        assertThat(r.unitId()).isEqualTo(unit);
        assertThat(r.reasons().get(0)).startsWith(note);
    }
}
