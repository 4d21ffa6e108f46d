package vn.reportbot.text;

import java.util.Locale;

/** Roman numerals as documents number their parts ({@code I.}, {@code IV.}, {@code XII.}). */
public final class RomanNumeral {

    private RomanNumeral() {
    }

    /** The value of a Roman numeral in either case ({@code iv}, {@code XII}), or 0 when the letters are not one. */
    public static int value(String numeral) {
        String letters = numeral.toUpperCase(Locale.ROOT);
        int total = 0;
        int previous = 0;
        for (int i = letters.length() - 1; i >= 0; i--) {
            int v = switch (letters.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                default -> 0;
            };
            if (v == 0) {
                return 0;
            }
            total += v < previous ? -v : v;
            previous = Math.max(previous, v);
        }
        return total;
    }
}
