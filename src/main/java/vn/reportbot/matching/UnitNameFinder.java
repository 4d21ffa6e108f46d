package vn.reportbot.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import vn.reportbot.directory.Unit;
import vn.reportbot.text.VietnameseText;

/**
 * Proposes the unit a text speaks for, from its name as people write it: with or without
 * diacritics, with an administrative cue before it ({@code xã}, {@code X.}, {@code UBND xã},
 * {@code MTTQ xã}, {@code TT}, {@code thị trấn}, and since 2025 {@code phường}, {@code P.}, {@code đặc khu}). Whole words only, and the longest name wins, so
 * {@code Hải Anh} is never read as {@code Hải An}. Two different units named equally well give no answer.
 *
 * <p>Names are compared without diacritics, but the diacritics a text does write must be the name's
 * (wherever the tone mark sits): {@code xã hài lòng} is not {@code Xã Hải Long}, while
 * {@code xa Hai Long}, {@code xã Hải Long} and {@code xa Phuoc Đai} are their communes.
 *
 * <p>When no name is written right, one with a single letter wrong, missing, extra or two letters swapped
 * ({@code xa Phuoc Chinhh}) is taken, but only for a name of at least {@value #MIN_FUZZY_LETTERS} letters and only
 * when no other unit's name is that close: {@code Phuoc Thanq} is as near {@code Phước Thắng} as
 * {@code Phước Thành}, and names neither.
 *
 * <p>Names are indexed by their words (and by each of their one-letter deletions), and a text is read once, so the
 * cost of a look-up does not grow with the number of units.
 */
final class UnitNameFinder {

    private static final Set<String> CUES = Set.of("xa", "x", "tt", "ubnd", "mttq", "du", "phuong", "p");
    private static final Set<String> TWO_WORD_CUES = Set.of("thi tran", "dang uy", "dac khu");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern PREFIX = Pattern.compile("^(?:xa|thi tran|tt|x|phuong|p|dac khu)\\s+");
    private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";
    /** Names shorter than this (letters, without spaces) must be written right: {@code Hải Hà} is too close to much. */
    static final int MIN_FUZZY_LETTERS = 7;

    /** A unit's name or alias: its words as written (lower-case), without the administrative prefix. */
    private record Named(Unit unit, List<String> written) {
    }

    /** An office's units by the words of their names and aliases. */
    static final class Index {
        private final Map<String, List<Named>> byName = new HashMap<>();
        /** Every name under each of its one-letter deletions. */
        private final Map<String, List<String>> byDeletion = new HashMap<>();
        private int longest;

        Index(List<Unit> units) {
            for (Unit unit : units) {
                List<String> all = new ArrayList<>();
                all.add(unit.name());
                all.addAll(unit.aliases());
                for (String name : all) {
                    Words words = Words.of(name);
                    String key = core(name);
                    int n = key.split(" ").length;
                    if (key.isBlank() || n > words.written.size()) {
                        continue;
                    }
                    List<String> written = words.written.subList(words.written.size() - n, words.written.size());
                    List<Named> named = byName.computeIfAbsent(key, k -> new ArrayList<>());
                    if (named.stream().noneMatch(e -> e.unit().equals(unit) && e.written().equals(written))) {
                        named.add(new Named(unit, List.copyOf(written)));
                    }
                    longest = Math.max(longest, n);
                    for (String deleted : deletions(key)) {
                        List<String> keys = byDeletion.computeIfAbsent(deleted, k -> new ArrayList<>());
                        if (!keys.contains(key)) {
                            keys.add(key);
                        }
                    }
                }
            }
        }
    }

