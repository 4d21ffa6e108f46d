package vn.reportbot.dispatchtext;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class DispatchNumberTests {

    @Test
    void normaliseRemovesSpacesAndTrailingPunctuation() {
        assertThat(DispatchNumber.normalise(" 319 /MTTQ-BTT. ")).isEqualTo("319/MTTQ-BTT");
        assertThat(DispatchNumber.normalise("22 - CV / BDVHU;")).isEqualTo("22-CV/BDVHU");
        assertThat(DispatchNumber.normalise("85/BC\u2013UBND")).isEqualTo("85/BC-UBND");
    }

    @Test
    void normaliseComposesDecomposedLetters() {
        String decomposed = Normalizer.normalize("45-CV/ĐU-QĐ", Normalizer.Form.NFD);
        assertThat(DispatchNumber.normalise(decomposed)).isEqualTo("45-CV/ĐU-QĐ");
    }

    @Test
    void normaliseOfNullIsEmpty() {
        assertThat(DispatchNumber.normalise(null)).isEmpty();
    }

    @Test
    void numeralIsTheLeadingNumber() {
        assertThat(DispatchNumber.numeral("319/MTTQ-BTT")).isEqualTo("319");
        assertThat(DispatchNumber.numeral("22-CV/BDVHU")).isEqualTo("22");
        assertThat(DispatchNumber.numeral("319 /MTTQ-BTT")).isEqualTo("319");
        assertThat(DispatchNumber.numeral("MTTQ")).isEmpty();
    }

    @Test
    void findAllReadsStateAndPartyNumbersWithOddSpacing() {
        String text = "Thực hiện CV 319 /MTTQ-BTT và Công văn số 22-CV/BDVHU; Kế hoạch số 166/KH-UBND ngày 25/8/2021,"
                + " Nghị định 30/2020/NĐ-CP, Chương trình 12/CTr-UBND, báo cáo 5 / BC-MTTQ.";
        assertThat(DispatchNumber.findAll(text)).containsExactly(
                "319/MTTQ-BTT", "22-CV/BDVHU", "166/KH-UBND", "30/2020/NĐ-CP", "12/CTr-UBND", "5/BC-MTTQ");
    }

    @Test
    void findAllIgnoresDatesRatiosAndWords() {
        String text = "ngày 23/7/2021, trực 24/24 giờ, Covid-19, 1/Ban, 20/9, kinh tế - xã hội, vùng F0/F1.";
        assertThat(DispatchNumber.findAll(text)).isEmpty();
    }

    @Test
    void findAllListsEachNumberOnceInOrder() {
        assertThat(DispatchNumber.findAll("198-CV/HU, 07-KL/TW, 198-CV/HU, 198 -CV/HU"))
                .containsExactly("198-CV/HU", "07-KL/TW");
    }

    @Test
    void findAllOfAnEmailSubjectWithoutDiacritics() {
        assertThat(DispatchNumber.findAll("Re: Bao cao ket qua thuc hien CV so 319/MTTQ-BTT xa Phuoc Dai"))
                .containsExactly("319/MTTQ-BTT");
    }
}
