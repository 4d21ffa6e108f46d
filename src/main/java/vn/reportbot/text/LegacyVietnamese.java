package vn.reportbot.text;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tells and converts text written in the legacy 8-bit Vietnamese encodings TCVN3 and VNI, as found inside Word
 * files made from old templates (the bytes stored as the Latin-1 characters with the same codes and shown in a
 * {@code .VnTime} or {@code VNI-Times} font) and in text pasted from them.
 *
 * <p>Where to check the tables: TCVN3 is the VN3 subset of TCVN 5712:1993; glibc decodes it as
 * {@code iconv -f TCVN5712-1} (which also maps 0x80–0x9F, some control codes and a few codes between 0xAF and
 * 0xF0 to the capitals of VN1: only the 74 letters of VN3 are mapped here). VNI is the VNI-Windows table of the
 * VNI keyboard's fonts; the charts on vietunicode.sourceforge.net ("Vietnamese character sets") and the tables of
 * the converters UniKey and Vietkey list it. {@code LegacyVietnameseTests} round-trips every Vietnamese letter
 * through an encoder of its own written differently from these tables.
 *
 * <p>Never strip U+00AD before conversion: in TCVN3 it is {@code ư}.
 */
public final class LegacyVietnamese {

    /** TCVN3 (VN3): code → letter; 0 where the code is not a VN3 letter. */
    private static final char[] TCVN3 = new char[256];

    /** VNI: a base letter and its modifier → letter, lower case; the upper-case pairs are the same characters upper-cased. */
    private static final Map<String, Character> VNI_PAIRS = new HashMap<>();
    /** VNI: the characters that stand alone for a letter. */
    private static final Map<Character, Character> VNI_SINGLE = new HashMap<>();

    static {
        int[][] vn3 = {
                // capitals that VN3 has: Ă Â Ê Ô Ơ Ư Đ
                {0xA1, 'Ă'}, {0xA2, 'Â'}, {0xA3, 'Ê'}, {0xA4, 'Ô'}, {0xA5, 'Ơ'}, {0xA6, 'Ư'}, {0xA7, 'Đ'},
                {0xA8, 'ă'}, {0xA9, 'â'}, {0xAA, 'ê'}, {0xAB, 'ô'}, {0xAC, 'ơ'}, {0xAD, 'ư'}, {0xAE, 'đ'},
                // a
                {0xB5, 'à'}, {0xB6, 'ả'}, {0xB7, 'ã'}, {0xB8, 'á'}, {0xB9, 'ạ'},
                // ă
                {0xBB, 'ằ'}, {0xBC, 'ẳ'}, {0xBD, 'ẵ'}, {0xBE, 'ắ'}, {0xC6, 'ặ'},
                // â
                {0xC7, 'ầ'}, {0xC8, 'ẩ'}, {0xC9, 'ẫ'}, {0xCA, 'ấ'}, {0xCB, 'ậ'},
                // e
                {0xCC, 'è'}, {0xCE, 'ẻ'}, {0xCF, 'ẽ'}, {0xD0, 'é'}, {0xD1, 'ẹ'},
                // ê
                {0xD2, 'ề'}, {0xD3, 'ể'}, {0xD4, 'ễ'}, {0xD5, 'ế'}, {0xD6, 'ệ'},
                // i
                {0xD7, 'ì'}, {0xD8, 'ỉ'}, {0xDC, 'ĩ'}, {0xDD, 'í'}, {0xDE, 'ị'},
                // o
                {0xDF, 'ò'}, {0xE1, 'ỏ'}, {0xE2, 'õ'}, {0xE3, 'ó'}, {0xE4, 'ọ'},
                // ô
                {0xE5, 'ồ'}, {0xE6, 'ổ'}, {0xE7, 'ỗ'}, {0xE8, 'ố'}, {0xE9, 'ộ'},
                // ơ
                {0xEA, 'ờ'}, {0xEB, 'ở'}, {0xEC, 'ỡ'}, {0xED, 'ớ'}, {0xEE, 'ợ'},
                // u
                {0xEF, 'ù'}, {0xF1, 'ủ'}, {0xF2, 'ũ'}, {0xF3, 'ú'}, {0xF4, 'ụ'},
                // ư
                {0xF5, 'ừ'}, {0xF6, 'ử'}, {0xF7, 'ữ'}, {0xF8, 'ứ'}, {0xF9, 'ự'},
                // y
                {0xFA, 'ỳ'}, {0xFB, 'ỷ'}, {0xFC, 'ỹ'}, {0xFD, 'ý'}, {0xFE, 'ỵ'},
        };
        for (int[] entry : vn3) {
            TCVN3[entry[0]] = (char) entry[1];
        }

        // VNI Windows. Tones after a plain vowel, ơ (ô) or ư (ö): ø grave, ù acute, û hook, õ tilde, ï dot below.
        // After a circumflex vowel (aâ, eâ, oâ): à grave, á acute, å hook, ã tilde, ä dot below.
        // After a breve vowel (aê): è grave, é acute, ú hook, ü tilde, ë dot below.
        String[][] pairs = {
                {"aø", "à"}, {"aù", "á"}, {"aû", "ả"}, {"aõ", "ã"}, {"aï", "ạ"},
                {"aê", "ă"}, {"aè", "ằ"}, {"aé", "ắ"}, {"aú", "ẳ"}, {"aü", "ẵ"}, {"aë", "ặ"},
                {"aâ", "â"}, {"aà", "ầ"}, {"aá", "ấ"}, {"aå", "ẩ"}, {"aã", "ẫ"}, {"aä", "ậ"},
                {"eø", "è"}, {"eù", "é"}, {"eû", "ẻ"}, {"eõ", "ẽ"}, {"eï", "ẹ"},
                {"eâ", "ê"}, {"eà", "ề"}, {"eá", "ế"}, {"eå", "ể"}, {"eã", "ễ"}, {"eä", "ệ"},
                {"oø", "ò"}, {"où", "ó"}, {"oû", "ỏ"}, {"oõ", "õ"}, {"oï", "ọ"},
                {"oâ", "ô"}, {"oà", "ồ"}, {"oá", "ố"}, {"oå", "ổ"}, {"oã", "ỗ"}, {"oä", "ộ"},
                {"ôø", "ờ"}, {"ôù", "ớ"}, {"ôû", "ở"}, {"ôõ", "ỡ"}, {"ôï", "ợ"},
                {"uø", "ù"}, {"uù", "ú"}, {"uû", "ủ"}, {"uõ", "ũ"}, {"uï", "ụ"},
                {"öø", "ừ"}, {"öù", "ứ"}, {"öû", "ử"}, {"öõ", "ữ"}, {"öï", "ự"},
                {"yø", "ỳ"}, {"yù", "ý"}, {"yû", "ỷ"}, {"yõ", "ỹ"},
        };
        for (String[] p : pairs) {
            VNI_PAIRS.put(p[0], p[1].charAt(0));
        }
        // letters written with one character: ơ, ư, đ, the i tones but ì and í (which are themselves), ỵ
        char[][] singles = {
                {'ô', 'ơ'}, {'ö', 'ư'}, {'ñ', 'đ'},
                {'ì', 'ì'}, {'í', 'í'}, {'æ', 'ỉ'}, {'ó', 'ĩ'}, {'ò', 'ị'}, {'î', 'ỵ'},
        };
        for (char[] s : singles) {
            VNI_SINGLE.put(s[0], s[1]);
            VNI_SINGLE.put(Character.toUpperCase(s[0]), Character.toUpperCase(s[1]));
        }
    }

