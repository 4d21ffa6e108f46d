package vn.reportbot.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlToTextTests {

    @Test
    void breaksLinesAtBrParagraphsDivsAndListItems() {
        String html = "<p>Một</p><p>Hai<br>Ba</p><div>Bốn</div><ul><li>Năm</li><li>Sáu</li></ul>";

        assertThat(HtmlToText.convert(html)).isEqualTo("Một\nHai\nBa\nBốn\nNăm\nSáu");
    }

    @Test
    void collapsesSourceWhitespaceAndNoBreakSpaces() {
        assertThat(HtmlToText.convert("<div>  Xã\n   Hải&nbsp;&nbsp;Hậu   </div>")).isEqualTo("Xã Hải Hậu");
    }

    @Test
    void composesDecomposedTextToNfc() {
        assertThat(HtmlToText.convert("<p>Ha\u0309i Ha\u0323\u0302u</p>")).isEqualTo("Hải Hậu");
    }

    @Test
    void dropsScriptsAndStyles() {
        assertThat(HtmlToText.convert("<style>p{}</style><script>x()</script><p>Báo cáo</p>")).isEqualTo("Báo cáo");
    }
}
