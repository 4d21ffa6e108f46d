package vn.reportbot.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.reportbot.directory.Unit;
import vn.reportbot.text.VietnameseText;

/**
 * Proposes the unit a text speaks for, from its name as people write it: with or without
 * diacritics, with an administrative cue before it ({@code xã}, {@code X.}, {@code UBND xã},
 * {@code MTTQ xã}, {@code TT}, {@code thị trấn}). Whole words only, and the longest name wins, so
 * {@code Hải Anh} is never read as {@code Hải An}. Two different units named equally well give no answer.
 */
final class UnitNameFinder {

    private static final String CUE = "(?:xa|x|thi tran|tt|ubnd|mttq|dang uy|du)";

    /** Finds the unit named after a cue in free text. */
    Optional<Unit> inText(List<Unit> units, String text) {
        return best(units, VietnameseText.accentFreeKey(text), true);
    }

    /** Finds the unit a sender's display name names; no cue is needed there. */
    Optional<Unit> inDisplayName(List<Unit> units, String displayName) {
        return best(units, VietnameseText.accentFreeKey(displayName), false);
    }

    private Optional<Unit> best(List<Unit> units, String key, boolean needCue) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        List<Unit> found = new ArrayList<>();
        int bestLength = 0;
        for (Unit unit : units) {
            for (String name : names(unit)) {
                String regex = (needCue ? "(?<![a-z0-9])" + CUE + " " : "(?<![a-z0-9])") + Pattern.quote(name) + "(?![a-z0-9])";
                if (Pattern.compile(regex).matcher(key).find()) {
                    if (name.length() > bestLength) {
                        found.clear();
                        bestLength = name.length();
                    }
                    if (name.length() == bestLength && !found.contains(unit)) {
                        found.add(unit);
                    }
                }
            }
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
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
