package vn.reportbot.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.DirectoryLoader;
import vn.reportbot.dispatch.InMemoryDispatchCatalog;
import vn.reportbot.dispatch.KnownDispatch;
import vn.reportbot.dispatch.OfficeResolver;
import vn.reportbot.dispatchtext.DispatchParser;
import vn.reportbot.dispatchtext.ParsedDispatch;
import vn.reportbot.intake.MalformedMessageException;
import vn.reportbot.intake.MessageKind;
import vn.reportbot.intake.MessageReader;
import vn.reportbot.intake.ReceivedMessage;

/**
 * The matcher over the example directory, both seed dispatches and a second Bác Ái dispatch
 * (325/MTTQ-BTT), reading the .eml files of {@code src/test/resources/matching/} (written by its
 * {@code make_fixtures.py}).
 */
class ReportMatcherTests {

    private static Directory directory;
    private static InMemoryDispatchCatalog catalog;
    private static ReportMatcher matcher;
    private final MessageReader reader = new MessageReader();

    @BeforeAll
    static void importDispatches() throws IOException {
        directory = DirectoryLoader.load(Path.of("config/directory.yml"));
        catalog = new InMemoryDispatchCatalog();
        OfficeResolver offices = new OfficeResolver(directory);
        DispatchParser parser = new DispatchParser();
        for (String file : List.of("config/dispatches/319-MTTQ-BTT-bac-ai.txt", "config/dispatches/22-CV-BDVHU-hai-hau.txt",
                "src/test/resources/matching/325-MTTQ-BTT-bac-ai.txt")) {
            ParsedDispatch parsed = parser.parse(Files.readString(Path.of(file), StandardCharsets.UTF_8));
            catalog.add(offices.require(parsed, Optional.empty()).id(), parsed);
        }
        matcher = new ReportMatcher(directory, catalog, SentMailIndex.none());
    }

    @Test
    void theCatalogHoldsTwoBacAiDispatchesAndOneHaiHauDispatch() {
        assertThat(catalog.dispatchesOf("bac-ai-mttq")).extracting(KnownDispatch::number)
                .containsExactlyInAnyOrder("319/MTTQ-BTT", "325/MTTQ-BTT");
        assertThat(catalog.dispatchesOf("hai-hau-bdv")).extracting(KnownDispatch::number).containsExactly("22-CV/BDVHU");
    }

    @Test
    void aRegisteredSenderNamingTheFullNumberInTheSubjectIsMatchedToItsUnitAndDispatch() throws Exception {
        MatchResult r = match("bacai-01-subject-full-number.eml");

        assertThat(r.kind()).isEqualTo(MessageKind.REPORT);
        assertThat(r.decision()).isEqualTo(Decision.MATCHED);
        assertThat(r.officeId()).isEqualTo("bac-ai-mttq");
        assertThat(r.unitId()).isEqualTo("phuoc-dai");
        assertThat(number(r)).isEqualTo("319/MTTQ-BTT");
        assertThat(r.confidence()).isGreaterThan(0.9);
        assertThat(r.reasons()).containsExactly("người gửi là địa chỉ đã đăng ký của Xã Phước Đại",
                "tiêu đề nêu số công văn 319/MTTQ-BTT");
        assertReadable(r);
    }

    @Test
    void theTasksAReportSaysItAddressesAreRecorded() throws Exception {
        assertThat(match("bacai-01-subject-full-number.eml").tasks()).containsExactly(1, 2);      // nội dung 1 và 2
        assertThat(match("bacai-07-number-in-body.eml").tasks()).containsExactly(3);              // nhiệm vụ 3
        assertThat(match("bacai-15-other-dispatch.eml").tasks()).containsExactly(1, 2, 3);        // nội dung 1, 2 và 3
        assertThat(match("bacai-02-spelling-space-before-slash.eml").tasks()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "bacai-02-spelling-space-before-slash.eml, 319 /MTTQ-BTT",
            "bacai-03-spelling-cv-space.eml,           CV 319",
            "bacai-04-spelling-cv-joined.eml,          CV319",
            "bacai-05-spelling-so.eml,                 số 319",
            "bacai-06-spelling-lower-case.eml,         cv 319/mttq-btt",
    })
    void theSpellingsUnitsUseForTheNumberAllNameTheDispatch(String fixture, String spelling) throws Exception {
        ReceivedMessage message = read(fixture);
        assertThat(message.subject()).contains(spelling);

        MatchResult r = matcher.match(message);

        assertThat(r.decision()).isEqualTo(Decision.MATCHED);
        assertThat(r.officeId()).isEqualTo("bac-ai-mttq");
        assertThat(r.unitId()).isEqualTo("phuoc-dai");
        assertThat(number(r)).isEqualTo("319/MTTQ-BTT");
        assertThat(r.reasons()).contains("tiêu đề nêu số công văn 319/MTTQ-BTT");
        assertReadable(r);
    }

