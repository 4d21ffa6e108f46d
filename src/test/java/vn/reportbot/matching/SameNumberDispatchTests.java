package vn.reportbot.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.DirectoryLoader;
import vn.reportbot.dispatch.InMemoryDispatchCatalog;
import vn.reportbot.dispatch.KnownDispatch;
import vn.reportbot.dispatchtext.DispatchParser;
import vn.reportbot.intake.MessageReader;

/**
 * Dispatch numbers restart every year: when the number a report names fits dispatches of two years, the matcher
 * takes the one of the year the report was received, else the one still open then, else asks a person; and it tells
 * staff, in Vietnamese, that it had to choose.
 */
class SameNumberDispatchTests {

    private static final String BAC_AI = "bac-ai-mttq";

    private final Directory directory = DirectoryLoader.load(Path.of("config/directory.yml"));
    private final InMemoryDispatchCatalog catalog = new InMemoryDispatchCatalog();
    private final DispatchParser parser = new DispatchParser();

    /** 319/MTTQ-BTT of 16/09/2021 (the seed, no deadline) and 319/MTTQ-BTT of 05/01/2022. */
    private void twoDispatches319() throws IOException {
        String seed = Files.readString(Path.of("config/dispatches/319-MTTQ-BTT-bac-ai.txt"), StandardCharsets.UTF_8);
        catalog.add(BAC_AI, parser.parse(seed));
        catalog.add(BAC_AI, parser.parse(seed.replace("Bác Ái, ngày 16 tháng 9 năm 2021", "Bác Ái, ngày 05 tháng 01 năm 2022")));
    }

    @Test
    void aReportOf2022NamingANumberOfTwoYearsGoesToThe2022DispatchAndSaysWhy() throws Exception {
        twoDispatches319();

        MatchResult r = match("Thu, 10 Mar 2022 09:05:00 +0700", "319/MTTQ-BTT");

        assertThat(r.decision()).isEqualTo(Decision.MATCHED);
        assertThat(r.dispatch().issuedOn()).isEqualTo(LocalDate.of(2022, 1, 5));
        assertThat(r.reasons()).contains("có 2 công văn cùng số 319/MTTQ-BTT (ngày 16/09/2021 và ngày 05/01/2022);"
                + " đã chọn công văn ngày 05/01/2022 vì đó là công văn của năm nhận báo cáo (2022)");
    }

    @Test
    void aReportOf2021GoesToThe2021DispatchEvenThoughA2022OneIsNewer() throws Exception {
        twoDispatches319();

        MatchResult r = match("Mon, 20 Sep 2021 15:14:58 +0700", "CV 319");

        assertThat(r.decision()).isEqualTo(Decision.MATCHED);
        assertThat(r.dispatch().issuedOn()).isEqualTo(LocalDate.of(2021, 9, 16));
        assertThat(r.reasons()).anyMatch(reason -> reason.endsWith(
                "đã chọn công văn ngày 16/09/2021 vì đó là công văn của năm nhận báo cáo (2021)"));
    }

    @Test
    void whenNeitherIsOfTheReportsYearAndBothAreOpenAPersonMustChooseBetweenTheCandidates() throws Exception {
        twoDispatches319();

        MatchResult r = match("Wed, 01 Feb 2023 08:00:00 +0700", "319/MTTQ-BTT");

        assertThat(r.decision()).isEqualTo(Decision.NEEDS_REVIEW);
        assertThat(r.unitId()).isEqualTo("phuoc-dai");
        assertThat(r.dispatch().issuedOn()).as("the newest as the guess").isEqualTo(LocalDate.of(2022, 1, 5));
        assertThat(r.reasons()).contains("có 2 công văn cùng số 319/MTTQ-BTT (ngày 16/09/2021 và ngày 05/01/2022);"
                + " không chọn được vì không công văn nào ban hành trong năm nhận báo cáo (2023) và các công văn đó"
                + " đều còn mở; tạm chọn công văn mới nhất (ngày 05/01/2022), cần người xác nhận");
    }

    @Test
    void whenNeitherIsOfTheReportsYearTheOneStillOpenIsChosen() throws Exception {
        // 325/MTTQ-BTT of 05/10/2021 is due 20/10/2021 and so closed from 19/11/2021; the one of 2022 has no deadline
        String text = Files.readString(Path.of("src/test/resources/matching/325-MTTQ-BTT-bac-ai.txt"), StandardCharsets.UTF_8);
        KnownDispatch old = catalog.add(BAC_AI, parser.parse(text));
        catalog.add(BAC_AI, parser.parse(text.replace("ngày 05 tháng 10 năm 2021", "ngày 12 tháng 10 năm 2022")
                .replace(" trước ngày 20/10/2021", "")));
        assertThat(old.closedOn()).isEqualTo(LocalDate.of(2021, 11, 19));

        MatchResult r = match("Wed, 01 Feb 2023 08:00:00 +0700", "325/MTTQ-BTT");

        assertThat(r.decision()).isEqualTo(Decision.MATCHED);
        assertThat(r.dispatch().issuedOn()).isEqualTo(LocalDate.of(2022, 10, 12));
        assertThat(r.reasons()).contains("có 2 công văn cùng số 325/MTTQ-BTT (ngày 05/10/2021 và ngày 12/10/2022);"
                + " đã chọn công văn ngày 12/10/2022 vì không công văn nào ban hành trong năm nhận báo cáo (2023) và chỉ"
                + " công văn này còn mở khi nhận báo cáo (công văn ngày 05/10/2021 đã đóng từ ngày 19/11/2021)");
    }

