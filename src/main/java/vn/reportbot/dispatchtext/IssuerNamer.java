package vn.reportbot.dispatchtext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.reportbot.text.VietnameseText;

/**
 * Turns the upper-case header lines of a dispatch into a readable name of the issuing body:
 * {@code ỦY BAN MTTQ VIỆT NAM / HUYỆN BÁC ÁI / BAN THƯỜNG TRỰC} becomes
 * {@code Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái}.
 *
 * <p>Known body names keep their customary capitals; acronyms stay upper case; an administrative
 * word ({@code huyện}, {@code xã}, …) is written small and the place name after it capitalised; so is
 * the place after a Party committee ({@code Huyện ủy Hải Hậu}). When the last line names a sub-unit
 * rather than a place, it is the issuer and goes first, followed by its parent body; when it names a
 * whole body with its own place ({@code ĐẢNG BỘ HUYỆN HẢI HẬU / ĐẢNG ỦY XÃ HẢI ANH}), it stands alone.
 */
final class IssuerNamer {

    /** Body names in their customary case; matched word by word, the longest first. */
    private static final List<String> PHRASES = List.of(
            "Ủy ban Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc Việt Nam", "Ủy ban MTTQ Việt Nam",
            "Ủy ban nhân dân", "Hội đồng nhân dân", "Ủy ban", "Việt Nam",
            "Ban Thường trực", "Ban Thường vụ", "Ban Chấp hành", "Ban Dân vận", "Ban Tuyên giáo",
            "Ban Tổ chức", "Ban Kiểm tra", "Thành phố Hồ Chí Minh", "Sở Công Thương", "Ban Chỉ đạo", "Ban Nội chính", "Ban Chỉ huy", "Văn phòng",
            "Hội Nông dân", "Hội Liên hiệp Phụ nữ", "Hội Cựu chiến binh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
            "Đoàn Thanh niên", "Công an", "Quân sự", "Phòng Văn hóa và Thông tin", "Phòng Giáo dục và Đào tạo",
            "Phòng Tài chính - Kế hoạch", "Phòng Nội vụ", "Phòng Y tế", "Trung tâm Y tế", "Sở Y tế",
            "Huyện ủy", "Tỉnh ủy", "Thành ủy", "Quận ủy", "Thị ủy", "Đảng ủy", "Đảng bộ", "Chi bộ");

    /** Phrases after which a proper (place) name follows. */
    private static final Set<String> COMMITTEES = Set.of(
            key("Huyện ủy"), key("Tỉnh ủy"), key("Thành ủy"), key("Quận ủy"), key("Thị ủy"),
            key("Đảng ủy"), key("Đảng bộ"), key("Chi bộ"));

    private static final List<String> ADMINISTRATIVE = List.of(
            "thị trấn", "thị xã", "thành phố", "đặc khu", "huyện", "tỉnh", "xã", "phường", "quận", "thôn", "ấp", "bản");

    /** Words that open the name of a body of specialists: their fields are capitalised ({@code Sở Nội vụ}). */
    private static final Set<String> ORGAN_HEADS = Set.of(key("Sở"), key("Phòng"), key("Ban"), key("Chi cục"),
            key("Trung tâm"), key("Hội"));

    /** A department of a People's Committee: named with the committee's place alone ({@code Sở Y tế tỉnh Đồng Nai}). */
    private static final Set<String> DEPARTMENTS = Set.of(key("Sở"), key("Phòng"), key("Chi cục"));

    /** A body inside another, when it follows a place on one header line: {@code … TỈNH KHÁNH HÒA BAN THƯỜNG TRỰC}. */
    private static final java.util.regex.Pattern SUB_BODY = java.util.regex.Pattern.compile(
            "\\h+(?=(?:BAN|SỞ|PHÒNG|VĂN PHÒNG|CHI CỤC|TRUNG TÂM|ĐẢNG ỦY|ĐẢNG UỶ)\\h)");

    private static final Set<String> ACRONYMS = Set.of(
            "UBND", "HĐND", "MTTQ", "MTTQVN", "UBMTTQ", "UBMTTQVN", "TW", "CP", "BCĐ", "BCH", "BTV", "BTT",
            "VP", "TP", "TX", "TT", "CAND", "QĐND", "TNCS", "HCM", "UB", "LĐLĐ", "ĐTN");

    private IssuerNamer() {
    }

    /** The readable issuer name of the header lines, parent body first as they are written. */
    static String name(List<String> headerLines) {
        List<Converted> parts = new ArrayList<>();
        for (String line : headerLines) {
            for (String segment : segments(line)) {
                Converted converted = convertLine(segment);
                if (!converted.text().isEmpty() && !converted.text().equals("*")) {
                    parts.add(converted);
                }
            }
        }
        if (parts.isEmpty()) {
            return "";
        }
        Converted last = parts.get(parts.size() - 1);
        String[] lastWords = words(last.text());
        if (parts.size() > 1 && lastWords.length > 1 && (DEPARTMENTS.contains(key(lastWords[0]))
                || DEPARTMENTS.contains(key(lastWords[0] + " " + lastWords[1])))) {
            List<String> parent = new ArrayList<>();
            parts.subList(0, parts.size() - 1).forEach(part -> parent.add(part.text()));
            String place = String.join(" ", parent).replaceFirst("^(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\\h*", "");
            return capitalise((last.text() + " " + place).strip());
        }
        if (parts.size() > 1 && !last.placeOnly()) {
            if (last.namesPlace()) {
                return capitalise(last.text());
            }
            parts.remove(parts.size() - 1);
            parts.add(0, last);
        }
        List<String> texts = new ArrayList<>();
        parts.forEach(part -> texts.add(part.text()));
        return capitalise(String.join(" ", texts));
    }