    @Test
    void aPartyNumberWithItsSeparatorsSwappedNamesTheDispatch() throws Exception {
        ReceivedMessage message = read("haihau-01-spelling-swapped-separators.eml");
        assertThat(message.subject()).contains("22/CV-BDVHU");

        MatchResult r = matcher.match(message);

        assertThat(r.decision()).isEqualTo(Decision.MATCHED);
        assertThat(r.officeId()).isEqualTo("hai-hau-bdv");
        assertThat(r.unitId()).isEqualTo("hai-anh");
        assertThat(number(r)).isEqualTo("22-CV/BDVHU");
        assertThat(r.reasons()).containsExactly("người gửi là địa chỉ đã đăng ký của Xã Hải Anh", "tiêu đề nêu số công văn 22-CV/BDVHU");
    }

    @Test
    void theNumberOnlyInTheBodyNamesTheDispatch() throws Exception {
        MatchResult r = match("bacai-07-number-in-body.eml");

        assertThat(r.decision()).isEqualTo(Decision.MATCHED);
        assertThat(r.unitId()).isEqualTo("phuoc-dai");
        assertThat(number(r)).isEqualTo("319/MTTQ-BTT");
        assertThat(r.reasons()).contains("nội dung thư nêu số công văn 319/MTTQ-BTT");
    }

    @Test
    void theOfficesOtherDispatchIsToldApartByItsNumber() throws Exception {
        MatchResult r = match("bacai-15-other-dispatch.eml");

        assertThat(r.decision()).isEqualTo(Decision.MATCHED);
        assertThat(number(r)).isEqualTo("325/MTTQ-BTT");
        assertThat(r.reasons()).contains("tiêu đề nêu số công văn 325/MTTQ-BTT");
    }

    @Test
    void aNumberThatAppearsOnlyInTheQuotedMailDoesNotCount() throws Exception {
        ReceivedMessage message = read("bacai-08-number-only-in-quote.eml");
        assertThat(message.text()).contains("319/MTTQ-BTT");
        assertThat(message.ownText()).doesNotContain("319");

        MatchResult r = matcher.match(message);

        assertThat(r.decision()).isEqualTo(Decision.NEEDS_REVIEW);
        assertThat(r.officeId()).isEqualTo("bac-ai-mttq");
        assertThat(r.unitId()).isEqualTo("phuoc-dai");
        assertThat(r.dispatch()).isNull();
        assertThat(r.reasons()).containsExactly("người gửi là địa chỉ đã đăng ký của Xã Phước Đại",
                "thư không nêu số công văn nào trong 2 công văn của cơ quan");
    }

    @Test
    void aCitedDocumentsNumberAloneDoesNotNameADispatch() throws Exception {
        ReceivedMessage message = read("bacai-09-cited-document-only.eml");
        assertThat(message.ownText()).contains("Công văn số 1059/MTTQ-BTT");

        MatchResult r = matcher.match(message);

        assertThat(r.decision()).isEqualTo(Decision.NEEDS_REVIEW);
        assertThat(r.unitId()).isEqualTo("phuoc-dai");
        assertThat(r.dispatch()).isNull();
        assertThat(r.reasons()).contains("thư không nêu số công văn nào trong 2 công văn của cơ quan");
    }

    @Test
    void anotherOfficesDispatchThatSharesTheNumeralAndTheFirstSymbolWordIsNotTheDispatch() throws Exception {
        ReceivedMessage message = read("haihau-08-cited-provincial-same-numeral.eml");
        assertThat(message.ownText()).contains("Công văn số 22-CV/BDVTU");

        MatchResult r = matcher.match(message);

        // Hải Hậu has one dispatch, so it stays the guess, but nothing in the mail names it
        assertThat(r.decision()).isEqualTo(Decision.NEEDS_REVIEW);
        assertThat(r.unitId()).isEqualTo("hai-an");
        assertThat(number(r)).isEqualTo("22-CV/BDVHU");
        assertThat(r.reasons()).containsExactly("người gửi là địa chỉ đã đăng ký của Xã Hải An",
                "thư không nêu số công văn; 22-CV/BDVHU là công văn duy nhất của cơ quan");
    }

