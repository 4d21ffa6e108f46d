package vn.reportbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.DirectoryLoader;
import vn.reportbot.dispatch.InMemoryDispatchCatalog;
import vn.reportbot.dispatch.OfficeResolver;
import vn.reportbot.dispatchtext.DispatchParser;
import vn.reportbot.dispatchtext.ParsedDispatch;
import vn.reportbot.intake.Attachment;
import vn.reportbot.intake.MessageReader;
import vn.reportbot.intake.ReceivedMessage;
import vn.reportbot.matching.Decision;
import vn.reportbot.matching.MatchResult;
import vn.reportbot.matching.ReportMatcher;
import vn.reportbot.matching.SentMailIndex;

/**
 * What the bench generates is what the service reads: the directory loads, the dispatch parses and names its office,
 * and every kind of report is matched, offline, to its unit and the dispatch without anyone's review.
 */
class GeneratedReportsTests {

    @TempDir
    Path dir;

    private final GeneratedDistrict district = new GeneratedDistrict(450, LocalDate.of(2025, 3, 12));

    @Test
    void theDirectoryLoadsWithEveryUnitAndAnAddressEach() throws Exception {
        Directory directory = DirectoryLoader.load(Files.writeString(dir.resolve("directory.yml"), district.directoryYaml()));

        assertThat(directory.requireOffice(GeneratedDistrict.OFFICE_ID).units()).hasSize(450);
        assertThat(directory.unitByAddress(district.communes().get(449).email())).isPresent();
        assertThat(district.communes().get(16).name()).startsWith("Thị trấn ");
        assertThat(district.communes().get(0).name()).isEqualTo("Xã Phước Đại");
    }

    @Test
    void theDispatchParsesWithItsNumberTasksDeadlineAndOffice() throws Exception {
        Directory directory = DirectoryLoader.load(Files.writeString(dir.resolve("directory.yml"), district.directoryYaml()));
        ParsedDispatch dispatch = new DispatchParser().parse(district.dispatchText());

        assertThat(dispatch.number()).isEqualTo(GeneratedDistrict.DISPATCH_NUMBER);
        assertThat(dispatch.issuedOn()).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(dispatch.tasks()).hasSize(4);
        assertThat(dispatch.deadline()).isEqualTo(LocalDate.of(2025, 4, 11));
        assertThat(new OfficeResolver(directory).resolve(dispatch)).hasValueSatisfying(
                office -> assertThat(office.id()).isEqualTo(GeneratedDistrict.OFFICE_ID));
    }

    @Test
    void everyKindOfGeneratedReportIsMatchedToItsUnitAndTheDispatch() throws Exception {
        Directory directory = DirectoryLoader.load(Files.writeString(dir.resolve("directory.yml"), district.directoryYaml()));
        InMemoryDispatchCatalog catalog = new InMemoryDispatchCatalog();
        catalog.add(GeneratedDistrict.OFFICE_ID, new DispatchParser().parse(district.dispatchText()));
        ReportMatcher matcher = new ReportMatcher(directory, catalog, SentMailIndex.none());
        MessageReader reader = new MessageReader();

        List<byte[]> mails = new ReportMails(district).generate(30);
        for (int i = 0; i < mails.size(); i++) {
            ReceivedMessage message = reader.read(mails.get(i));
            MatchResult result = matcher.match(message);
            assertThat(result.decision()).as("message %d (%s): %s", i, message.subject(), result.reasons())
                    .isEqualTo(Decision.MATCHED);
            assertThat(result.unitId()).isEqualTo(district.communes().get(i).id());
            assertThat(result.dispatch().number()).isEqualTo(GeneratedDistrict.DISPATCH_NUMBER);
        }
        assertThat(reader.read(mails.get(2)).attachments()).extracting(Attachment::fileName)
                .containsExactly("Báo cáo 412 Xuân Đại.docx");
        assertThat(reader.read(mails.get(3)).attachments()).extracting(Attachment::fileName)
                .containsExactly("bao-cao-hai-dai.txt");
    }
}
