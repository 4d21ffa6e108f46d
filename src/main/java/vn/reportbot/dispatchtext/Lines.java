package vn.reportbot.dispatchtext;

import java.util.regex.Pattern;
import vn.reportbot.text.VietnameseText;

/** Tests on single lines of a plain-text dispatch. */
final class Lines {

    private static final Pattern LIST_ITEM = Pattern.compile("^\\h*[-+•\u2013\u2014]\\h*");
    private static final Pattern PARENTHETICAL = Pattern.compile("^\\h*[(\\[].*[)\\]]\\h*$");
    private static final Pattern AUTHORITY = Pattern.compile("^\\h*(?:TM|KT|TL|TUQ|Q|T/M|K/T|T/L|T\\.M|K\\.T|T\\.L)\\h*[.:]?\\h+\\S");
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}\\p{Ll}*(?:\\h+\\p{Lu}\\p{Ll}*){1,4}$");
    private static final Pattern UPPER_NAME = Pattern.compile("^\\p{Lu}+(?:\\h+\\p{Lu}+){1,4}$");
    private static final Pattern TITLE_WORDS = Pattern.compile(
            "(?<!\\p{L})(?:CHỦ|TỊCH|TRƯỞNG|PHÓ|BÍ|GIÁM|ĐỐC|VIÊN|BAN|ỦY|UỶ|THƯỜNG|TRỰC|VỤ|PHÒNG|TM|KT|TL)(?!\\p{L})");

    private Lines() {
    }

    /** A line with at least two letters, none of them small: {@code BAN THƯỜNG TRỰC}. */
    static boolean isUpperCase(String line) {
        int letters = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    static boolean isListItem(String line) {
        return LIST_ITEM.matcher(line).find();
    }

    /** The line without its list marker ({@code - }), trailing {@code .;,} and extra white space. */
    static String listItemText(String line) {
        String text = LIST_ITEM.matcher(line).replaceFirst("");
        return VietnameseText.collapseSpaces(text).replaceAll("[\\h.;,]+$", "");
    }

    /** {@code (Đã ký)}, {@code (ký, đóng dấu)}. */
    static boolean isParenthetical(String line) {
        return PARENTHETICAL.matcher(line).matches();
    }

    /** An authority prefix line of a signature: {@code TM. BAN THƯỜNG TRỰC}, {@code KT. CHỦ TỊCH}, {@code T/M}. */
    static boolean isAuthority(String line) {
        return AUTHORITY.matcher(line).find();
    }

    /** Two to five capitalised words and nothing else: {@code Nguyễn Văn Bền}. */
    static boolean isPersonName(String line) {
        return NAME.matcher(line.strip()).matches();
    }

    /**
     * Two to five upper-case words none of which belongs to a title or a body's name: {@code NGUYỄN VĂN AN}
     * (but not {@code PHÓ CHỦ TỊCH}). Only trusted under a signature heading.
     */
    static boolean isUpperCasePersonName(String line) {
        String s = line.strip();
        return UPPER_NAME.matcher(s).matches() && !TITLE_WORDS.matcher(s).find();
    }

    /** The national motto, the Party line, the {@code *} under a Party header, or a rule of dashes. */
    static boolean isHeaderNoise(String line) {
        String key = VietnameseText.accentFreeKey(line);
        return key.isEmpty()
                || key.contains("cong hoa xa hoi chu nghia")
                || key.contains("doc lap tu do hanh phuc")
                || key.equals("dang cong san viet nam");
    }
}
