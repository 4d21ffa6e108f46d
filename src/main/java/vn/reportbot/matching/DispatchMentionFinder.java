package vn.reportbot.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.reportbot.dispatch.KnownDispatch;
import vn.reportbot.text.VietnameseText;

/**
 * Finds which of an office's dispatches a text names, in the spellings units use: the full number
 * with any spacing or separator order ({@code 319/MTTQ-BTT}, {@code 319 /MTTQ-BTT},
 * {@code 22/CV-BDVHU} for {@code 22-CV/BDVHU}), or the bare numeral after a cue ({@code CV 319},
 * {@code CV319}, {@code số 319}, {@code công văn số 319}). A bare numeral followed by another
 * document's symbol does not count.
 */
final class DispatchMentionFinder {

    private static final String SEPARATOR = "\\s*[-/.]?\\s*";
    private static final Pattern CUED_NUMERAL = Pattern.compile(
            "(?<![a-z0-9])(?:cv|cong van|van ban|vb|so)\\s*(?:so)?\\s*[:.]?\\s*(\\d{1,5})(?![0-9])(\\s*[-/]\\s*[a-z]+)?");
    private static final Pattern TOKEN = Pattern.compile("[a-z]+|\\d+");

    Optional<DispatchMention> find(List<KnownDispatch> dispatches, String where, String text) {
        String key = VietnameseText.accentFreeKeyKeepingPunctuation(text);
        List<KnownDispatch> full = new ArrayList<>();
        for (KnownDispatch d : dispatches) {
            if (fullNumber(d).matcher(key).find()) {
                full.add(d);
            }
        }
        if (full.size() == 1) {
            return Optional.of(new DispatchMention(full.get(0), where, true));
        }
        if (full.size() > 1) {
            return Optional.empty();
        }
        List<KnownDispatch> byNumeral = new ArrayList<>();
        Matcher m = CUED_NUMERAL.matcher(key);
        while (m.find()) {
            String numeral = m.group(1).replaceFirst("^0+(?=\\d)", "");
            String symbol = m.group(2);
            for (KnownDispatch d : dispatches) {
                if (numeral(d).equals(numeral) && (symbol == null || symbolStartsWith(d, symbol)) && !byNumeral.contains(d)) {
                    byNumeral.add(d);
                }
            }
        }
        return byNumeral.size() == 1 ? Optional.of(new DispatchMention(byNumeral.get(0), where, false)) : Optional.empty();
    }

    private static Pattern fullNumber(KnownDispatch d) {
        List<String> tokens = tokens(d.number());
        StringBuilder regex = new StringBuilder("(?<![a-z0-9])");
        for (int i = 0; i < tokens.size(); i++) {
            if (i > 0) {
                regex.append(SEPARATOR);
            }
            regex.append(Pattern.quote(tokens.get(i)));
        }
        return Pattern.compile(regex.append("(?![a-z0-9])").toString());
    }

    private static String numeral(KnownDispatch d) {
        List<String> tokens = tokens(d.number());
        return tokens.isEmpty() ? "" : tokens.get(0).replaceFirst("^0+(?=\\d)", "");
    }

    private static boolean symbolStartsWith(KnownDispatch d, String symbol) {
        List<String> own = tokens(d.number());
        List<String> given = tokens(symbol);
        return own.size() > 1 && !given.isEmpty() && own.subList(1, own.size()).contains(given.get(0));
    }

    private static List<String> tokens(String number) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(VietnameseText.accentFreeKey(number));
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
