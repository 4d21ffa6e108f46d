package vn.reportbot.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The accent-free keys, which every message's text goes through, give what their definition says: NFC (with
 * {@code ð} as {@code đ}), decomposed, without combining marks, {@code đ} as {@code d}, lower case, and runs of
 * non-word characters (or of white space) as one space, trimmed. The definition is written here with the regular
 * expressions it was first made of, and checked against every fixture's text and random text from all of Unicode.
 */
class VietnameseTextTests {

    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    @Test
    void vietnameseWordsLoseTheirMarksAndPunctuation() {
        assertThat(VietnameseText.accentFreeKey("Xã Phước Đại")).isEqualTo("xa phuoc dai");
        assertThat(VietnameseText.accentFreeKey("  Báo cáo: CV số 319/MTTQ-BTT!! ")).isEqualTo("bao cao cv so 319 mttq btt");
        assertThat(VietnameseText.accentFreeKey("Xa\u0303 \u00D0ông")).as("decomposed, and the look-alike Ð").isEqualTo("xa dong");
        assertThat(VietnameseText.accentFreeKeyKeepingPunctuation("Báo cáo CV số 319 /MTTQ-BTT"))
                .isEqualTo("bao cao cv so 319 /mttq-btt");
        assertThat(VietnameseText.accentFreeKeyKeepingPunctuation("\tỦy\u00A0ban\r\n")).isEqualTo("uy ban");
        assertThat(VietnameseText.accentFreeKey(null)).isEmpty();
        assertThat(VietnameseText.accentFreeKeyKeepingPunctuation(null)).isEmpty();
    }

    @Test
    void theKeysOfEveryFixtureTextAreThoseOfTheirDefinition() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.(eml|txt|json|yml|html)$")).toList()) {
                texts.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        }
        assertThat(texts).hasSizeGreaterThan(100);
        for (String text : texts) {
            assertThat(VietnameseText.accentFreeKey(text)).isEqualTo(definedKey(text));
            assertThat(VietnameseText.accentFreeKeyKeepingPunctuation(text)).isEqualTo(definedKeyKeepingPunctuation(text));
        }
    }

    @Test
    void theKeysOfRandomTextFromAllOfUnicodeAreThoseOfTheirDefinition() {
        Random random = new Random(20261203);
        int[] pool = {' ', '\t', '\n', '\u000B', '\u00A0', '\u2007', '\u202F', '\uFEFF', '\u0001', '-', '/', '.',
                '\u0111', '\u0110', '\u00F0', '\u00D0', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0302',
                '\u031B', '\u0306', '\u0130', '\u03A3', '\u2160', '\u00BD', '\u0660', 0x1D400, 0x1F600, 0x10400, 0x1D165};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                int c = switch (random.nextInt(4)) {
                    case 0 -> pool[random.nextInt(pool.length)];
                    case 1 -> 'a' + random.nextInt(26);
                    case 2 -> 0x00C0 + random.nextInt(0x1EFF - 0x00C0);
                    default -> random.nextInt(0x2FFFF);
                };
                if (Character.isValidCodePoint(c) && !(c >= 0xD800 && c <= 0xDFFF)) {
                    text.appendCodePoint(c);
                }
            }
            String s = text.toString();
            assertThat(VietnameseText.accentFreeKey(s)).as("key of %s", s.codePoints().boxed().toList())
                    .isEqualTo(definedKey(s));
            assertThat(VietnameseText.accentFreeKeyKeepingPunctuation(s)).as("key of %s", s.codePoints().boxed().toList())
                    .isEqualTo(definedKeyKeepingPunctuation(s));
        }
    }

    private static String bare(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00F0', '\u0111').replace('\u00D0', '\u0110');
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        return COMBINING.matcher(decomposed).replaceAll("").replace('\u0111', 'd').replace('\u0110', 'D');
    }

    private static String definedKey(String text) {
        return NON_WORD.matcher(bare(text).toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    private static String definedKeyKeepingPunctuation(String text) {
        return SPACES.matcher(bare(text).toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
