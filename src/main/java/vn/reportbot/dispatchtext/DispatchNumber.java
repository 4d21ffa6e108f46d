package vn.reportbot.dispatchtext;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.reportbot.text.VietnameseText;

/**
 * Document numbers ({@code 319/MTTQ-BTT}, {@code 22-CV/BDVHU}, {@code 166/KH-UBND},
 * {@code 30/2020/NĐ-CP}): the one pattern that finds them and their normal form.
 *
 * <p>A number is a numeral (optionally followed by {@code /YYYY}, as decrees are numbered), an optional
 * Party type ({@code -CV}), a slash and a symbol of hyphen-joined parts. Every type and symbol part
 * starts with two capitals, allowing one small letter between them and any letters after
 * ({@code CTr}, {@code QĐi}, {@code QyĐ}), which keeps dates ({@code 23/7/2021}) and words out. Spaces
 * around the slash and before a Party type's hyphen are tolerated ({@code 319 /MTTQ-BTT}), and so is one space on
 * either side of a dash between symbol parts, as printed ({@code 4144/GDĐT – VP}, {@code 67 /TTr - UBND}).
 * Lower-case symbols ({@code 319/mttq-btt}) are not recognised.
 */
public final class DispatchNumber {

    private static final String DASH = "[-\u2010\u2011\u2013]";
    private static final String PART = "\\p{Lu}\\p{Ll}?\\p{Lu}[\\p{L}\\p{N}]*";

    /** The document-number pattern; group 1 is the whole number as written. */
    static final String REGEX = "(?<![\\p{L}\\p{N}/.\\-])("
            + "\\d{1,5}(?:\\h*/\\h*\\d{4}(?=\\h*/))?"
            + "(?:\\h*" + DASH + "\\h*" + PART + ")?"
            + "\\h*/\\h*" + PART + "(?:\\h?" + DASH + "\\h?" + PART + ")*"
            + ")";

    private static final Pattern NUMBER = Pattern.compile(REGEX);
    private static final Pattern WHITE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+");
    private static final Pattern TRAILING = Pattern.compile("[\\p{Punct}&&[^/\\-]]+$");
    private static final Pattern LEADING_DIGITS = Pattern.compile("^\\d+");

    private DispatchNumber() {
    }

    /**
     * The normal form of a number: NFC, every space removed, dash look-alikes made {@code -}, trailing
     * punctuation trimmed. {@code "319 /MTTQ-BTT."} becomes {@code "319/MTTQ-BTT"}; null gives "".
     */
    public static String normalise(String raw) {
        String s = WHITE.matcher(VietnameseText.nfc(raw)).replaceAll("");
        s = s.replaceAll(DASH, "-");
        return TRAILING.matcher(s).replaceAll("");
    }

    /** The leading numeral of a number: {@code 319/MTTQ-BTT} gives {@code 319}; "" when it has none. */
    public static String numeral(String number) {
        Matcher m = LEADING_DIGITS.matcher(normalise(number));
        return m.find() ? m.group() : "";
    }

    /** Every document number in a free text, normalised, distinct, in order of first appearance. */
    public static List<String> findAll(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(VietnameseText.nfc(text));
        while (m.find()) {
            found.add(normalise(m.group(1)));
        }
        return new ArrayList<>(found);
    }
}
