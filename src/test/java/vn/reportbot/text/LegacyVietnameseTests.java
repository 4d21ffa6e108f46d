package vn.reportbot.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class LegacyVietnameseTests {

    /** The 67 small Vietnamese letters that are not ASCII; with their capitals, the 134. */
    private static final String LETTERS = "àảãáạăằẳẵắặâầẩẫấậđèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵ";

    private static final String DISPATCH_LINES = """
            ỦY BAN NHÂN DÂN HUYỆN HẢI HẬU
            Uỷ ban nhân dân huyện Hải Hậu
            Số: 1245/UBND-VP
            Hải Hậu, ngày 12 tháng 10 năm 2021
            V/v báo cáo kết quả thực hiện tại Trường Tiểu học xã Phước Đại
            Đề nghị các đơn vị khẩn trương triển khai thực hiện./.""";

    @Test
    void theTablesHoldAllSixtySevenSmallLettersAndTheirCapitals() {
        assertThat(LETTERS.codePointCount(0, LETTERS.length())).isEqualTo(67);
        assertThat(LETTERS.chars().distinct().count()).isEqualTo(67);
    }

    @Test
    void everySmallLetterRoundTripsThroughTcvn3() {
        for (char c : LETTERS.toCharArray()) {
            String encoded = LegacyEncoders.toTcvn3(String.valueOf(c));
            assertThat(encoded).as("%s", c).hasSize(1);
            assertThat(encoded.charAt(0)).as("%s", c).isBetween((char) 0xA1, (char) 0xFE);
            assertThat(LegacyVietnamese.toUnicode(encoded, LegacyEncoding.TCVN3)).isEqualTo(String.valueOf(c));
        }
    }

    @Test
    void tcvn3CapitalsAreTheSevenItHasAndTheRestComeFromACapitalsFont() {
        assertThat(LegacyVietnamese.toUnicode("\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7", LegacyEncoding.TCVN3))
                .isEqualTo("ĂÂÊÔƠƯĐ");
        String capitals = LETTERS.toUpperCase(Locale.ROOT);
        assertThat(LegacyVietnamese.fromFont(LegacyEncoders.toTcvn3(LETTERS), ".VnTimeH")).isEqualTo(capitals);
        assertThat(LegacyVietnamese.fromFont(LegacyEncoders.toTcvn3(LETTERS), ".VnArialH")).isEqualTo(capitals);
        assertThat(LegacyVietnamese.fromFont(LegacyEncoders.toTcvn3(LETTERS), ".VnTime")).isEqualTo(LETTERS);
    }

    @Test
    void everyLetterSmallAndCapitalRoundTripsThroughVni() {
        String all = LETTERS + LETTERS.toUpperCase(Locale.ROOT);
        assertThat(all).hasSize(134);
        for (char c : all.toCharArray()) {
            String encoded = LegacyEncoders.toVni(String.valueOf(c));
            assertThat(encoded).as("%s", c).doesNotContainPattern("[^\\x20-\\xFF]");
            assertThat(LegacyVietnamese.toUnicode(encoded, LegacyEncoding.VNI)).as("%s from %s", c, encoded)
                    .isEqualTo(String.valueOf(c));
        }
    }

    @Test
    void theReferenceMojibakeReadsAsTheWordsItStandsFor() {
        assertThat(LegacyVietnamese.toUnicode("Uû ban nh©n d©n", LegacyEncoding.TCVN3)).isEqualTo("Uỷ ban nhân dân");
        assertThat(LegacyVietnamese.toUnicode("Sè ngµy th¸ng n¨m tØnh Tr\u00ADêng", LegacyEncoding.TCVN3))
                .isEqualTo("Số ngày tháng năm tỉnh Trường");
        assertThat(LegacyVietnamese.toUnicode("Soá ngaøy thaùng naêm", LegacyEncoding.VNI))
                .isEqualTo("Số ngày tháng năm");
        assertThat(LegacyVietnamese.toUnicode("Tröôøng Phöôùc Ñaïi, Haûi Haäu", LegacyEncoding.VNI))
                .isEqualTo("Trường Phước Đại, Hải Hậu");
    }

    @Test
    void dispatchLinesRoundTripBothWaysThroughBothEncodings() {
        String tcvn = LegacyEncoders.toTcvn3(DISPATCH_LINES.toLowerCase(Locale.ROOT));
        assertThat(tcvn).contains("sè: 1245/ubnd-vp").contains("ngµy 12 th¸ng 10 n¨m 2021").contains("tr\u00ADêng");
        assertThat(LegacyVietnamese.detect(tcvn)).contains(LegacyEncoding.TCVN3);
        assertThat(LegacyVietnamese.toUnicode(tcvn)).isEqualTo(DISPATCH_LINES.toLowerCase(Locale.ROOT));

        String vni = LegacyEncoders.toVni(DISPATCH_LINES);
        assertThat(vni).contains("Soá: 1245/UBND-VP").contains("ngaøy 12 thaùng 10 naêm 2021").contains("Phöôùc Ñaïi");
        assertThat(LegacyVietnamese.detect(vni)).contains(LegacyEncoding.VNI);
        assertThat(LegacyVietnamese.toUnicode(vni)).isEqualTo(DISPATCH_LINES);
    }

    @Test
    void unicodeVietnameseEnglishAndFrenchAreNeverCalledLegacy() {
        assertThat(LegacyVietnamese.detect(DISPATCH_LINES)).isEmpty();
        assertThat(LegacyVietnamese.detect(Normalizer.normalize(DISPATCH_LINES, Normalizer.Form.NFD))).isEmpty();
        assertThat(LegacyVietnamese.detect("Hoà bình, hoá đơn, khoẻ mạnh, thuỷ lợi, loã xoã: cấp uỷ, Hải Hòa")).isEmpty();
        assertThat(LegacyVietnamese.detect("Please send the report before 20/9/2021 © 2021 the district office"))
                .isEmpty();
        assertThat(LegacyVietnamese.detect("Le café était très animé; à côté, l'élève mangeait une crème brûlée"))
                .isEmpty();
        assertThat(LegacyVietnamese.detect("El señor de España come año tras año")).isEmpty();
        assertThat(LegacyVietnamese.toUnicode(DISPATCH_LINES)).isEqualTo(DISPATCH_LINES);
    }

    @Test
    void aFewLegacyWordsInALongUnicodeTextDoNotTurnIt() {
        String mixed = DISPATCH_LINES + "\n" + DISPATCH_LINES + "\nSè ngµy";
        assertThat(LegacyVietnamese.detect(mixed)).isEmpty();
    }

    @Test
    void softHyphenIsTheTcvn3LetterUAndIsNeverDropped() {
        assertThat(LegacyVietnamese.toUnicode("tr\u00ADêng c¸c x·, ®¬n vÞ", LegacyEncoding.TCVN3))
                .isEqualTo("trường các xã, đơn vị");
    }

    @Test
    void fontNamesTellTheEncoding() {
        assertThat(LegacyVietnamese.forFont(".VnTime")).contains(LegacyEncoding.TCVN3);
        assertThat(LegacyVietnamese.forFont(".VnArial NarrowH")).contains(LegacyEncoding.TCVN3);
        assertThat(LegacyVietnamese.isCapitalsFont(".VnTimeH")).isTrue();
        assertThat(LegacyVietnamese.isCapitalsFont(".VnTime")).isFalse();
        assertThat(LegacyVietnamese.forFont("VNI-Times")).contains(LegacyEncoding.VNI);
        assertThat(LegacyVietnamese.forFont("Times New Roman")).isEqualTo(Optional.empty());
        assertThat(LegacyVietnamese.forFont(null)).isEmpty();
    }

    @Test
    void unicodeTypedInAnOldFontIsLeftAlone() {
        assertThat(LegacyVietnamese.fromFont("Ủy ban nhân dân", ".VnTime")).isEqualTo("Ủy ban nhân dân");
        assertThat(LegacyVietnamese.fromFont("Số 12", "Times New Roman")).isEqualTo("Số 12");
    }
}
