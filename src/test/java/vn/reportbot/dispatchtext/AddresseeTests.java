package vn.reportbot.dispatchtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A mail to one unit is addressed the way the dispatch addressed all of them, made the unit's own. */
class AddresseeTests {

    @Test
    void theFrontsDispatch319IsAnsweredToTheCommunesStandingCommittee() {
        ParsedDispatch seed = DispatchFixtures.parse("seed-319-mttq-bac-ai.txt");

        assertThat(Addressee.of(seed.recipients(), "Xã Phước Đại"))
                .isEqualTo("Ban Thường trực Ủy ban MTTQ Việt Nam xã Phước Đại");
    }

    @Test
    void thePartysDispatch22IsAnsweredToTheCommuneOrTownsMassMobilisationBloc() {
        ParsedDispatch seed = DispatchFixtures.parse("seed-22-bdv-hai-hau.txt");

        assertThat(Addressee.of(seed.recipients(), "Xã Hải Anh")).isEqualTo("Khối dân vận Đảng ủy xã Hải Anh");
        assertThat(Addressee.of(seed.recipients(), "Thị trấn Yên Định")).isEqualTo("Khối dân vận Đảng ủy thị trấn Yên Định");
    }

    @Test
    void everyListOfKindsOfUnitBecomesTheUnitsOwnKindAndName() {
        assertThat(Addressee.of(List.of("Ban Thường trực Ủy ban MTTQ Việt Nam các xã, phường, thị trấn"), "Phường Đô Vinh"))
                .isEqualTo("Ban Thường trực Ủy ban MTTQ Việt Nam phường Đô Vinh");
        assertThat(Addressee.of(List.of("Ủy ban nhân dân các phường"), "Phường Mỹ Hương"))
                .isEqualTo("Ủy ban nhân dân phường Mỹ Hương");
        assertThat(Addressee.of(List.of("Trưởng các thôn"), "Thôn Suối Rua")).isEqualTo("Trưởng thôn Suối Rua");
        assertThat(Addressee.of(List.of("- Đảng ủy các xã, thị trấn;"), "Thị trấn Yên Định"))
                .isEqualTo("Đảng ủy thị trấn Yên Định");
    }

    @Test
    void abbreviationsAreWrittenOut() {
        assertThat(Addressee.of(List.of("UBND các xã"), "Xã Phước Tân")).isEqualTo("Ủy ban nhân dân xã Phước Tân");
        assertThat(Addressee.of(List.of("Chủ tịch UBND, HĐND các xã"), "Xã Phước Tân"))
                .isEqualTo("Chủ tịch Ủy ban nhân dân, Hội đồng nhân dân xã Phước Tân");
        assertThat(Addressee.of(List.of("BTT UBMTTQVN các xã."), "Xã Phước Tân"))
                .isEqualTo("Ban Thường trực Ủy ban MTTQ Việt Nam xã Phước Tân");
    }

    @Test
    void whereTheCommunesAreIsDroppedOnceOneIsNamed() {
        assertThat(Addressee.of(List.of("Ban Thường trực Ủy ban MTTQVN các xã trên địa bàn huyện"), "Xã Phước Đại"))
                .isEqualTo("Ban Thường trực Ủy ban MTTQ Việt Nam xã Phước Đại");
    }

    @Test
    void ofSeveralRecipientsTheOneForTheUnitsKindIsChosen() {
        List<String> recipients = List.of("Như trên", "Đảng ủy các thị trấn", "Đảng ủy các xã");

        assertThat(Addressee.of(recipients, "Xã Hải Anh")).isEqualTo("Đảng ủy xã Hải Anh");
        assertThat(Addressee.of(recipients, "Thị trấn Yên Định")).isEqualTo("Đảng ủy thị trấn Yên Định");
    }

    @Test
    void recipientsThatNameNoKindOfUnitInGeneralFallBackToTheUnitsName() {
        assertThat(Addressee.of(List.of(), "Xã Phước Đại")).isEqualTo("Xã Phước Đại");
        assertThat(Addressee.of(List.of("Các tổ chức chính trị - xã hội huyện"), "Xã Phước Đại")).isEqualTo("Xã Phước Đại");
        assertThat(Addressee.of(List.of("Ủy ban nhân dân xã Phước Đại"), "Xã Phước Tân")).isEqualTo("Xã Phước Tân");
    }

    @Test
    void aUnitWhoseNameHasNoKindTakesTheKindTheDispatchNames() {
        assertThat(Addressee.of(List.of("Ban Thường trực Ủy ban MTTQVN các xã"), "Phước Đại"))
                .isEqualTo("Ban Thường trực Ủy ban MTTQ Việt Nam xã Phước Đại");
    }
}
