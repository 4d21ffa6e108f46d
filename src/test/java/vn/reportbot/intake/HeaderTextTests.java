package vn.reportbot.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeaderTextTests {

    @Test
    void keepsPlainTextBetweenEncodedWordsAndDropsWhitespaceBetweenAdjacentOnes() {
        assertThat(HeaderText.decodeWords("=?UTF-8?Q?X=C3=A3?= =?UTF-8?Q?_H=E1=BA=A3i?= An - =?UTF-8?B?xJDDtG5n?="))
                .isEqualTo("Xã Hải An - Đông");
    }

    @Test
    void decodesAdjacentWordsInDifferentCharsets() {
        assertThat(HeaderText.decodeWords("=?ISO-8859-1?Q?Caf=E9?= =?UTF-8?Q?_H=E1=BA=A3i?="))
                .isEqualTo("Café Hải");
    }

    @Test
    void fallsBackToWindows1252ForUnknownCharsetWithNonUtf8Bytes() {
        assertThat(HeaderText.decodeWords("=?x-bogus?Q?Caf=E9?=")).isEqualTo("Café");
    }

    @Test
    void ignoresRfc2231LanguageInEncodedWord() {
        assertThat(HeaderText.decodeWords("=?UTF-8*vi?Q?B=C3=A1o_c=C3=A1o?=")).isEqualTo("Báo cáo");
    }

    @Test
    void readsParametersWithQuotesSemicolonsAndRfc2231Language() {
        HeaderText.Structured s = HeaderText.parseStructured(
                "Attachment; filename*=utf-8'vi'Bi%C3%AAn%20b%E1%BA%A3n.pdf; size=\"12;3\"");

        assertThat(s.value()).isEqualTo("attachment");
        assertThat(s.param("filename")).isEqualTo("Biên bản.pdf");
        assertThat(s.param("size")).isEqualTo("12;3");
    }
}
