package vn.reportbot.matching;

import java.net.IDN;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import vn.reportbot.directory.Directory;
import vn.reportbot.text.VisibleText;

/**
 * An address or a display name made to pass for a unit's: a registered address with a letter swapped for one that
 * looks the same ({@code mttq.phuocdai@gmaiI.com}, a capital I for an l; {@code 0} for {@code o}; {@code rn} for
 * {@code m}), a Cyrillic or Greek letter among Latin ones, an invisible character, a domain in punycode
 * ({@code xn--…}) that reads as a registered one. Such a sender is never taken for the unit, nor guessed to be it: staff
 * read why, with the odd characters named by their code.
 */
final class LookAlike {

    /** Cyrillic and Greek letters drawn as Latin ones. */
    private static final Map<Character, Character> HOMOGLYPHS = Map.ofEntries(
            Map.entry('а', 'a'), Map.entry('е', 'e'), Map.entry('о', 'o'), Map.entry('р', 'p'), Map.entry('с', 'c'),
            Map.entry('у', 'y'), Map.entry('х', 'x'), Map.entry('і', 'i'), Map.entry('ј', 'j'), Map.entry('ѕ', 's'),
            Map.entry('һ', 'h'), Map.entry('ԁ', 'd'), Map.entry('ԛ', 'q'), Map.entry('ԝ', 'w'), Map.entry('А', 'A'),
            Map.entry('В', 'B'), Map.entry('Е', 'E'), Map.entry('К', 'K'), Map.entry('М', 'M'), Map.entry('Н', 'H'),
            Map.entry('О', 'O'), Map.entry('Р', 'P'), Map.entry('С', 'C'), Map.entry('Т', 'T'), Map.entry('Х', 'X'),
            Map.entry('ο', 'o'), Map.entry('α', 'a'), Map.entry('ν', 'v'), Map.entry('ρ', 'p'), Map.entry('ι', 'i'),
            Map.entry('Ο', 'O'), Map.entry('Α', 'A'), Map.entry('Β', 'B'), Map.entry('Ε', 'E'), Map.entry('Η', 'H'),
            Map.entry('Ι', 'I'), Map.entry('Κ', 'K'), Map.entry('Μ', 'M'), Map.entry('Ν', 'N'), Map.entry('Ρ', 'P'),
            Map.entry('Τ', 'T'), Map.entry('Χ', 'X'), Map.entry('Υ', 'Y'), Map.entry('Ζ', 'Z'));

    private LookAlike() {
    }

    /**
     * Why the sender's address passes for a registered one it is not, or empty: the registered address it imitates
     * and the characters that differ. An address that is registered itself is none.
     */
    static Optional<String> address(String from, Directory directory) {
        return address(from, directory, new Index(directory.allAddresses()));
    }

    /** The same, with the directory's addresses by their skeletons already at hand. */
    static Optional<String> address(String from, Directory directory, Index index) {
        if (from == null || directory.unitByAddress(from).isPresent()) {
            return Optional.empty();
        }
        for (String registered : index.sharingSkeletonWith(from)) {
            if (!registered.equalsIgnoreCase(from)) {
                String unit = directory.unitByAddress(registered).map(u -> " của " + u.name()).orElse("");
                return Optional.of("địa chỉ người gửi " + visible(from) + " trông giống địa chỉ đã đăng ký " + registered
                        + unit + " nhưng không phải địa chỉ đó" + odd(from) + ": có thể là địa chỉ giả mạo, cần cán bộ"
                        + " xác nhận trước khi ghi nhận cho đơn vị");
            }
        }
        String odd = odd(from);
        return odd.isEmpty() ? Optional.empty() : Optional.of("địa chỉ người gửi " + visible(from) + odd
                + ": có thể được viết để giả địa chỉ của một đơn vị");
    }

    /**
     * Addresses by their {@link #skeleton}s, made once from a list of addresses (the directory's, which stays the same
     * list until the directory is read again), so that telling a look-alike does not cost a pass over every address.
     */
    static final class Index {
        private final List<String> addresses;
        private final Map<String, List<String>> bySkeleton = new java.util.HashMap<>();

