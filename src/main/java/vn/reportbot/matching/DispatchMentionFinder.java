package vn.reportbot.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.reportbot.dispatch.KnownDispatch;
import vn.reportbot.text.VietnameseText;

/**
 * Finds which of an office's dispatches a text names, in the spellings units use: the full number
 * with any spacing or separator order ({@code 319/MTTQ-BTT}, {@code 319 /MTTQ-BTT}, {@code 319/mttq-btt},
 * {@code 22/CV-BDVHU} for {@code 22-CV/BDVHU}), or the bare numeral after a cue ({@code CV 319},
 * {@code CV319}, {@code số 319}, {@code công văn số 319}, {@code BC 319}). A numeral followed by a
 * symbol is a whole number and counts only as one: {@code 22-CV/BDVTU} is not {@code 22-CV/BDVHU}.
 *
 * <p>The dispatches are indexed by their number's words, and a text is read once, so the cost of a
 * look-up does not grow with the number of dispatches.
 */
final class DispatchMentionFinder {

    private static final Pattern NUMBER_LIKE = Pattern.compile(
            "(?<![a-z0-9])(\\d{1,5})((?:(?:\\s*[-/.]\\s*|\\s+)[a-z][a-z0-9]*){1,4})");
    private static final Pattern CUED_NUMERAL = Pattern.compile(
            "(?<![a-z0-9])(?:cv|cong van|van ban|vb|so|bc|bao cao)\\s*(?:so)?\\s*[:.]?\\s*(\\d{1,5})(?![0-9])((?:\\s*[-/][a-z][a-z0-9]*){1,4})?");
    private static final Pattern WORD = Pattern.compile("[a-z]+|\\d+");
    /** By issue date, latest first (undated ones last), then the later imported first. */
    static final java.util.Comparator<KnownDispatch> NEWEST_FIRST = java.util.Comparator
            .comparing(KnownDispatch::issuedOn, java.util.Comparator.nullsFirst(java.util.Comparator.<java.time.LocalDate>naturalOrder()))
            .thenComparing(KnownDispatch::id).reversed();

    /** An office's dispatches by the words of their number and by their bare numeral. */
    static final class Index {
        private final Map<String, List<KnownDispatch>> byWords = new HashMap<>();
        private final Map<String, List<KnownDispatch>> byNumeral = new HashMap<>();

        Index(List<KnownDispatch> dispatches) {
            for (KnownDispatch d : dispatches) {
                List<String> words = words(d.number());
                if (words.isEmpty()) {
                    continue;
                }
                byWords.computeIfAbsent(String.join(" ", words), k -> new ArrayList<>()).add(d);
                byNumeral.computeIfAbsent(stripZeros(words.get(0)), k -> new ArrayList<>()).add(d);
            }
        }
    }

    Optional<DispatchMention> find(Index index, String where, String text) {
        String key = VietnameseText.accentFreeKeyKeepingPunctuation(text);
        Set<KnownDispatch> full = new LinkedHashSet<>();
        Matcher m = NUMBER_LIKE.matcher(key);
        while (m.find()) {
            List<String> after = words(m.group(2));
            StringBuilder candidate = new StringBuilder(stripZeros(m.group(1)));
            for (String word : after) {
                candidate.append(' ').append(word);
                full.addAll(index.byWords.getOrDefault(candidate.toString(), List.of()));
            }
        }
        if (!full.isEmpty()) {
            return oneNumber(full, where, true);
        }
        Set<KnownDispatch> byNumeral = new LinkedHashSet<>();
        Matcher cued = CUED_NUMERAL.matcher(key);
        while (cued.find()) {
            if (cued.group(2) != null) {
                continue; // a numeral with a symbol is a whole number, and it was not one of the office's
            }
            byNumeral.addAll(index.byNumeral.getOrDefault(stripZeros(cued.group(1)), List.of()));
        }
        return byNumeral.isEmpty() ? Optional.empty() : oneNumber(byNumeral, where, false);
    }

    /**
     * The mention when every dispatch found has the same number (dispatches of several years: numbers restart every
     * year), newest first; empty when the text names two different numbers, or a bare numeral that fits several.
     */
    private static Optional<DispatchMention> oneNumber(Set<KnownDispatch> found, String where, boolean fullNumber) {
        Set<String> numbers = new java.util.HashSet<>();
        for (KnownDispatch d : found) {
            numbers.add(String.join(" ", words(d.number())));
        }
        if (numbers.size() != 1) {
            return Optional.empty();
        }
        List<KnownDispatch> sameNumber = new ArrayList<>(found);
        sameNumber.sort(NEWEST_FIRST);
        return Optional.of(new DispatchMention(sameNumber.get(0), where, fullNumber, sameNumber));
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(VietnameseText.accentFreeKey(text));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static String stripZeros(String numeral) {
        return numeral.replaceFirst("^0+(?=\\d)", "");
    }
}
