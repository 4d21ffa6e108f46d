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
        String lower = withoutMarks(text).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (isLetterOrNumber(c)) {
                if (gap && !key.isEmpty()) {
                    key.append(' ');
                }
                gap = false;
                key.appendCodePoint(c);
            } else {
                gap = true;
            }
        }
        return key.toString();
    }

    /**
     * Lower-case text without diacritics that keeps punctuation and folds white space:
     * {@code "Báo cáo CV số 319 /MTTQ-BTT"} becomes {@code "bao cao cv so 319 /mttq-btt"}.
     */
    public static String accentFreeKeyKeepingPunctuation(String text) {
        String lower = withoutMarks(text).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (isSpace(c)) {
                gap = true;
            } else {
                if (gap) {
                    key.append(' ');
                    gap = false;
                }
                key.append(c);
            }
        }
        return key.toString().trim(); // also what trim takes beside spaces (control characters) at either end
    }

    /**
     * The text decomposed (NFD) without its combining marks, {@code đ}/{@code Đ} (and their look-alikes {@code ð}/{@code Ð})
     * as {@code d}/{@code D}: one pass over the text, for keys made of every message's body and attachments.
     */
    private static String withoutMarks(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD); // the same as NFD of the NFC form
        StringBuilder bare = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            switch (Character.getType(c)) {
                case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> {
                }
                default -> {
                    if (c == '\u0111' || c == '\u00F0') {
                        bare.append('d');
                    } else if (c == '\u0110' || c == '\u00D0') {
                        bare.append('D');
                    } else {
                        bare.appendCodePoint(c);
                    }
                }
            }
        }
        return bare.toString();
    }

    /** {@code \\p{L}} or {@code \\p{N}}: a letter, or a digit or other number. */
    private static boolean isLetterOrNumber(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** What {@link #SPACES} matches: ASCII white space and the no-break and zero-width no-break spaces. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r' || c == '\u00A0'
                || c == '\u2007' || c == '\u202F' || c == '\uFEFF';
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
