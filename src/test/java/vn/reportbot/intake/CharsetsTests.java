package vn.reportbot.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CharsetsTests {

    @ParameterizedTest
    @CsvSource({"GBK, 工作报告（第三季度）", "GBK, 自动回复：关于报告的通知", "GBK, 系统退信：喆的邮件无法投递",
            "Shift_JIS, 報告書の送付について", "Shift_JIS, 自動応答: 会議の件について", "Shift_JIS, メール配信エラー：宛先不明"})
    void readsUnlabelledChineseAndJapaneseAsWhatTheyAre(String charset, String text) {
        byte[] bytes = text.getBytes(Charset.forName(charset));

        assertThat(Charsets.guess(bytes, bytes.length)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Réunion du comité – compte rendu", "Grüße aus Köln, Straße", "¿Qué tal? Añadir información",
            "Le théâtre à Paris : ½ prix — été"})
    void neverTakesWesternEightBitTextForChineseOrJapanese(String text) {
        byte[] bytes = text.getBytes(Charset.forName("windows-1252"));

        assertThat(Charsets.guess(bytes, bytes.length)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"GB2312, 喆的報告", "gb2312, 們的工作", "shift_jis, ①②③ 髙橋", "euc-kr, 보고서"})
    void readsALabelAsTheSupersetItsSendersUse(String label, String text) {
        Charset superset = Charsets.lookup(label);
        byte[] bytes = text.getBytes(superset);

        assertThat(Charsets.decode(bytes, label)).isEqualTo(text).doesNotContain("\uFFFD");
    }
}