        Index(List<String> addresses) {
            this.addresses = addresses;
            for (String address : addresses) {
                bySkeleton.computeIfAbsent(skeleton(address), k -> new ArrayList<>(1)).add(address);
            }
        }

        /** Whether it was made from this very list. */
        boolean madeFrom(List<String> list) {
            return list == addresses;
        }

        /** The addresses with the same skeleton as {@code address}, in the list's order. */
        List<String> sharingSkeletonWith(String address) {
            return bySkeleton.getOrDefault(skeleton(address), List.of());
        }
    }

    /** Why the display name looks made to pass for a unit's (letters of other alphabets, invisible ones), or empty. */
    static Optional<String> name(String name) {
        if (name == null) {
            return Optional.empty();
        }
        List<String> odd = oddCharacters(name, false);
        return odd.isEmpty() ? Optional.empty() : Optional.of("tên người gửi \"" + visible(name) + "\" có "
                + String.join(", ", odd) + " lẫn trong chữ Việt: tên có thể được viết để giả tên một đơn vị");
    }

    /** The address as it is compared: punycode read, invisible characters gone, look-alike letters as what they imitate. */
    static String skeleton(String text) {
        String s = text;
        int at = s.lastIndexOf('@');
        if (at >= 0) {
            try {
                s = s.substring(0, at + 1) + IDN.toUnicode(s.substring(at + 1), IDN.ALLOW_UNASSIGNED);
            } catch (IllegalArgumentException e) {
                // not a domain IDN can read: compared as written
            }
        }
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (invisible(cp)) {
                return;
            }
            char c = cp <= 0xFFFF ? HOMOGLYPHS.getOrDefault((char) cp, (char) cp) : 0;
            if (c == 0) {
                out.appendCodePoint(cp);
            } else if (c == 'I' || c == 'i' || c == '1' || c == '|' || c == 'l') {
                // the intake writes addresses in lower case: gmaiI.com arrives as gmaii.com, to be told from gmail.com
                out.append('l');
            } else if (c == '0') {
                out.append('o');
            } else {
                out.append(c);
            }
        });
        return out.toString().toLowerCase(Locale.ROOT).replace("rn", "m").replace("vv", "w");
    }

    static String visible(String text) {
        return VisibleText.of(text);
    }

    private static String odd(String address) {
        List<String> odd = oddCharacters(address, true);
        return odd.isEmpty() ? "" : " (có " + String.join(", ", odd) + ")";
    }

    /** The characters a reader would not see for what they are; in an address, a capital letter too. */
    private static List<String> oddCharacters(String text, boolean address) {
        List<String> found = new ArrayList<>();
        int at = address ? text.lastIndexOf('@') : -1;
        String domain = at < 0 ? "" : text.substring(at + 1).toLowerCase(Locale.ROOT);
        if (domain.startsWith("xn--") || domain.contains(".xn--")) {
            found.add("tên miền viết bằng punycode " + text.substring(at + 1) + " = " + IDN.toUnicode(domain));
        }
        text.codePoints().distinct().forEach(cp -> {
            String code = String.format("U+%04X", cp);
            if (invisible(cp)) {
                found.add("ký tự ẩn " + code);
            } else if (foreign(cp)) {
                String script = Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC ? "chữ Kirin"
                        : Character.UnicodeScript.of(cp) == Character.UnicodeScript.GREEK ? "chữ Hy Lạp" : "ký tự";
                found.add(script + " '" + new String(Character.toChars(cp)) + "' " + code);
            } else if (address && cp == 'I') {
                found.add("chữ 'I' hoa " + code + " dễ nhầm với 'l'");
            }
        });
        return found;
    }

    private static boolean invisible(int cp) {
        return VisibleText.invisible(cp);
    }

    private static boolean foreign(int cp) {
        return VisibleText.lookAlikeScript(cp);
    }
}