    /** The text with one letter (not a space) left out, at each place. */
    private static List<String> deletions(String key) {
        List<String> out = new ArrayList<>(key.length());
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != ' ') {
                out.add(key.substring(0, i) + key.substring(i + 1));
            }
        }
        return out;
    }

    /** A text's words, lower-case NFC as written and without diacritics, side by side. */
    private record Words(List<String> written, List<String> bare) {
        static Words of(String text) {
            List<String> written = new ArrayList<>();
            List<String> bare = new ArrayList<>();
            for (String token : NON_WORD.split(VietnameseText.nfc(text).toLowerCase(Locale.ROOT))) {
                String key = VietnameseText.accentFreeKey(token);
                if (!key.isEmpty() && !key.contains(" ")) {
                    written.add(token);
                    bare.add(key);
                }
            }
            return new Words(written, bare);
        }
    }

    /** Finds the unit named after a cue in free text. */
    Optional<Unit> inText(Index index, String text) {
        return best(index, Words.of(text), true);
    }

    /** Finds the unit a sender's display name names; no cue is needed there. */
    Optional<Unit> inDisplayName(Index index, String displayName) {
        return best(index, Words.of(displayName), false);
    }

    private Optional<Unit> best(Index index, Words text, boolean needCue) {
        List<String> words = text.bare();
        Set<Unit> found = new LinkedHashSet<>();
        int bestLength = 0;
        for (int i = 0; i < words.size(); i++) {
            if (needCue && !cueBefore(words, i)) {
                continue;
            }
            StringBuilder name = new StringBuilder();
            for (int n = 1; n <= index.longest && i + n <= words.size(); n++) {
                if (n > 1) {
                    name.append(' ');
                }
                name.append(words.get(i + n - 1));
                List<Named> named = index.byName.get(name.toString());
                if (named == null) {
                    continue;
                }
                List<String> written = text.written().subList(i, i + n);
                List<Unit> units = named.stream().filter(e -> consistent(written, e.written()))
                        .map(Named::unit).distinct().toList();
                if (units.isEmpty()) {
                    continue;
                }
                int length = name.length();
                if (length > bestLength) {
                    found.clear();
                    bestLength = length;
                }
                if (length == bestLength) {
                    found.addAll(units);
                }
            }
        }
        if (found.isEmpty() && bestLength == 0) {
            return nearlyWritten(index, text, needCue);
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /**
     * The unit whose name the text writes with one letter wrong, when exactly one unit is that close anywhere the
     * text could name one, and no name is written right there (that was for {@link #best} to judge).
     */
    private Optional<Unit> nearlyWritten(Index index, Words text, boolean needCue) {
        List<String> words = text.bare();
        Set<Unit> found = new LinkedHashSet<>();
        boolean tooShort = false;
        for (int i = 0; i < words.size(); i++) {
            if (needCue && !cueBefore(words, i)) {
                continue;
            }
            StringBuilder window = new StringBuilder();
            for (int n = 1; n <= index.longest && i + n <= words.size(); n++) {
                if (n > 1) {
                    window.append(' ');
                }
                window.append(words.get(i + n - 1));
                String candidate = window.toString();
                if (index.byName.containsKey(candidate)) {
                    continue;
                }
                for (String key : nearKeys(index, candidate)) {
                    if (oneEditApart(candidate, key)) {
                        tooShort |= key.replace(" ", "").length() < MIN_FUZZY_LETTERS;
                        for (Named named : index.byName.get(key)) {
                            found.add(named.unit());
                        }
                    }
                }
            }
        }
        return found.size() == 1 && !tooShort ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /** Names that could be one edit from the text: sharing a one-letter deletion with it, or being one. */
    private static Set<String> nearKeys(Index index, String candidate) {
        Set<String> keys = new LinkedHashSet<>(index.byDeletion.getOrDefault(candidate, List.of()));
        for (String deleted : deletions(candidate)) {
            if (index.byName.containsKey(deleted)) {
                keys.add(deleted);
            }
            keys.addAll(index.byDeletion.getOrDefault(deleted, List.of()));
        }
        return keys;
    }

    /** Whether one letter replaced, left out, added, or two neighbours swapped turn {@code a} into {@code b}. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int start = 0;
        while (start < a.length() && start < b.length() && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        int endA = a.length();
        int endB = b.length();
        while (endA > start && endB > start && a.charAt(endA - 1) == b.charAt(endB - 1)) {
            endA--;
            endB--;
        }
        int differA = endA - start;
        int differB = endB - start;
        if (differA <= 1 && differB <= 1) {
            return true;
        }
        return differA == 2 && differB == 2 && a.charAt(start) == b.charAt(start + 1)
                && a.charAt(start + 1) == b.charAt(start);
    }

    private static boolean cueBefore(List<String> words, int i) {
        return i >= 1 && CUES.contains(words.get(i - 1))
                || i >= 2 && TWO_WORD_CUES.contains(words.get(i - 2) + " " + words.get(i - 1));
    }

    /** Whether the words as written could be the name's: every diacritic they carry is the name's. */
    private static boolean consistent(List<String> written, List<String> name) {
        for (int i = 0; i < written.size(); i++) {
            if (!consistent(written.get(i), name.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean consistent(String written, String name) {
        char[] toneOfWritten = new char[1];
        char[] toneOfName = new char[1];
        String shape = shape(written, toneOfWritten);
        String nameShape = shape(name, toneOfName);
        if (toneOfWritten[0] != 0 && toneOfWritten[0] != toneOfName[0]) {
            return false;
        }
        if (shape.length() != nameShape.length()) {
            return false;
        }
        for (int i = 0; i < shape.length(); i++) {
            char a = shape.charAt(i);
            char b = nameShape.charAt(i);
            if (a != b && !(bare(a) == a && bare(a) == bare(b))) {
                return false;
            }
        }
        return true;
    }

    /** The syllable without its tone mark (NFC), the tone mark put in {@code tone[0]} (0 when none). */
    private static String shape(String syllable, char[] tone) {
        String decomposed = Normalizer.normalize(syllable, Normalizer.Form.NFD);
        StringBuilder rest = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (TONE_MARKS.indexOf(c) >= 0) {
                tone[0] = c;
            } else {
                rest.append(c);
            }
        }
        return Normalizer.normalize(rest, Normalizer.Form.NFC);
    }

    private static char bare(char c) {
        String key = VietnameseText.accentFreeKey(String.valueOf(c));
        return key.length() == 1 ? key.charAt(0) : c;
    }

    /** The name without its administrative prefix: {@code Xã Phước Đại} gives {@code phuoc dai}. */
    static String core(String name) {
        return PREFIX.matcher(VietnameseText.accentFreeKey(name)).replaceFirst("");
    }
}
