package vn.reportbot.intake;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * Unlabelled 8-bit bytes that are Chinese (GBK, read as its superset GB18030) or Japanese (Shift_JIS, read as its
 * superset windows-31j). Both are double-byte encodings whose bytes decode without error in either one, so each
 * reading is scored by what it gives: Chinese text read as GBK gives characters of the common GB2312 set; Japanese
 * text read as Shift_JIS gives kana and kanji, where the same bytes read as GBK give rare characters outside GB2312,
 * and Chinese read as Shift_JIS gives half-width katakana. Western and Vietnamese 8-bit text, whose high bytes stand
 * mostly alone between ASCII letters, is never taken for either.
 */
final class EastAsianBytes {

    static final Charset GBK = Charset.forName("GB18030");
    static final Charset SHIFT_JIS = Charset.forName("windows-31j");
    private static final Charset GB2312 = Charset.forName("GB2312");
    /** A reading must give at least this share of plausible characters among its non-ASCII ones. */
    private static final double ENOUGH = 0.8;

    private EastAsianBytes() {
    }

    /** The bytes as Chinese or Japanese text, or {@code null} when they look like neither. */
    static String decode(byte[] bytes, int length) {
        if (!mostlyPaired(bytes, length)) {
            return null;
        }
        String gbk = Charsets.strict(GBK, bytes, length);
        String sjis = Charsets.strict(SHIFT_JIS, bytes, length);
        double gbkScore = gbk == null ? 0 : chineseScore(gbk);
        double sjisScore = sjis == null ? 0 : japaneseScore(sjis);
        if (Math.max(gbkScore, sjisScore) < ENOUGH) {
            return null;
        }
        return gbkScore >= sjisScore ? gbk : sjis;
    }

    /** At least two high bytes, and at least two in three of them next to another high byte. */
    private static boolean mostlyPaired(byte[] bytes, int length) {
        int high = 0;
        int paired = 0;
        for (int i = 0; i < length; i++) {
            if ((bytes[i] & 0x80) == 0) {
                continue;
            }
            high++;
            boolean before = i > 0 && (bytes[i - 1] & 0x80) != 0;
            boolean after = i + 1 < length && (bytes[i + 1] & 0x80) != 0;
            if (before || after) {
                paired++;
            }
        }
        return high >= 2 && paired * 3 >= high * 2;
    }

    /** GB2312 Han characters, other Han characters at half weight, CJK punctuation and full-width forms. */
    private static double chineseScore(String text) {
        CharsetEncoder common = GB2312.newEncoder();
        return share(text, c -> isHan(c) ? (common.canEncode(c) ? 1 : 0.5) : isCjkPunctuation(c) ? 1 : 0);
    }

    /** Kana, Han characters, CJK punctuation and full-width forms (half-width katakana is not among them). */
    private static double japaneseScore(String text) {
        return share(text, c -> isHan(c) || (c >= 0x3040 && c <= 0x30FF) || isCjkPunctuation(c) ? 1 : 0);
    }

    /** The weighted share of plausible characters among the non-ASCII ones. */
    private static double share(String text, Weight weight) {
        int counted = 0;
        double good = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                counted++;
                good += weight.of(c);
            }
        }
        return counted == 0 ? 0 : good / counted;
    }

    private interface Weight {
        double of(char c);
    }

    private static boolean isHan(char c) {
        return c >= 0x4E00 && c <= 0x9FFF;
    }

    private static boolean isCjkPunctuation(char c) {
        return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6);
    }
}