    @Test
    void anUnregisteredSenderWhoseDisplayNameNamesACommuneGoesToReviewWithThatCommune() throws Exception {
        MatchResult r = match("bacai-10-unregistered-display-name.eml");

        assertThat(r.decision()).isEqualTo(Decision.NEEDS_REVIEW);
        assertThat(r.officeId()).isEqualTo("bac-ai-mttq");
        assertThat(r.unitId()).isEqualTo("phuoc-dai");
        assertThat(number(r)).isEqualTo("319/MTTQ-BTT");
        assertThat(r.reasons()).containsExactly("người gửi nguyenvanan1980@gmail.com không phải địa chỉ đã đăng ký",
                "tiêu đề nêu số công văn 319/MTTQ-BTT", "thư có vẻ của Xã Phước Đại: cần cán bộ xác nhận");
        assertReadable(r);
    }

    @Test
    void anUnregisteredSenderWhoseSubjectNamesTheCommuneWithoutAccentsGoesToReviewWithThatCommune() throws Exception {
        MatchResult r = match("bacai-11-unregistered-accent-free-subject.eml");

        assertThat(r.decision()).isEqualTo(Decision.NEEDS_REVIEW);
        assertThat(r.unitId()).isEqualTo("phuoc-dai");
        assertThat(number(r)).isEqualTo("319/MTTQ-BTT");
        assertThat(r.reasons()).contains("thư có vẻ của Xã Phước Đại: cần cán bộ xác nhận");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "haihau-02-twin-hai-anh.eml,     hai-anh,    Xã Hải Anh",
            "haihau-03-twin-hai-an.eml,      hai-an,     Xã Hải An",
            "haihau-04-twin-hai-phu.eml,     hai-phu,    Xã Hải Phú",
            "haihau-05-twin-hai-phuc.eml,    hai-phuc,   Xã Hải Phúc",
            "haihau-06-twin-thinh-long.eml,  thinh-long, Thị trấn Thịnh Long",
            "haihau-07-twin-hai-long.eml,    hai-long,   Xã Hải Long",
    })
    void nearTwinCommuneNamesAreNeverConfused(String fixture, String unit, String name) throws Exception {
        MatchResult r = match(fixture);

        assertThat(r.decision()).isEqualTo(Decision.NEEDS_REVIEW);
        assertThat(r.officeId()).isEqualTo("hai-hau-bdv");
        assertThat(r.unitId()).isEqualTo(unit);
        assertThat(number(r)).isEqualTo("22-CV/BDVHU");
        assertThat(r.reasons()).contains("thư có vẻ của " + name + ": cần cán bộ xác nhận");
    }

    @Test
    void anEverydayWordThatLooksLikeACommuneWithoutAccentsIsNotTakenForIt() throws Exception {
        ReceivedMessage message = read("haihau-09-hai-long-lookalike.eml");
        assertThat(message.ownText()).contains("xã hài lòng");

        MatchResult r = matcher.match(message);

        assertThat(r.decision()).isEqualTo(Decision.NEEDS_REVIEW);
        assertThat(r.unitId()).isNull();
        assertThat(number(r)).isEqualTo("22-CV/BDVHU");
    }

    @Test
    void anAutomaticReplyIsIgnored() throws Exception {
        MatchResult r = match("bacai-12-auto-reply.eml");

        assertThat(r.kind()).isEqualTo(MessageKind.AUTO_REPLY);
        assertThat(r.decision()).isEqualTo(Decision.IGNORED);
        assertThat(r.officeId()).isEqualTo("bac-ai-mttq");
        assertThat(r.dispatch()).isNull();
        assertThat(r.reasons()).singleElement().asString().startsWith("thư trả lời tự động: ");
        assertReadable(r);
    }

    @Test
    void aBounceIsIgnoredAndNamesTheUnitWhoseRegisteredAddressFailed() throws Exception {
        MatchResult r = match("bacai-13-bounce.eml");

        assertThat(r.kind()).isEqualTo(MessageKind.BOUNCE);
        assertThat(r.decision()).isEqualTo(Decision.IGNORED);
        assertThat(r.officeId()).isEqualTo("bac-ai-mttq");
        assertThat(r.unitId()).as("the unit whose address bounced").isEqualTo("phuoc-tan");
        assertThat(r.dispatch()).isNull();
        assertThat(r.reasons()).hasSize(2);
        assertThat(r.reasons().get(0)).startsWith("thư báo không gửi được: ");
        assertThat(r.reasons().get(1)).isEqualTo(
                "địa chỉ không nhận được thư, mttq.phuoctan@gmail.com, là địa chỉ đã đăng ký của Xã Phước Tân: cán bộ được báo");
    }

    @Test
    void aRegisteredUnitOfTheOtherOfficeWritingToThisOfficesMailboxIsNotMatched() throws Exception {
        MatchResult r = match("bacai-14-other-office-unit.eml");

        assertThat(r.decision()).isEqualTo(Decision.NEEDS_REVIEW);
        assertThat(r.officeId()).isEqualTo("bac-ai-mttq");
        assertThat(r.unitId()).isNull();
        assertThat(number(r)).isEqualTo("319/MTTQ-BTT");
        assertThat(r.reasons().get(0))
                .isEqualTo("người gửi là địa chỉ đã đăng ký của Xã Hải Anh thuộc cơ quan hai-hau-bdv, không thuộc bac-ai-mttq");
        assertReadable(r);
    }

    @Test
    void aRegisteredAddressThatTheReceivingServerFoundForgedIsNeverMatchedAutomatically() throws Exception {
        MatchResult r = match("bacai-16-registered-address-failing-dmarc.eml");

        assertThat(r.decision()).isEqualTo(Decision.NEEDS_REVIEW);
        assertThat(r.unitId()).isEqualTo("phuoc-dai");
        assertThat(number(r)).isEqualTo("319/MTTQ-BTT");
        assertThat(r.reasons().get(0)).isEqualTo("người gửi mang địa chỉ đã đăng ký của Xã Phước Đại, nhưng máy chủ nhận thư"
                + " (mx.google.com) báo dmarc=fail, spf=fail: địa chỉ có thể bị giả mạo, cần cán bộ xác nhận");
        assertReadable(r);
    }

    @Test
    void onlyTheReceivingServersAuthenticationResultsAreBelieved() throws Exception {
        MatchResult r = match("bacai-17-registered-address-passing-with-forged-field-below.eml");

        assertThat(r.decision()).isEqualTo(Decision.MATCHED);
        assertThat(r.unitId()).isEqualTo("phuoc-dai");
        assertThat(number(r)).isEqualTo("319/MTTQ-BTT");
    }

    @Test
    void theNumberInTheAttachedReportNamesTheDispatch() throws Exception {
        MatchResult r = match("bacai-18-number-in-attached-report.eml");

        assertThat(r.decision()).isEqualTo(Decision.MATCHED);
        assertThat(r.unitId()).isEqualTo("phuoc-dai");
        assertThat(number(r)).isEqualTo("325/MTTQ-BTT");
        assertThat(r.reasons()).containsExactly("người gửi là địa chỉ đã đăng ký của Xã Phước Đại",
                "tệp đính kèm Bao cao MTTQ xa Phuoc Dai.docx nêu số công văn 325/MTTQ-BTT");
    }

    @Test
    void aForwardFromAPersonalAddressIsProposedForTheUnitWhoseRegisteredAddressSentTheOriginal() throws Exception {
        ReceivedMessage message = read("bacai-19-forwarded-from-registered-address.eml");
        assertThat(message.ownText()).isEqualTo("Anh chuyển giúp bản báo cáo.");

        MatchResult r = matcher.match(message);

        assertThat(r.decision()).isEqualTo(Decision.NEEDS_REVIEW);
        assertThat(r.unitId()).isEqualTo("phuoc-dai");
        assertThat(number(r)).isEqualTo("319/MTTQ-BTT");
        assertThat(r.reasons()).contains("thư có vẻ của Xã Phước Đại: cần cán bộ xác nhận");
    }

    @Test
    void aCommuneNameWithOneLetterWrongIsProposedWhenNoOtherCommuneIsThatClose() throws Exception {
        MatchResult r = match("bacai-20-commune-name-with-one-typo.eml");

        assertThat(r.decision()).isEqualTo(Decision.NEEDS_REVIEW);
        assertThat(r.unitId()).isEqualTo("phuoc-chinh");
        assertThat(r.reasons()).contains("thư có vẻ của Xã Phước Chính: cần cán bộ xác nhận");
    }

    @Test
    void aMisspeltNameAsCloseToTwoCommunesNamesNeither() throws Exception {
        MatchResult r = match("bacai-21-typo-between-twin-communes.eml");   // Phuoc Thanq: Phước Thắng or Phước Thành?

        assertThat(r.decision()).isEqualTo(Decision.NEEDS_REVIEW);
        assertThat(r.unitId()).isNull();
        assertThat(number(r)).isEqualTo("319/MTTQ-BTT");
    }

    @Test
    void aForwardOfTheBotsReminderThatLostItsHeadersIsKnownByTheTokenInItsSubject() throws Exception {
        KnownDispatch d325 = catalog.dispatchesOf("bac-ai-mttq").stream()
                .filter(d -> d.number().equals("325/MTTQ-BTT")).findFirst().orElseThrow();
        SentMailIndex sent = new SentMailIndex() {
            @Override
            public Optional<SentMail> byMessageId(String messageId) {
                return Optional.empty();
            }

            @Override
            public Optional<SentMail> bySubjectToken(String token) {
                return token.equals("RB-K7Q2M") ? Optional.of(new SentMail("reminder", "bac-ai-mttq", d325.id(), "phuoc-tan"))
                        : Optional.empty();
            }
        };
        ReportMatcher withSentMail = new ReportMatcher(directory, catalog, sent);

        MatchResult r = withSentMail.match(read("bacai-22-forwarded-reminder-subject-token.eml"));

        assertThat(r.decision()).isEqualTo(Decision.NEEDS_REVIEW);
        assertThat(r.unitId()).isEqualTo("phuoc-tan");
        assertThat(number(r)).isEqualTo("325/MTTQ-BTT");
        assertThat(r.reasons()).contains("trả lời thư nhắc của hệ thống về công văn 325/MTTQ-BTT",
                "thư có vẻ của Xã Phước Tân: cần cán bộ xác nhận");
    }

    @Test
    void subjectTokensAreFoundHoweverTheMailProgramChangedTheirCase() {
        assertThat(SubjectToken.in("Fwd: Nhắc báo cáo [RB-K7Q2M]")).hasValue("RB-K7Q2M");
        assertThat(SubjectToken.in("Re: Nhắc báo cáo [rb-k7q2m]")).hasValue("RB-K7Q2M");
        assertThat(SubjectToken.in("Re: Nhắc báo cáo RB - K7Q2M")).hasValue("RB-K7Q2M");
        assertThat(SubjectToken.in("Báo cáo [RB-K7Q2M1]")).isEmpty();
        assertThat(SubjectToken.in("Báo cáo ORB-K7Q2M")).isEmpty();
        assertThat(SubjectToken.in("Báo cáo [RB-K7Q0M]")).as("0 is not in the alphabet").isEmpty();
        assertThat(SubjectToken.random(new java.util.Random(7))).matches("RB-[2-9A-HJKMNP-TV-Z]{5}");
    }

    @Test
    void theHeadingsOfTheAttachedReportThatRepeatATasksWordsSayWhichTasksItAddresses() throws Exception {
        MatchResult r = match("bacai-23-task-headings-in-attached-report.eml");

        assertThat(r.decision()).isEqualTo(Decision.MATCHED);
        assertThat(number(r)).isEqualTo("319/MTTQ-BTT");
        assertThat(r.tasks()).containsExactly(2, 3);
    }

    @Test
    void everyFixturesReasonsAreSentencesAPersonCanRead() throws Exception {
        try (var files = Files.list(Path.of("src/test/resources/matching"))) {
            List<Path> emls = files.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
            assertThat(emls).hasSizeGreaterThanOrEqualTo(20);
            for (Path eml : emls) {
                assertReadable(matcher.match(reader.read(Files.readAllBytes(eml))));
            }
        }
    }

    private static void assertReadable(MatchResult r) {
        assertThat(r.reasons()).as("reasons").isNotEmpty().allSatisfy(reason -> {
            assertThat(reason).isNotBlank().hasSizeGreaterThan(10)
                    .doesNotContain("null", "Optional", "KnownDispatch[", "Unit[", "Office[", "@vn.reportbot");
            assertThat(reason).containsPattern("\\p{L}+ \\p{L}+");
        });
    }

    private static String number(MatchResult r) {
        return r.dispatch() == null ? null : r.dispatch().number();
    }

    /**
     * Found by {@code MailFuzzIT} (a line of megabytes spliced into a report's body): the search for e-mail addresses
     * in the words the dispatches are ranked by tried every letter of a line without spaces as an address's start,
     * and held the poller for hours; 200,000 letters took minutes.
     */
    @Test
    void aReportWithALineOfHundredsOfThousandsOfLettersIsMatchedAtOnce() throws Exception {
        ReceivedMessage message = read("bacai-line-of-200k-letters.eml");

        MatchResult r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
                () -> matcher.match(message));

        assertThat(r.unitId()).isEqualTo("phuoc-dai");
        assertThat(r.decision()).as("no number, no words of a dispatch").isEqualTo(Decision.NEEDS_REVIEW);
    }

    private MatchResult match(String fixture) throws IOException, MalformedMessageException {
        return matcher.match(read(fixture));
    }

    private ReceivedMessage read(String fixture) throws IOException, MalformedMessageException {
        try (InputStream in = getClass().getResourceAsStream("/matching/" + fixture)) {
            assertThat(in).as(fixture).isNotNull();
            return reader.read(in);
        }
    }
}
