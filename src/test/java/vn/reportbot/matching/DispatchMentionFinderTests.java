package vn.reportbot.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import vn.reportbot.dispatch.KnownDispatch;
import vn.reportbot.dispatchtext.DispatchTask;

class DispatchMentionFinderTests {

    private static final KnownDispatch D319 = dispatch(1, "bac-ai-mttq", "319/MTTQ-BTT");
    private static final KnownDispatch D325 = dispatch(2, "bac-ai-mttq", "325/MTTQ-BTT");
    private static final KnownDispatch D22 = dispatch(3, "hai-hau-bdv", "22-CV/BDVHU");

    private final DispatchMentionFinder finder = new DispatchMentionFinder();
    private final DispatchMentionFinder.Index bacAi = new DispatchMentionFinder.Index(List.of(D319, D325));
    private final DispatchMentionFinder.Index haiHau = new DispatchMentionFinder.Index(List.of(D22));

    @ParameterizedTest
    @ValueSource(strings = {"Báo cáo Công văn số 319/MTTQ-BTT", "Báo cáo CV số 319 /MTTQ-BTT", "bao cao cv 319/mttq-btt",
            "BÁO CÁO 319 / MTTQ - BTT", "Báo cáo theo 0319/MTTQ-BTT"})
    void theFullNumberInAnySpacingOrCaseNamesTheDispatch(String text) {
        assertThat(finder.find(bacAi, "subject", text)).hasValueSatisfying(m -> {
            assertThat(m.dispatch()).isEqualTo(D319);
            assertThat(m.fullNumber()).isTrue();
            assertThat(m.where()).isEqualTo("subject");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Báo cáo CV 319", "Báo cáo CV319", "Báo cáo theo số 319", "Báo cáo Công văn số 319",
            "Bao cao cong van so: 319"})
    void theBareNumeralAfterACueNamesTheDispatch(String text) {
        assertThat(finder.find(bacAi, "subject", text)).hasValueSatisfying(m -> {
            assertThat(m.dispatch()).isEqualTo(D319);
            assertThat(m.fullNumber()).isFalse();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Báo cáo 22/CV-BDVHU", "Báo cáo 22-CV/BDVHU", "bao cao 22 cv bdvhu", "Báo cáo CV 22"})
    void aPartyNumberIsFoundWhicheverWayItsSeparatorsGo(String text) {
        assertThat(finder.find(haiHau, "subject", text)).map(DispatchMention::dispatch).hasValue(D22);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Thực hiện Công văn số 1059/MTTQ-BTT ngày 09/9/2021 của Ban thường trực MTTQ tỉnh",
            "Kế hoạch số 319/KH-UBND của Ủy ban nhân dân huyện",
            "Báo cáo số 319/BC-MTTQ của xã",
            "Đã vận động 319 hộ dân ký cam kết",
            "Báo cáo ngày 16/9/2021",
            "Báo cáo"})
    void otherDocumentsAndPlainNumeralsNameNoDispatch(String text) {
        assertThat(finder.find(bacAi, "body", text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thực hiện Công văn số 22-CV/BDVTU ngày 20/7/2021 của Ban Dân vận Tỉnh ủy",
            "Thực hiện Công văn số 22-CV/HU của Ban Thường vụ Huyện ủy", "theo CV 22-KL/TW"})
    void aDocumentWithTheSameNumeralAndADifferentSymbolIsNotTheDispatch(String text) {
        assertThat(finder.find(haiHau, "body", text)).isEmpty();
    }

    @Test
    void twoOfTheOfficesDispatchesNamedAtOnceNameNeither() {
        assertThat(finder.find(bacAi, "body", "Báo cáo chung Công văn 319/MTTQ-BTT và Công văn 325/MTTQ-BTT")).isEmpty();
        assertThat(finder.find(bacAi, "body", "Báo cáo CV 319 và CV 325")).isEmpty();
    }

    @Test
    void aNumberOfAnotherOfficeIsNotFoundInThisOfficesIndex() {
        assertThat(finder.find(haiHau, "subject", "Báo cáo 319/MTTQ-BTT")).isEmpty();
        assertThat(finder.find(bacAi, "subject", "Báo cáo 22-CV/BDVHU")).isEmpty();
    }

    @Test
    void anEmptyOrMissingTextNamesNothing() {
        assertThat(finder.find(bacAi, "subject", "")).isEmpty();
        assertThat(finder.find(bacAi, "attachment name", null)).isEqualTo(Optional.empty());
    }

    private static KnownDispatch dispatch(long id, String office, String number) {
        return new KnownDispatch(id, office, number, LocalDate.of(2021, 9, 16), "Tăng cường tuyên truyền", null,
                List.of(new DispatchTask(1, "Tuyên truyền")));
    }
}