    /** A header line cut before each body that follows a place on it. */
    private static List<String> segments(String line) {
        List<String> out = new ArrayList<>();
        String rest = line.strip();
        java.util.regex.Matcher m = SUB_BODY.matcher(rest);
        int from = 0;
        while (m.find()) {
            String before = rest.substring(from, m.start());
            if (namesAPlace(before)) {
                out.add(before);
                from = m.end();
            }
        }
        out.add(rest.substring(from));
        return out;
    }

    private static boolean namesAPlace(String text) {
        String[] words = words(text);
        for (int i = 0; i < words.length - 1; i++) {
            if (adminLength(words, i) > 0 || COMMITTEES.contains(key(words[i] + " " + words[i + 1]))) {
                return true;
            }
        }
        return false;
    }

    /**
     * One header line in readable case.
     *
     * @param namesPlace whether the line carries its own place ({@code ĐẢNG ỦY XÃ HẢI ANH}), and so names
     *                   a whole body that needs no parent line
     * @param placeOnly  whether the line starts with an administrative word ({@code HUYỆN BÁC ÁI}), and so
     *                   only says where its parent body is
     */
    record Converted(String text, boolean namesPlace, boolean placeOnly) {
    }

    static Converted convertLine(String line) {
        String[] words = words(VietnameseText.collapseSpaces(line));
        List<String> out = new ArrayList<>();
        boolean properName = false;
        boolean namesPlace = false;
        boolean placeOnly = false;
        boolean organ = false;
        boolean fieldStart = false;
        boolean commas = false;
        int i = 0;
        while (i < words.length) {
            String[] phrase = longestPhrase(words, i);
            if (phrase != null) {
                for (int k = 0; k < phrase.length; k++) {
                    out.add(caseLike(words[i + k], phrase[k]));
                }
                properName = COMMITTEES.contains(key(String.join(" ", phrase)));
                organ = !properName && ORGAN_HEADS.contains(key(phrase[0]));
                commas = false;
                fieldStart = false;
                i += phrase.length;
                continue;
            }
            int admin = adminLength(words, i);
            if (admin > 0) {
                placeOnly |= i == 0;
                for (int k = 0; k < admin; k++) {
                    out.add(lower(words[i + k]));
                }
                properName = true;
                organ = false;
                i += admin;
                continue;
            }
            String word = words[i];
            int head = i + 1 < words.length && ORGAN_HEADS.contains(key(word + " " + words[i + 1])) ? 2
                    : ORGAN_HEADS.contains(key(word)) ? 1 : 0;
            if (head > 0 && out.isEmpty()) {
                out.add(capitalise(lower(word)));
                if (head == 2) {
                    out.add(lower(words[i + 1]));
                }
                organ = true;
                commas = true;
                fieldStart = true;
                i += head;
                continue;
            }
            if (organ && !properName && !isAcronym(word) && !word.matches(".*\\d.*")) {
                boolean and = key(word).equals(key("và"));
                out.add(fieldStart && !and ? capitalise(lower(word)) : lower(word));
                fieldStart = and || commas && word.endsWith(",");
                i++;
                continue;
            }
            if (isAcronym(word)) {
                out.add(word.toUpperCase(Locale.ROOT));
            } else if (word.matches(".*\\d.*")) {
                out.add(capitalise(lower(word)));
            } else if (properName || out.isEmpty()) {
                out.add(capitalise(lower(word)));
                namesPlace |= properName;
            } else {
                out.add(lower(word));
            }
            i++;
        }
        return new Converted(String.join(" ", out), namesPlace, placeOnly);
    }

    private static String[] longestPhrase(String[] words, int at) {
        String[] best = null;
        for (String phrase : PHRASES) {
            String[] parts = words(phrase);
            if ((best == null || parts.length > best.length) && matches(words, at, parts)) {
                best = parts;
            }
        }
        return best;
    }

    private static int adminLength(String[] words, int at) {
        for (String admin : ADMINISTRATIVE) {
            String[] parts = words(admin);
            if (matches(words, at, parts)) {
                return parts.length;
            }
        }
        return 0;
    }

    private static boolean matches(String[] words, int at, String[] phrase) {
        if (at + phrase.length > words.length) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!key(words[at + k]).equals(key(phrase[k]))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAcronym(String word) {
        String letters = word.replaceAll("[^\\p{L}]", "");
        if (letters.length() < 2 || !Lines.isUpperCase(letters)) {
            return false;
        }
        return ACRONYMS.contains(letters) || !VietnameseText.accentFreeKey(letters).matches(".*[aeiouy].*");
    }

    /** The original word (keeping its own tone placement) in the case of the model word. */
    private static String caseLike(String word, String model) {
        if (model.length() > 1 && Lines.isUpperCase(model)) {
            return word.toUpperCase(Locale.ROOT);
        }
        String lower = lower(word);
        return Character.isUpperCase(model.codePointAt(0)) ? capitalise(lower) : lower;
    }

    private static String[] words(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? new String[0] : trimmed.split("\\h+");
    }

    private static String key(String text) {
        return VietnameseText.toneInsensitiveKey(text);
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    static String capitalise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(text.substring(Character.charCount(first))).toString();
    }
}
