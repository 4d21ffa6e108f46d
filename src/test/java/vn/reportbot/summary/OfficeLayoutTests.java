package vn.reportbot.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The office's own layout, read from the dispatch it issued (the seeds' parsed issuer, number and signer). */
class OfficeLayoutTests {

    @Test
    void aFrontBodyWritesTheStateLayoutWithItsParentAndPlaceAndSignsOnBehalfOfTheBoard() {
        OfficeLayout layout = OfficeLayout.of("319/MTTQ-BTT", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái",
                "PHÓ CHỦ TỊCH");
        assertThat(layout.party()).isFalse();
        assertThat(layout.headerLines()).containsExactly("ỦY BAN MTTQ VIỆT NAM", "HUYỆN BÁC ÁI", "BAN THƯỜNG TRỰC");
        assertThat(layout.numberLine().replace('\u00A0', ' ')).isEqualTo("Số:      /BC-MTTQ-BTT");
        assertThat(layout.authority()).isEqualTo("TM. BAN THƯỜNG TRỰC");
        assertThat(layout.title()).isEqualTo("PHÓ CHỦ TỊCH");
    }

    @Test
    void aPartyBoardWritesThePartyLayoutAndItsHeadSignsWithoutPrefix() {
        OfficeLayout layout = OfficeLayout.of("22-CV/BDVHU", "Ban Dân vận Huyện ủy Hải Hậu", "TRƯỞNG BAN");
        assertThat(layout.party()).isTrue();
        assertThat(layout.headerLines()).containsExactly("HUYỆN ỦY HẢI HẬU", "BAN DÂN VẬN");
        assertThat(layout.numberLine().replace('\u00A0', ' ')).isEqualTo("Số      -BC/BDVHU");
        assertThat(layout.authority()).isEmpty();
        assertThat(OfficeLayout.of("22-CV/BDVHU", "Ban Dân vận Huyện ủy Hải Hậu", "PHÓ TRƯỞNG BAN").authority())
                .isEqualTo("K/T TRƯỞNG BAN");
        assertThat(OfficeLayout.of("15-CV/ĐU", "Đảng ủy xã Hải Anh", "PHÓ BÍ THƯ").authority()).isEqualTo("T/M ĐẢNG ỦY XÃ HẢI ANH");
    }

    @Test
    void theTypeLettersOfAStateNumberAreNotTheIssuer() {
        assertThat(OfficeLayout.of("166/KH-UBND", "Ủy ban nhân dân huyện Bác Ái", "CHỦ TỊCH").numberLine()
                .replace('\u00A0', ' ')).isEqualTo("Số:      /BC-UBND");
        assertThat(OfficeLayout.documentKind("166/KH-UBND")).isEqualTo("Kế hoạch");
        assertThat(OfficeLayout.documentKind("22-CV/BDVHU")).isEqualTo("Công văn");
        assertThat(OfficeLayout.documentKind("319/MTTQ-BTT")).isEqualTo("Công văn");
    }

    @Test
    void theLevelAboveIsTakenFromTheDispatchOrElseTheSameBodyOneLevelUp() {
        assertThat(OfficeLayout.levelAbove("thường xuyên báo cáo về Ban Dân vận Huyện ủy để tổng hợp, báo cáo Ban"
                + " Thường vụ Huyện ủy và Ban Dân vận Tỉnh ủy.")).containsExactly("Ban Thường vụ Huyện ủy",
                "Ban Dân vận Tỉnh ủy");
        assertThat(OfficeLayout.levelAbove("về Ban Thường trực huyện để tổng hợp báo cáo theo quy định.")).isEmpty();
        assertThat(OfficeLayout.parentLevel("Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái"))
                .isEqualTo("Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh");
    }

    @Test
    void datesAreWrittenInFullWithLeadingZerosForEarlyDaysAndMonths() {
        assertThat(OfficeLayout.longDate(LocalDate.of(2026, 12, 5))).isEqualTo("ngày 05 tháng 12 năm 2026");
        assertThat(OfficeLayout.longDate(LocalDate.of(2021, 2, 14))).isEqualTo("ngày 14 tháng 02 năm 2021");
        assertThat(OfficeLayout.longDate(LocalDate.of(2021, 9, 16))).isEqualTo("ngày 16 tháng 9 năm 2021");
    }
}
