package vn.reportbot.dispatchtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IssuerNamerTests {

    @Test
    void subUnitComesFirstFollowedByItsParentBody() {
        assertThat(IssuerNamer.name(List.of("ỦY BAN MTTQ VIỆT NAM", "HUYỆN BÁC ÁI", "BAN THƯỜNG TRỰC")))
                .isEqualTo("Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái");
        assertThat(IssuerNamer.name(List.of("HUYỆN ỦY HẢI HẬU", "BAN DÂN VẬN")))
                .isEqualTo("Ban Dân vận Huyện ủy Hải Hậu");
    }

    @Test
    void placeLineStaysAfterTheBody() {
        assertThat(IssuerNamer.name(List.of("ỦY BAN NHÂN DÂN", "XÃ PHƯỚC ĐẠI"))).isEqualTo("Ủy ban nhân dân xã Phước Đại");
        assertThat(IssuerNamer.name(List.of("HĐND THỊ TRẤN YÊN ĐỊNH"))).isEqualTo("HĐND thị trấn Yên Định");
    }

    @Test
    void keepsTheDocumentsOwnTonePlacement() {
        assertThat(IssuerNamer.name(List.of("UỶ BAN NHÂN DÂN", "TỈNH NAM ĐỊNH"))).isEqualTo("Uỷ ban nhân dân tỉnh Nam Định");
    }

    @Test
    void unknownWordsAreSentenceCasedAndAcronymsKept() {
        assertThat(IssuerNamer.name(List.of("UBND HUYỆN BÁC ÁI", "BCĐ PHÒNG CHỐNG DỊCH")))
                .isEqualTo("BCĐ phòng chống dịch UBND huyện Bác Ái");
    }

    @Test
    void aLastLineWithItsOwnPlaceStandsAlone() {
        assertThat(IssuerNamer.name(List.of("ĐẢNG BỘ TỈNH NAM ĐỊNH", "HUYỆN ỦY HẢI HẬU"))).isEqualTo("Huyện ủy Hải Hậu");
        assertThat(IssuerNamer.name(List.of("ĐẢNG BỘ HUYỆN HẢI HẬU", "ĐẢNG ỦY XÃ HẢI ANH"))).isEqualTo("Đảng ủy xã Hải Anh");
    }

    @Test
    void wordsWithDigitsAreCapitalisedNotShouted() {
        assertThat(IssuerNamer.name(List.of("BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19", "HUYỆN BÁC ÁI")))
                .isEqualTo("Ban Chỉ đạo phòng, chống dịch Covid-19 huyện Bác Ái");
    }
}
