package vn.reportbot.dispatchtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import vn.reportbot.dispatch.ReportingPeriod;

/** Dispatches that ask for periodic reports: every field, and the cadence a clerk would read. */
class CadenceDispatchTests {

    @Test
    void weeklyReportsDueThursdayAtThreeInAFrontDispatch() {
        ParsedDispatch d = DispatchFixtures.parse("mttq-bac-ai-weekly-thursday.txt");
        assertThat(d.number()).isEqualTo("342/MTTQ-BTT");
        assertThat(d.issuedOn()).isEqualTo(LocalDate.of(2021, 10, 4));
        assertThat(d.place()).isEqualTo("Bác Ái");
        assertThat(d.issuer()).isEqualTo("Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái");
        assertThat(d.subject()).isEqualTo("báo cáo định kỳ kết quả vận động ủng hộ Quỹ phòng, chống dịch Covid-19");
        assertThat(d.recipients()).containsExactly("Ban Thường trực Ủy ban MTTQ Việt Nam các xã");
        assertThat(d.tasks()).hasSize(3);
        assertThat(d.tasks().get(2).text()).startsWith("Tổng hợp kết quả vận động, báo cáo định kỳ hằng tuần");
        assertThat(d.mailbox()).isEqualTo("mattrabbacai@gmail.com");
        assertThat(d.deadline()).isNull();
        assertThat(d.cadence().frequency()).isEqualTo(Cadence.Frequency.WEEKLY);
        assertThat(d.cadence().weekday()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(d.cadence().time()).isEqualTo(LocalTime.of(15, 0));
        assertThat(d.cadence().phrase()).endsWith("qua địa chỉ email: mattrabbacai@gmail.com.");
        assertThat(d.signer()).isEqualTo("Katơr Thị Hương");
        assertThat(d.signerTitle()).isEqualTo("CHỦ TỊCH");
        assertThat(d.cites()).containsExactly("120/KH-MTTQ");
    }

    @Test
    void monthlyReportsBeforeThe25thWithParenthesisedTaskNumbers() {
        ParsedDispatch d = DispatchFixtures.parse("ubnd-hai-hau-monthly.txt");
        assertThat(d.number()).isEqualTo("1302/UBND-VP");
        assertThat(d.issuedOn()).isEqualTo(LocalDate.of(2021, 11, 1));
        assertThat(d.issuer()).isEqualTo("Ủy ban nhân dân huyện Hải Hậu");
        assertThat(d.subject()).isEqualTo("báo cáo tình hình thực hiện chính sách hỗ trợ người lao động gặp khó khăn");
        assertThat(d.recipients()).containsExactly("Ủy ban nhân dân các xã, thị trấn");
        assertThat(d.tasks()).extracting(DispatchTask::ordinal).containsExactly(1, 2, 3);
        assertThat(d.deadline()).isNull();
        assertThat(d.cadence().frequency()).isEqualTo(Cadence.Frequency.MONTHLY);
        assertThat(d.cadence().dayOfMonth()).isEqualTo(25);
        assertThat(d.signer()).isEqualTo("Vũ Văn Thắng");
        assertThat(d.signerTitle()).isEqualTo("PHÓ CHỦ TỊCH");
        assertThat(d.cites()).containsExactly("68/NQ-CP");
        assertThat(ReportingPeriod.containing(d.cadence(), LocalDate.of(2021, 11, 8)).due())
                .isEqualTo(LocalDate.of(2021, 11, 25));
    }

    @Test
    void quarterlyReportsInAPartyDispatchWhoseDateComesBeforeItsNumber() {
        ParsedDispatch d = DispatchFixtures.parse("bdv-hai-hau-quarterly.txt");
        assertThat(d.number()).isEqualTo("31-CV/BDVHU");
        assertThat(d.issuedOn()).isEqualTo(LocalDate.of(2021, 12, 15));
        assertThat(d.issuer()).isEqualTo("Ban Dân vận Huyện ủy Hải Hậu");
        assertThat(d.subject()).isEqualTo("báo cáo kết quả thực hiện phong trào thi đua \"Dân vận khéo\"");
        assertThat(d.recipients()).containsExactly("Khối dân vận đảng ủy các xã, thị trấn");
        assertThat(d.tasks()).hasSize(2);
        assertThat(d.cadence().frequency()).isEqualTo(Cadence.Frequency.QUARTERLY);
        assertThat(d.cadence().dayOfMonth()).isEqualTo(15);
        assertThat(d.signer()).isEqualTo("Lại Văn Hà");
        assertThat(d.signerTitle()).isEqualTo("TRƯỞNG BAN");
        assertThat(d.cites()).containsExactly("12-KH/BDVHU");
        assertThat(ReportingPeriod.containing(d.cadence(), LocalDate.of(2022, 2, 1)).due())
                .isEqualTo(LocalDate.of(2022, 3, 15));
    }

    @Test
    void theSeedOfHaiHauAsksForOngoingReports() {
        ParsedDispatch d = DispatchFixtures.parse("seed-22-bdv-hai-hau.txt");
        assertThat(d.cadence().frequency()).isEqualTo(Cadence.Frequency.ONGOING);
        assertThat(DispatchFixtures.parse("seed-319-mttq-bac-ai.txt").cadence()).isNull();
    }
}
