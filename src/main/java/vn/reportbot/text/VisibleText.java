package vn.reportbot.text;

/**
 * Text as staff must see it to tell it from what it imitates: every invisible character (zero-width, direction
 * overrides and other formatting characters) and every Cyrillic, Greek, Armenian or Cherokee letter written as its code,
 * {@code \\u0430}; the rest as it is. {@code mttq.phuoc\\u200Bdai@gmail.com} is not {@code mttq.phuocdai@gmail.com}.
 */
public final class VisibleText {

    private VisibleText() {
    }

    public static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (invisible(cp) || lookAlikeScript(cp)) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** A character that takes no room: formatting characters, and the Hangul fillers. */
    public static boolean invisible(int cp) {
        return Character.getType(cp) == Character.FORMAT || cp == 0x115F || cp == 0x1160 || cp == 0x3164;
    }

    /** A letter of an alphabet whose letters are drawn as Latin ones. */
    public static boolean lookAlikeScript(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.GREEK
                || script == Character.UnicodeScript.ARMENIAN || script == Character.UnicodeScript.CHEROKEE;
    }
}
