package vn.reportbot.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.reportbot.directory.Unit;
import vn.reportbot.text.VietnameseText;

/**
 * Proposes the unit a text speaks for, from its name as people write it: with or without
 * diacritics, with an administrative cue before it ({@code xã}, {@code X.}, {@code UBND xã},
 * {@code MTTQ xã}, {@code TT}, {@code thị trấn}). Whole words only, and the longest name wins, so
 * {@code Hải Anh} is never read as {@code Hải An}. Two different units named equally well give no answer.
 *
 * <p>Names are indexed by their words, and a text is read once, so the cost of a look-up does not
 * grow with the number of units.
 */
final class UnitNameFinder {

    private static final Set<String> CUES = Set.of("xa", "x", "tt", "ubnd", "mttq", "du");
    private static final Set<String> TWO_WORD_CUES = Set.of("thi tran", "dang uy");

    /** An office's units by the words of their names and aliases. */
    static final class Index {
        private final Map<String, List<Unit>> byName = new HashMap<>();
        private int longest;

        Index(List<Unit> units) {
            for (Unit unit : units) {
                for (String name : names(unit)) {
                    List<Unit> named = byName.computeIfAbsent(name, k -> new ArrayList<>());
                    if (!named.contains(unit)) {
                        named.add(unit);
                    }
                    longest = Math.max(longest, name.split(" ").length);
                }
            }
        }
    }

    /** Finds the unit named after a cue in free text. */
    Optional<Unit> inText(Index index, String text) {
        return best(index, VietnameseText.accentFreeKey(text), true);
    }

    /** Finds the unit a sender's display name names; no cue is needed there. */
    Optional<Unit> inDisplayName(Index index, String displayName) {
        return best(index, VietnameseText.accentFreeKey(displayName), false);
    }

    private Optional<Unit> best(Index index, String key, boolean needCue) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String[] words = key.split(" ");
        Set<Unit> found = new LinkedHashSet<>();
        int bestLength = 0;
        for (int i = 0; i < words.length; i++) {
            if (needCue && !cueBefore(words, i)) {
                continue;
            }
            StringBuilder name = new StringBuilder();
            for (int n = 1; n <= index.longest && i + n <= words.length; n++) {
                if (n > 1) {
                    name.append(' ');
                }
                name.append(words[i + n - 1]);
                List<Unit> units = index.byName.get(name.toString());
                if (units == null) {
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
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    private static boolean cueBefore(String[] words, int i) {
        return i >= 1 && CUES.contains(words[i - 1])
                || i >= 2 && TWO_WORD_CUES.contains(words[i - 2] + " " + words[i - 1]);
    }

    private static List<String> names(Unit unit) {
        List<String> names = new ArrayList<>();
        names.add(core(unit.name()));
        unit.aliases().forEach(a -> names.add(core(a)));
        return names.stream().filter(n -> !n.isBlank()).distinct().toList();
    }

    /** The name without its administrative prefix: {@code Xã Phước Đại} gives {@code phuoc dai}. */
    static String core(String name) {
        return VietnameseText.accentFreeKey(name).replaceFirst("^(?:xa|thi tran|tt|x)\\s+", "");
    }
}
