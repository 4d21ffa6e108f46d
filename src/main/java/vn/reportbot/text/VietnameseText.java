package vn.reportbot.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalisation and comparison keys for Vietnamese text.
 *
 * <p>Every method accepts {@code null} and then returns the empty string, so callers never
 * have to guard optional header values.
 */
public final class VietnameseText {

    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";

    private VietnameseText() {
    }

    /** Precomposed (NFC) form, with the look-alikes {@code ð}/{@code Ð} mapped to {@code đ}/{@code Đ}. */
    public static String nfc(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (composed.indexOf('\u00F0') >= 0 || composed.indexOf('\u00D0') >= 0) {
            composed = composed.replace('\u00F0', '\u0111').replace('\u00D0', '\u0110');
        }
        return composed;
    }

    /** NFC with every run of white space (including no-break spaces) folded to one space and trimmed. */
    public static String collapseSpaces(String text) {
        return SPACES.matcher(nfc(text)).replaceAll(" ").trim();
    }

    /**
     * Lower-case key without any diacritics: {@code "Xã Phước Đại"} becomes {@code "xa phuoc dai"}.
     * Punctuation becomes a single space, so keys compare as sequences of whole words.
     */
    public static String accentFreeKey(String text) {
        String decomposed = Normalizer.normalize(nfc(text), Normalizer.Form.NFD);
        String bare = COMBINING.matcher(decomposed).replaceAll("")
                .replace('\u0111', 'd').replace('\u0110', 'D');
        return NON_WORD.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /**
     * Lower-case text without diacritics that keeps punctuation and folds white space:
     * {@code "Báo cáo CV số 319 /MTTQ-BTT"} becomes {@code "bao cao cv so 319 /mttq-btt"}.
     */
    public static String accentFreeKeyKeepingPunctuation(String text) {
        String decomposed = Normalizer.normalize(nfc(text), Normalizer.Form.NFD);
        String bare = COMBINING.matcher(decomposed).replaceAll("").replace('\u0111', 'd').replace('\u0110', 'D');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /**
     * Lower-case key that keeps every diacritic but ignores where the tone mark sits, so that
     * the old and new placements ({@code hoà}/{@code hòa}, {@code Uỷ}/{@code Ủy}) give one key.
     */
    public static String toneInsensitiveKey(String text) {
        String[] words = NON_WORD.split(nfc(text).toLowerCase(Locale.ROOT));
        StringBuilder key = new StringBuilder();
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(movedToneToEnd(word));
        }
        return key.toString();
    }

    private static String movedToneToEnd(String syllable) {
        String decomposed = Normalizer.normalize(syllable, Normalizer.Form.NFD);
        StringBuilder rest = new StringBuilder(decomposed.length());
        char tone = 0;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (TONE_MARKS.indexOf(c) >= 0) {
                tone = c;
            } else {
                rest.append(c);
            }
        }
        String base = Normalizer.normalize(rest, Normalizer.Form.NFC);
        return tone == 0 ? base : base + tone;
    }

    /** Whether the text carries any Vietnamese diacritic (or {@code đ}). */
    public static boolean hasDiacritics(String text) {
        String n = nfc(text);
        return !Normalizer.normalize(n, Normalizer.Form.NFD).equals(n) || n.indexOf('\u0111') >= 0 || n.indexOf('\u0110') >= 0;
    }
}
