package vn.reportbot.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RomanNumeralTests {

    @Test
    void theNumbersOfADocumentsPartsReadInEitherCase() {
        assertThat(RomanNumeral.value("I")).isEqualTo(1);
        assertThat(RomanNumeral.value("iv")).isEqualTo(4);
        assertThat(RomanNumeral.value("IX")).isEqualTo(9);
        assertThat(RomanNumeral.value("xii")).isEqualTo(12);
        assertThat(RomanNumeral.value("XL")).isEqualTo(40);
    }

    @Test
    void lettersThatAreNoNumeralAreZero() {
        assertThat(RomanNumeral.value("a")).isZero();
        assertThat(RomanNumeral.value("IC")).isZero();
    }
}