    @Test
    void aReplyToTheBotsMailAboutOneOfThemSettlesIt() throws Exception {
        twoDispatches319();
        long of2021 = catalog.dispatchesOf(BAC_AI).stream().filter(d -> d.issuedOn().getYear() == 2021).findFirst()
                .orElseThrow().id();
        SentMailIndex sent = id -> "<reminder-319@reportbot.local>".equals(id)
                ? Optional.of(new SentMail("reminder", BAC_AI, of2021, "phuoc-dai")) : Optional.empty();

        MatchResult r = new ReportMatcher(directory, catalog, sent).match(new MessageReader().read(
                eml("Thu, 10 Mar 2022 09:05:00 +0700", "Re: Nhac bao cao Cong van so 319/MTTQ-BTT",
                        "In-Reply-To: <reminder-319@reportbot.local>\r\n")));

        assertThat(r.decision()).isEqualTo(Decision.MATCHED);
        assertThat(r.dispatch().id()).isEqualTo(of2021);
        assertThat(r.reasons()).anyMatch(reason -> reason.endsWith(
                "đã chọn công văn ngày 16/09/2021 vì thư này trả lời thư của hệ thống về công văn đó"));
    }

    @Test
    void aReportNamingTheDispatchsDateGoesToThatOneWhateverTheYear() throws Exception {
        twoDispatches319();

        MatchResult r = new ReportMatcher(directory, catalog, SentMailIndex.none()).match(new MessageReader().read(
                eml("Thu, 10 Mar 2022 09:05:00 +0700", "Bao cao thuc hien Cong van so 319/MTTQ-BTT ngay 16/9/2021", "")));

        assertThat(r.decision()).isEqualTo(Decision.MATCHED);
        assertThat(r.dispatch().issuedOn()).isEqualTo(LocalDate.of(2021, 9, 16));
        assertThat(r.reasons()).anyMatch(reason -> reason.endsWith(
                "đã chọn công văn ngày 16/09/2021 vì báo cáo nêu ngày ban hành của công văn đó"));
    }

    @Test
    void datesAreReadInTheWaysReportsWriteThem() {
        assertThat(SameNumber.datesNamed("theo Công văn số 319/MTTQ-BTT ngày 05/01/2022, ngày 16 tháng 9 năm 2021,"
                + " 3.2.2023 và 31/02/2022")).containsExactlyInAnyOrder(LocalDate.of(2022, 1, 5),
                LocalDate.of(2021, 9, 16), LocalDate.of(2023, 2, 3));
    }

    @Test
    void aNumberOfOneDispatchIsMatchedWithoutTalkOfChoosing() throws Exception {
        catalog.add(BAC_AI, parser.parse(Files.readString(Path.of("config/dispatches/319-MTTQ-BTT-bac-ai.txt"))));

        MatchResult r = match("Thu, 10 Mar 2022 09:05:00 +0700", "319/MTTQ-BTT");

        assertThat(r.decision()).isEqualTo(Decision.MATCHED);
        assertThat(r.reasons()).containsExactly("người gửi là địa chỉ đã đăng ký của Xã Phước Đại", "tiêu đề nêu số công văn 319/MTTQ-BTT");
    }

    private MatchResult match(String date, String number) throws Exception {
        return new ReportMatcher(directory, catalog, SentMailIndex.none()).match(new MessageReader().read(
                eml(date, "Bao cao ket qua thuc hien " + number, "")));
    }

    private static byte[] eml(String date, String subject, String moreHeaders) {
        return ("Received: from mail-sor-f41.google.com by mx.bacai.example; " + date + "\r\n"
                + "Date: " + date + "\r\n"
                + "Message-ID: <" + Math.abs((date + subject).hashCode()) + "@mail.gmail.com>\r\n"
                + moreHeaders
                + "From: MTTQ xa Phuoc Dai <mttq.phuocdai@gmail.com>\r\n"
                + "To: mattrabbacai@gmail.com\r\n"
                + "Subject: " + subject + "\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "Kính gửi Ban Thường trực, xã Phước Đại xin báo cáo kết quả thực hiện.\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
