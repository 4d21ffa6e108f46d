package vn.reportbot.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.DirectoryLoader;
import vn.reportbot.directory.Unit;

class UnitNameFinderTests {

    private static final Directory DIRECTORY = DirectoryLoader.load(Path.of("config/directory.yml"));

    private final UnitNameFinder finder = new UnitNameFinder();
    private final UnitNameFinder.Index haiHau = new UnitNameFinder.Index(DIRECTORY.requireOffice("hai-hau-bdv").units());
    private final UnitNameFinder.Index bacAi = new UnitNameFinder.Index(DIRECTORY.requireOffice("bac-ai-mttq").units());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Báo cáo của xã Hải Anh                 | hai-anh",
            "Báo cáo của xã Hải An                  | hai-an",
            "Bao cao cua xa Hai An                  | hai-an",
            "Bao cao cua xa Hai Anh                 | hai-anh",
            "Báo cáo của xã Hải Phú                 | hai-phu",
            "Báo cáo của xã Hải Phúc                | hai-phuc",
            "Báo cáo của xã Hải Phương              | hai-phuong",
            "Khối dân vận Thị trấn Thịnh Long        | thinh-long",
            "Khối dân vận TT Thịnh Long              | thinh-long",
            "Đảng ủy xã Hải Long báo cáo            | hai-long",
            "UBND xã Hải Hà báo cáo                 | hai-ha",
            "MTTQ xã Hải Hòa                        | hai-hoa",
            "MTTQ xã Hải Hoà                        | hai-hoa",
            "X. Hải Đường                           | hai-duong",
            "Thị trấn Cồn báo cáo                   | con",
            "MTTQ xa Phuoc Dai                      | phuoc-dai",
            "MTTQ xa Phuoc Đai                      | phuoc-dai",
            "MTTQ xã Phươc Đại                      | phuoc-dai",
            "Xã Phước Thắng                         | phuoc-thang",
            "Xã Phước Thành                         | phuoc-thanh",
    })
    void theCommuneNamedAfterACueIsFoundAndNeverItsNearTwin(String text, String unit) {
        UnitNameFinder.Index office = unit.startsWith("phuoc") ? bacAi : haiHau;
        assertThat(finder.inText(office, text)).map(Unit::id).hasValue(unit);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ban Dân vận Huyện ủy Hải Hậu",          // the district, and "hai ha" is inside "hai hau"
            "Hải Anh báo cáo",                        // no cue before the name
            "Người dân trong xã hài lòng với kết quả", // an everyday word, Hải Long without accents
            "Sau hai năm, xã hai tấn gạo",             // "hai" is two
            "Đảng ủy xã Hai Lòng",                    // a diacritic the name does not have
            "Báo cáo của xã",
            ""})
    void textWithoutACuedCommuneNameNamesNoUnit(String text) {
        assertThat(finder.inText(haiHau, text)).isEmpty();
    }

    @Test
    void twoDifferentCommunesNamedEquallyWellGiveNoAnswer() {
        assertThat(finder.inText(haiHau, "Báo cáo chung của xã Hải Anh và xã Hải Phú")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Xã Phước Đại          | phuoc-dai",
            "MTTQ xã Phước Đại     | phuoc-dai",
            "mttq phuoc dai        | phuoc-dai",
            "Phước Thắng           | phuoc-thang",
            "Phước Thành           | phuoc-thanh",
    })
    void aDisplayNameNeedsNoCue(String displayName, String unit) {
        assertThat(finder.inDisplayName(bacAi, displayName)).map(Unit::id).hasValue(unit);
    }

    @Test
    void aDisplayNameWithoutACommuneNamesNoUnit() {
        assertThat(finder.inDisplayName(bacAi, "Nguyễn Văn An")).isEmpty();
        assertThat(finder.inDisplayName(bacAi, null)).isEmpty();
        assertThat(finder.inDisplayName(haiHau, "Xã Phước Đại")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Báo cáo của xã Phước Chínhh           | phuoc-chinh",   // a letter too many
            "Bao cao xa Phuoc Chin                 | phuoc-chinh",   // a letter missing
            "Bao cao xa Phouc Chinh                | phuoc-chinh",   // two letters swapped
            "Bao cao xa Phuoc Trunq                | phuoc-trung",   // a letter wrong
            "MTTQ xã Phước Bìng                    | phuoc-binh",
    })
    void aNameWithOneLetterWrongIsFoundWhenNoOtherUnitIsThatClose(String text, String unit) {
        assertThat(finder.inText(bacAi, text)).map(Unit::id).hasValue(unit);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Bao cao xa Phuoc Thanq",     // one letter from Phước Thắng and from Phước Thành
            "Bao cao xa Phuoc Tin",       // one letter from Phước Tân and from Phước Tiến
            "Bao cao xa Phuoc Xyz",       // three letters wrong
    })
    void aMisspeltNameAsCloseToTwoUnitsOrFurtherThanOneLetterNamesNone(String text) {
        assertThat(finder.inText(bacAi, text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Báo cáo của xã Hải Phux",    // one letter from Hải Phúc, and from Hải Phú
            "Báo cáo của xã Hải Hx",      // a short name must be written right
            "Báo cáo của xã Hải Anhh",    // one letter from Hải Anh, two from Hải An: but Hải Anh is short
    })
    void shortAndTwinNamesAreNeverGuessedFromATypo(String text) {
        assertThat(finder.inText(haiHau, text)).isEmpty();
    }

    @Test
    void oneEditMeansOneLetterReplacedAddedLeftOutOrTwoNeighboursSwapped() {
        assertThat(UnitNameFinder.oneEditApart("phuoc chinh", "phuoc chinhh")).isTrue();
        assertThat(UnitNameFinder.oneEditApart("phuoc chinh", "phuoc chin")).isTrue();
        assertThat(UnitNameFinder.oneEditApart("phuoc chinh", "phouc chinh")).isTrue();
        assertThat(UnitNameFinder.oneEditApart("phuoc chinh", "phuoc chinx")).isTrue();
        assertThat(UnitNameFinder.oneEditApart("phuoc chinh", "phuoc chinh")).isFalse();
        assertThat(UnitNameFinder.oneEditApart("phuoc chinh", "phuoc chixx")).isFalse();
        assertThat(UnitNameFinder.oneEditApart("phuoc chinh", "xphuoc chinhx")).isFalse();
    }

    @Test
    void theCoreOfANameDropsItsAdministrativePrefix() {
        assertThat(UnitNameFinder.core("Xã Phước Đại")).isEqualTo("phuoc dai");
        assertThat(UnitNameFinder.core("Thị trấn Thịnh Long")).isEqualTo("thinh long");
        assertThat(UnitNameFinder.core("TT Yên Định")).isEqualTo("yen dinh");
    }

    /** Since 1 July 2025: wards and merged communes of a province, and the near-twins the mergers made. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Đảng ủy phường Đông Hoa Lư báo cáo     | p-dong-hoa-lu",
            "Dang uy phuong Nam Hoa Lu              | p-nam-hoa-lu",
            "Báo cáo của phường Hoa Lư              | p-hoa-lu",
            "BC P. Tây Hoa Lư                       | p-tay-hoa-lu",
            "Đảng ủy xã Hải Hưng                    | hai-hung",
            "Đảng ủy xã Hải Hậu                     | hai-hau",
            "Báo cáo xã Giao Hòa                    | giao-hoa",
            "Báo cáo xã Giao Hưng                   | giao-hung",
            "Phường Duy Tân gửi báo cáo             | p-duy-tan",
            "phuong Duy Tien                        | p-duy-tien",
            "Đảng ủy xã Khánh Thiện                 | khanh-thien"})
    void aProvincialOfficeTellsItsWardsAndMergedCommunesApart(String text, String unit) {
        UnitNameFinder.Index ninhBinh = new UnitNameFinder.Index(DIRECTORY.requireOffice("ninh-binh-btgdv").units());
        assertThat(finder.inText(ninhBinh, text)).map(Unit::id).hasValue(unit);
    }
}
