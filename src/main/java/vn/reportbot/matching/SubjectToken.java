package vn.reportbot.matching;

import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short token at the end of the subject of every mail the bot sends to a unit, such as {@code [RB-K7Q2M]}: mail
 * programs keep the subject when a unit replies or forwards, even when they drop the threading headers. Five letters
 * and digits that cannot be misread for one another (no I, L, O, U, 0 or 1).
 */
public final class SubjectToken {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern TOKEN = Pattern.compile("(?i)(?<![A-Z0-9])RB\\s?-\\s?([" + ALPHABET + "]{5})(?![A-Z0-9])");

    private SubjectToken() {
    }

    /** A new token drawn from {@code random}, e.g. {@code RB-K7Q2M}. */
    public static String random(Random random) {
        StringBuilder token = new StringBuilder("RB-");
        for (int i = 0; i < 5; i++) {
            token.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return token.toString();
    }

    /** The subject without the tokens it carries (and the brackets around them), spaces collapsed. */
    public static String removedFrom(String subject) {
        if (subject == null) {
            return "";
        }
        return Pattern.compile("\\[\\s*" + TOKEN.pattern() + "\\s*\\]|" + TOKEN.pattern()).matcher(subject).replaceAll(" ")
                .replaceAll("\\s+", " ").strip();
    }

    /** The last token a subject carries, upper case, however the mail program changed its case or spacing. */
    public static Optional<String> in(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        Matcher m = TOKEN.matcher(subject);
        String last = null;
        while (m.find()) {
            last = "RB-" + m.group(1).toUpperCase(Locale.ROOT);
        }
        return Optional.ofNullable(last);
    }
}
