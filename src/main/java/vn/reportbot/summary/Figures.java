package vn.reportbot.summary;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.reportbot.text.VietnameseText;

/**
 * The figures a unit gives with their measure ({@code 12 buổi tuyên truyền}, {@code 1.250 hộ}, {@code 2,5 tấn},
 * {@code 45 tin, bài}), read the Vietnamese way: {@code .} groups thousands, {@code ,} starts the decimals. Dates,
 * times, percentages, document numbers ({@code 319/MTTQ-BTT}, {@code Covid-19}) and numbers after {@code số},
 * {@code ngày}, {@code năm}… are not figures. The measure is at most three words and stops at a word that starts
 * what is said of it ({@code tham gia}, {@code cho}, {@code tại}…).
 */
final class Figures {

    /** A figure: its value and its measure as first written; {@code key} compares measures. */
    record Figure(BigDecimal value, String measure, String key) {
    }

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d/.,\\-–])(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?(?![\\d/\\-–%]|[.,]\\d)");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Words after which a number is a name, a date or a reference, not a count (accent-free). */
    private static final Set<String> NOT_AFTER = Set.of("so", "ngay", "thang", "nam", "luc", "khoan", "dieu", "muc",
            "covid", "quy", "tuan", "dot", "lan thu", "khu", "thon", "to", "ap", "phuong", "nghi dinh", "f", "phu luc",
            "chuong", "cap", "hang", "thu", "loai", "giai doan", "ban");
    /** Measures that are not counted: time and dates. */
    private static final Set<String> NOT_MEASURES = Set.of("gio", "phut", "giay", "ngay", "thang", "nam", "h", "tuan",
            "quy", "g", "am", "pm");
    /** Words that end a measure (accent-free). */
    private static final Set<String> STOPS = Set.of("va", "cua", "tai", "tren", "cho", "voi", "trong", "o", "ve", "co",
            "la", "dat", "de", "nham", "thuoc", "gom", "tu", "den", "theo", "qua", "bang", "cac", "nhung", "nay", "do",
            "moi", "duoc", "da", "dang", "se", "tham", "tong", "hoac", "tuong", "ung", "chiem", "trung", "vao", "ra",
            "len", "xuong", "khi", "neu", "vi", "nen", "nhu", "duoi", "sau", "truoc", "rieng", "thi", "ma");

    private Figures() {
    }

    /** The figures of a text, in order. */
    static List<Figure> find(String text) {
        String flat = VietnameseText.collapseSpaces(text == null ? "" : text);
        List<Figure> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(flat);
        while (m.find()) {
            if (afterExcludedWord(flat, m.start())) {
                continue;
            }
            String measure = measureAt(flat, m.end());
            if (measure == null) {
                continue;
            }
            BigDecimal value = new BigDecimal(m.group(1).replace(".", "") + (m.group(2) == null ? "" : "." + m.group(2)));
            out.add(new Figure(value, measure, key(measure)));
        }
        return out;
    }

    /** How measures compare: case, diacritics and white space aside. */
    static String key(String measure) {
        return VietnameseText.accentFreeKey(measure);
    }

    private static boolean afterExcludedWord(String flat, int at) {
        String before = flat.substring(Math.max(0, at - 30), at);
        if (!before.isEmpty() && !Character.isWhitespace(before.charAt(before.length() - 1))) {
            return before.endsWith("(") ? false : !before.endsWith(":");
        }
        String trimmed = before.strip();
        if (trimmed.isEmpty() || !Character.isLetter(trimmed.charAt(trimmed.length() - 1))) {
            return false; // after a comma or a colon: a new phrase begins
        }
        int from = trimmed.lastIndexOf(' ', Math.max(0, trimmed.lastIndexOf(' ') - 1));
        String[] words = VietnameseText.accentFreeKey(from < 0 ? trimmed : trimmed.substring(from + 1)).split(" ");
        if (words.length == 0 || words[words.length - 1].isEmpty()) {
            return false;
        }
        String last = words[words.length - 1];
        String lastTwo = words.length > 1 ? words[words.length - 2] + " " + last : last;
        return NOT_AFTER.contains(last) || NOT_AFTER.contains(lastTwo);
    }

    /** The measure right after a number, or null when none is there. */
    private static String measureAt(String flat, int from) {
        int i = from;
        if (i >= flat.length() || flat.charAt(i) != ' ') {
            return null;
        }
        List<String> words = new ArrayList<>();
        int end = i;
        while (words.size() < 3) {
            if (end >= flat.length() || flat.charAt(end) != ' ') {
                break;
            }
            Matcher w = WORD.matcher(flat);
            w.region(end + 1, flat.length());
            if (!w.lookingAt()) {
                break;
            }
            String word = w.group();
            String key = VietnameseText.accentFreeKey(word);
            if (STOPS.contains(key) || (words.isEmpty() && NOT_MEASURES.contains(key))) {
                break;
            }
            words.add(word);
            end = w.end();
            // "45 tin, bài": two one-word measures joined by a comma, the second ending the phrase
            if (words.size() == 1 && end + 2 < flat.length() && flat.startsWith(", ", end)) {
                Matcher second = WORD.matcher(flat);
                second.region(end + 2, flat.length());
                if (second.lookingAt() && second.group().length() <= 4 && endsPair(flat, second.end())
                        && !Character.isUpperCase(second.group().charAt(0))) {
                    return words.get(0) + ", " + second.group();
                }
            }
            if (end < flat.length() && flat.charAt(end) != ' ') {
                break;
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        if (words.get(0).length() == 1 && !Character.isLetter(words.get(0).charAt(0))) {
            return null;
        }
        return String.join(" ", words);
    }

    /** Words after which a pair of measures ({@code tin, bài}) has ended. */
    private static final Set<String> PAIR_ENDS = Set.of("tren", "tai", "ve", "cho", "trong", "duoc", "da", "va",
            "cua", "o", "dang");

    private static boolean endsPair(String flat, int at) {
        if (at >= flat.length()) {
            return true;
        }
        char c = flat.charAt(at);
        if (c != ' ') {
            return ".;:)!?".indexOf(c) >= 0;
        }
        Matcher next = WORD.matcher(flat);
        next.region(at + 1, flat.length());
        return next.lookingAt() && PAIR_ENDS.contains(VietnameseText.accentFreeKey(next.group()));
    }

    /** A number written the Vietnamese way: {@code 1.250}, {@code 2,5}. */
    static String format(BigDecimal value) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        DecimalFormat format = new DecimalFormat("#,##0.###", symbols);
        return format.format(value);
    }

    /**
     * Sums of one task's figures across units, one per measure: each unit's first figure of a measure counts (a later
     * one is often a part of it: {@code trong đó …}).
     */
    static final class Totals {

        private record Sum(String measure, BigDecimal total, List<String> units) {
        }

        private final Map<String, Sum> sums = new LinkedHashMap<>();

        /**
         * Adds a unit's figures. Measures compare word by word, and one that begins another is the same measure
         * ({@code buổi tuyên truyền} and {@code buổi tuyên truyền lưu}): the sum keeps the shorter.
         */
        void add(String unit, List<Figure> figures) {
            for (Figure f : figures) {
                String key = f.key();
                String known = sums.keySet().stream().filter(k -> startsWithWords(key, k) || startsWithWords(k, key)
                        || commonStart(k, key) != null).findFirst().orElse(null);
                if (known == null) {
                    sums.put(key, new Sum(f.measure(), f.value(), new ArrayList<>(List.of(unit))));
                    continue;
                }
                Sum sum = sums.get(known);
                if (sum.units().contains(unit)) {
                    continue;
                }
                sum.units().add(unit);
                String common = startsWithWords(key, known) ? known : startsWithWords(known, key) ? key
                        : commonStart(known, key);
                String measure = firstWords(sum.measure(), common.split(" ").length);
                sums.remove(known);
                sums.put(common, new Sum(measure, sum.total().add(f.value()), sum.units()));
            }
        }

        private static boolean startsWithWords(String longer, String shorter) {
            return longer.equals(shorter) || longer.startsWith(shorter + " ");
        }

        /** The words two measures begin with, when they are at least two: {@code hội nghị} of two kinds of it. */
        private static String commonStart(String a, String b) {
            String[] x = a.split(" ");
            String[] y = b.split(" ");
            int n = 0;
            while (n < x.length && n < y.length && x[n].equals(y[n])) {
                n++;
            }
            return n >= 2 ? String.join(" ", java.util.Arrays.copyOf(x, n)) : null;
        }

        /**
         * {@code Tổng cộng: 27 buổi tuyên truyền (3 đơn vị)} for each measure that at least {@code minUnits} units
         * gave, those most units gave first, at most {@code max}.
         */
        List<String> lines(int minUnits, int max) {
            return sums.values().stream().filter(s -> s.units().size() >= minUnits)
                    .sorted((a, b) -> Integer.compare(b.units().size(), a.units().size()))
                    .limit(max)
                    .map(s -> format(s.total()) + " " + s.measure() + " (" + s.units().size() + " đơn vị)")
                    .toList();
        }

        private static String firstWords(String measure, int n) {
            String[] words = measure.replace(",", " ,").split(" ");
            StringBuilder out = new StringBuilder();
            int taken = 0;
            for (String w : words) {
                if (taken == n) {
                    break;
                }
                if (w.equals(",")) {
                    out.append(',');
                    continue;
                }
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(w);
                taken++;
            }
            return out.toString();
        }

        boolean isEmpty() {
            return sums.isEmpty();
        }
    }
}
