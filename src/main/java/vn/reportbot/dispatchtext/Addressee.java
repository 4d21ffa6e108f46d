package vn.reportbot.dispatchtext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.reportbot.text.VietnameseText;

/**
 * How a mail to one unit is addressed, from whom the dispatch is addressed to: a dispatch to "Ban Thường trực Ủy ban
 * MTTQVN các xã" is answered to "Ban Thường trực Ủy ban MTTQ Việt Nam xã Phước Đại", one to "Khối dân vận đảng ủy xã,
 * thị trấn" to "Khối dân vận Đảng ủy thị trấn Yên Định". The recipients' plural ("các xã", "các xã, phường, thị
 * trấn", or a list of kinds of unit that ends the line) becomes the unit's own kind and name, abbreviations are
 * written out (MTTQVN, UBND, HĐND) and the Party's committees are capitalised. A dispatch whose recipients name no
 * kind of unit in general is answered to the unit's name.
 */
public final class Addressee {

    /** The kinds of unit an office writes to, longest first so that "thị xã" is not read as "xã". */
    private static final String KIND = "(?:thị trấn|thị xã|thành phố|tổ dân phố|khu phố|xã|phường|thôn|bản|buôn|ấp|làng)";
    private static final Pattern UNIT_KIND = Pattern.compile("^(" + KIND + ")\\s+(\\S.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PLURAL = Pattern.compile(
            "(?<!\\p{L})(các\\s+)?(" + KIND + "(?:\\s*(?:,|;|/|và|hoặc)\\s*" + KIND + ")*)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ONE_KIND = Pattern.compile(KIND, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** What may follow "các xã" and is dropped once one commune is named: "trên địa bàn huyện", "thuộc huyện". */
    private static final Pattern WHERE = Pattern.compile("^(?:trên địa bàn|thuộc|trong)(?!\\p{L}).*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final List<Abbreviation> ABBREVIATIONS = List.of(
            Abbreviation.of("UBMTTQVN", "Ủy ban MTTQ Việt Nam"),
            Abbreviation.of("UBMTTQ", "Ủy ban MTTQ"),
            Abbreviation.of("MTTQVN", "MTTQ Việt Nam"),
            Abbreviation.of("UBND", "Ủy ban nhân dân"),
            Abbreviation.of("HĐND", "Hội đồng nhân dân"),
            Abbreviation.of("BTV", "Ban Thường vụ"),
            Abbreviation.of("BTT", "Ban Thường trực"));
    /** "Kính gửi:" and a list's bullet before a recipient, and the punctuation after it. */
    private static final Pattern LEADING = Pattern.compile("^(?:Kính gửi\\s*:?)?\\s*[-+•*–]*\\s*");
    private static final Pattern TRAILING = Pattern.compile("[\\s.;,:]+$");
    private static final Pattern PARTY_COMMITTEE = Pattern.compile("(?<!\\p{L})đảng (ủy|uỷ)(?!\\p{L})",
            Pattern.UNICODE_CASE);

    private Addressee() {
    }

    /**
     * The addressee of a mail to the unit.
     *
     * @param recipients whom the dispatch is addressed to, as its {@code Kính gửi} reads; may be empty
     * @param unitName   the unit's name as the directory writes it ({@code Xã Phước Đại})
     * @return the recipient that addresses units in general, made the unit's own; else the unit's name
     */
    public static String of(List<String> recipients, String unitName) {
        String name = VietnameseText.collapseSpaces(VietnameseText.nfc(unitName));
        Matcher unit = UNIT_KIND.matcher(name);
        String kind = unit.matches() ? unit.group(1).toLowerCase(Locale.ROOT) : null;
        String place = unit.matches() ? unit.group(2) : name;
        List<Plural> plurals = new ArrayList<>();
        for (String recipient : recipients == null ? List.<String>of() : recipients) {
            plural(clean(recipient)).ifPresent(plurals::add);
        }
        Optional<Plural> chosen = plurals.stream().filter(p -> kind != null && p.kinds().contains(kind)).findFirst()
                .or(() -> plurals.stream().findFirst());
        if (chosen.isEmpty()) {
            return name;
        }
        Plural p = chosen.get();
        String own = (kind != null ? kind : p.kinds().get(0)) + " " + place;
        String text = (p.before() + " " + own + " " + p.after()).strip();
        return capitalised(writtenOut(VietnameseText.collapseSpaces(text)));
    }

    /** A recipient's plural: the words before it, the kinds it names, and what follows it. */
    private record Plural(String before, List<String> kinds, String after) {
    }

    private static Optional<Plural> plural(String recipient) {
        Matcher m = PLURAL.matcher(recipient);
        while (m.find()) {
            String after = recipient.substring(m.end()).strip();
            boolean many = m.group(1) != null;
            if (!many && !after.isEmpty()) {
                // "xã hội", "Ủy ban nhân dân xã Phước Đại": a kind in the middle of a line, without "các", is no plural
                continue;
            }
            List<String> kinds = new ArrayList<>();
            Matcher k = ONE_KIND.matcher(m.group(2));
            while (k.find()) {
                kinds.add(k.group().toLowerCase(Locale.ROOT));
            }
            String before = recipient.substring(0, m.start()).strip();
            if (before.isEmpty() && !many) {
                continue;
            }
            return Optional.of(new Plural(before, kinds, WHERE.matcher(after).matches() ? "" : after));
        }
        return Optional.empty();
    }

    /** The recipient without list marks and closing punctuation. */
    private static String clean(String recipient) {
        String text = VietnameseText.collapseSpaces(VietnameseText.nfc(recipient == null ? "" : recipient));
        text = LEADING.matcher(text).replaceFirst("");
        return TRAILING.matcher(text).replaceFirst("");
    }

    private static String writtenOut(String text) {
        String result = text;
        for (Abbreviation abbreviation : ABBREVIATIONS) {
            result = abbreviation.word().matcher(result).replaceAll(abbreviation.writtenOut());
        }
        return PARTY_COMMITTEE.matcher(result).replaceAll("Đảng $1");
    }

    /** An abbreviation as a whole word, and what it stands for (with no {@code $} or {@code \\} in it). */
    private record Abbreviation(Pattern word, String writtenOut) {
        static Abbreviation of(String abbreviation, String writtenOut) {
            return new Abbreviation(Pattern.compile("(?<!\\p{L})" + Pattern.quote(abbreviation) + "(?!\\p{L})"),
                    Matcher.quoteReplacement(writtenOut));
        }
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