    /** Characters that a Vietnamese text in Unicode has and neither legacy text has (beyond Latin-1). */
    private static boolean isUnicodeVietnameseLetter(char c) {
        return c == 'Ă' || c == 'ă' || c == 'Đ' || c == 'đ' || c == 'Ĩ' || c == 'ĩ' || c == 'Ũ' || c == 'ũ'
                || c == 'Ơ' || c == 'ơ' || c == 'Ư' || c == 'ư' || (c >= '\u1EA0' && c <= '\u1EF9');
    }

    private LegacyVietnamese() {
    }

    /**
     * Tells whether a text is TCVN3 or VNI mojibake ({@code Sè … ngµy … th¸ng … n¨m}, {@code Soá … ngaøy … thaùng}).
     * Words are counted that show a sign only the legacy encoding produces; a text is called legacy only when at
     * least three words and one word in twelve show the signs of one encoding, clearly more than the other's, and
     * more than the words already written in Unicode Vietnamese. Ordinary Vietnamese, English or French text is
     * never called legacy.
     */
    public static Optional<LegacyEncoding> detect(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        int words = 0;
        int tcvn = 0;
        int vni = 0;
        int unicode = 0;
        for (String word : text.split("[\\s\\p{Z}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            words++;
            if (hasTcvn3Sign(word)) {
                tcvn++;
            }
            if (hasVniSign(word)) {
                vni++;
            }
            if (word.chars().anyMatch(c -> isUnicodeVietnameseLetter((char) c))) {
                unicode++;
            }
        }
        int threshold = Math.max(3, (words + 11) / 12);
        if (tcvn >= threshold && tcvn > 2 * vni && tcvn > unicode) {
            return Optional.of(LegacyEncoding.TCVN3);
        }
        if (vni >= threshold && vni > 2 * tcvn && vni > unicode) {
            return Optional.of(LegacyEncoding.VNI);
        }
        return Optional.empty();
    }

    /**
     * The text in NFC Unicode when {@link #detect} calls it legacy, converted from that encoding; otherwise the
     * text itself in NFC.
     */
    public static String toUnicode(String text) {
        if (text == null) {
            return "";
        }
        return detect(text).map(e -> toUnicode(text, e)).orElseGet(() -> Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    /** The text converted from the given encoding to NFC Unicode; characters that are not legacy letters stay. */
    public static String toUnicode(String text, LegacyEncoding encoding) {
        if (text == null) {
            return "";
        }
        String converted = switch (encoding) {
            case TCVN3 -> fromTcvn3(text);
            case VNI -> fromVni(text);
        };
        return Normalizer.normalize(converted, Normalizer.Form.NFC);
    }

    /** The encoding a font implies: {@code .VnTime}, {@code .VnArialH}… are TCVN3; {@code VNI-Times}… are VNI. */
    public static Optional<LegacyEncoding> forFont(String fontName) {
        if (fontName == null) {
            return Optional.empty();
        }
        String name = fontName.trim();
        if (name.regionMatches(true, 0, ".Vn", 0, 3)) {
            return Optional.of(LegacyEncoding.TCVN3);
        }
        if (name.regionMatches(true, 0, "VNI-", 0, 4) || name.regionMatches(true, 0, "VNI ", 0, 4)) {
            return Optional.of(LegacyEncoding.VNI);
        }
        return Optional.empty();
    }

    /** A TCVN3 capitals font ({@code .VnTimeH}, {@code .VnArialH}): it shows every letter as a capital. */
    public static boolean isCapitalsFont(String fontName) {
        return forFont(fontName).filter(e -> e == LegacyEncoding.TCVN3).isPresent() && fontName.trim().endsWith("H");
    }

    /**
     * A run of text as a Word file stores it, read in the light of its font: text in a {@code .Vn*} font is
     * converted from TCVN3 (and upper-cased in a capitals font), text in a {@code VNI-*} font from VNI. A run that
     * already holds Unicode Vietnamese letters (someone typed Unicode in an old font) is left as it is. Always NFC.
     */
    public static String fromFont(String text, String fontName) {
        if (text == null) {
            return "";
        }
        Optional<LegacyEncoding> encoding = forFont(fontName);
        if (encoding.isEmpty() || text.chars().anyMatch(c -> isUnicodeVietnameseLetter((char) c))) {
            return Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        String converted = toUnicode(text, encoding.get());
        return isCapitalsFont(fontName) ? converted.toUpperCase(Locale.ROOT) : converted;
    }

    private static String fromTcvn3(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char mapped = c < 256 ? TCVN3[c] : 0;
            out.append(mapped != 0 ? mapped : c);
        }
        return out.toString();
    }

    private static String fromVni(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (i + 1 < text.length()) {
                Character pair = vniPair(c, text.charAt(i + 1));
                if (pair != null) {
                    out.append(pair.charValue());
                    i += 2;
                    continue;
                }
            }
            Character single = VNI_SINGLE.get(c);
            out.append(single != null ? single.charValue() : c);
            i++;
        }
        return out.toString();
    }

    /** The letter a base and a modifier make, in the base's case whatever the modifier's; null when they make none. */
    private static Character vniPair(char base, char modifier) {
        char lowerBase = Character.toLowerCase(base);
        char lowerModifier = Character.toLowerCase(modifier);
        Character letter = VNI_PAIRS.get(new String(new char[] {lowerBase, lowerModifier}));
        if (letter == null) {
            return null;
        }
        return Character.isUpperCase(base) ? Character.toUpperCase(letter) : letter;
    }

    /**
     * A word showing a TCVN3 sign: a Latin-1 symbol that VN3 uses for a letter ({@code ¸ µ © ¨ ­ ®}…) or a Latin-1
     * capital that VN3 uses for a small letter ({@code Ø è}…) right after a small ASCII letter ({@code tØnh}).
     */
    private static boolean hasTcvn3Sign(String word) {
        boolean letters = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                letters = true;
            }
        }
        if (!letters) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 0xA1 && c <= 0xBF && TCVN3[c] != 0) {
                return true;
            }
            if (c >= 0xC0 && c <= 0xDE && TCVN3[c] != 0 && i > 0 && word.charAt(i - 1) >= 'a' && word.charAt(i - 1) <= 'z') {
                return true;
            }
        }
        return false;
    }

    /**
     * A word showing a VNI sign: a base vowel followed by a modifier that VNI pairs with it, leaving out the pairs
     * that Unicode Vietnamese also writes ({@code hoà}, {@code hoá}, {@code loã}), or {@code ñ} starting a word.
     */
    private static boolean hasVniSign(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (i + 1 < word.length()) {
                char next = word.charAt(i + 1);
                char lb = Character.toLowerCase(c);
                char lm = Character.toLowerCase(next);
                boolean unicodeToo = lb == 'o' && (lm == 'à' || lm == 'á' || lm == 'ã');
                if (!unicodeToo && vniPair(c, next) != null) {
                    return true;
                }
            }
            if ((c == 'ñ' || c == 'Ñ') && i == 0 && word.length() > 1 && Character.isLetter(word.charAt(1))) {
                return true; // đ starting a word (ñi, ñeán); Spanish writes ñ inside words (año, España)
            }
        }
        return false;
    }
}
