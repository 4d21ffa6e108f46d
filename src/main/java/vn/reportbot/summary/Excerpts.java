package vn.reportbot.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.reportbot.text.VietnameseText;

/**
 * Shortens what a unit wrote to a few whole sentences, never cutting a word: a sentence too long on its own is cut at
 * the last space before the limit and ends with {@code …}.
 */
final class Excerpts {

    /** A sentence ends at {@code .}, {@code !}, {@code ?} or {@code ;} before a space and a capital, digit or dash. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;…])\\s+(?=[\\p{Lu}\\d\\-–•+\"“(])");
    /** A full stop inside a number ({@code 1.250}) or an abbreviation ({@code TP.}) does not end a sentence. */
    private static final Pattern LIST_MARK = Pattern.compile("^(?:[-–•+*]|\\d{1,2}[.)]|[a-zđ][)]|[IVXL]{1,5}[.)])\\s*");

    private Excerpts() {
    }

    /** At most {@code maxSentences} sentences and {@code maxChars} characters of the text, white space collapsed. */
    static String shorten(String text, int maxSentences, int maxChars) {
        String flat = VietnameseText.collapseSpaces(text == null ? "" : text);
        if (flat.isEmpty()) {
            return "";
        }
        List<String> sentences = sentences(flat);
        StringBuilder out = new StringBuilder();
        int taken = 0;
        for (String sentence : sentences) {
            if (taken == maxSentences) {
                break;
            }
            int room = maxChars - out.length() - (out.length() > 0 ? 1 : 0);
            if (sentence.length() > room) {
                if (taken == 0 || room > 40) {
                    if (out.length() > 0) {
                        out.append(' ');
                    }
                    out.append(cutAtWord(sentence, room));
                }
                return out.toString();
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(sentence);
            taken++;
        }
        return out.toString();
    }

    /**
     * The sentences of a text that speak of a topic (at least two pairs of neighbouring words in common with it, case
     * and diacritics aside, pairs common to every report not counted), in their order, shortened as {@link #shorten}; empty when none does.
     */
    static String relevant(String text, String topic, int maxSentences, int maxChars) {
        return relevant(text, topic, "", maxSentences, maxChars);
    }

    /** Pairs of words too common in reports to tell what a sentence speaks of. */
    private static final java.util.Set<String> COMMON_PAIRS = java.util.Set.of("theo quy", "quy dinh", "tiep tuc",
            "thuc hien", "tren dia", "dia ban", "cac tang", "tang lop", "cong van", "bao cao", "cua xa", "cac xa",
            "ban thuong", "thuong truc", "uy ban", "viet nam", "nhan dan", "voi cac", "cac to", "trong cong");

    /** As {@link #relevant(String, String, int, int)}, not counting the pairs of words of {@code ignored} (a name). */
    static String relevant(String text, String topic, String ignored, int maxSentences, int maxChars) {
        java.util.Set<String> topicPairs = pairs(topic);
        topicPairs.removeAll(COMMON_PAIRS);
        topicPairs.removeAll(pairs(ignored));
        List<String> kept = new ArrayList<>();
        for (String sentence : sentences(VietnameseText.collapseSpaces(text == null ? "" : text))) {
            java.util.Set<String> shared = pairs(sentence);
            shared.retainAll(topicPairs);
            if (shared.size() >= 2) {
                kept.add(sentence);
            }
        }
        return shorten(String.join(" ", kept), maxSentences, maxChars);
    }

    private static java.util.Set<String> pairs(String text) {
        String[] words = VietnameseText.accentFreeKey(text == null ? "" : text).split(" ");
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i + 1 < words.length; i++) {
            if (!words[i].isEmpty() && !words[i + 1].isEmpty()) {
                out.add(words[i] + " " + words[i + 1]);
            }
        }
        return out;
    }

    /** The sentences of a text whose white space is collapsed. */
    static List<String> sentences(String flat) {
        List<String> out = new ArrayList<>();
        int start = 0;
        Matcher m = SENTENCE_END.matcher(flat);
        while (m.find()) {
            String piece = flat.substring(start, m.start()).strip();
            if (!piece.isEmpty()) {
                out.add(piece);
            }
            start = m.end();
        }
        String rest = flat.substring(start).strip();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    /** The text without a leading list mark ({@code -}, {@code 1.}, {@code a)}). */
    static String withoutListMark(String text) {
        return LIST_MARK.matcher(text.strip()).replaceFirst("");
    }

    /** The text cut to at most {@code max} characters at a space, with {@code …}; whole when it fits. */
    static String cutAtWord(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int limit = Math.max(1, max - 1);
        int space = text.lastIndexOf(' ', limit);
        String head = space > 0 ? text.substring(0, space) : text.substring(0, limit);
        head = head.replaceAll("[\\s,;:–\\-]+$", "");
        return head + "…";
    }
}
