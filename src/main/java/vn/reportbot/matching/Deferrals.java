package vn.reportbot.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.reportbot.text.VietnameseText;

/**
 * The sentences of a unit's own words that put a report off ("riêng Công văn 319 xã sẽ báo cáo sau", "chưa có số
 * liệu", "xin gia hạn"), and the words without them: a dispatch named only there is one the unit has not reported on.
 */
final class Deferrals {

    /** Accent-free phrases that put a report off. */
    private static final String LATER = "(?<!nhu )sau(?! day)";
    private static final Pattern DEFERRING = Pattern.compile("\\b(?:se (?:bao cao|gui|nop|tong hop|bo sung)\\b.{0,40}"
            + "\\b(?:" + LATER + "|bo sung|trong thoi gian toi|vao ngay|truoc ngay|khi co)"
            + "|(?:bao cao|gui|nop|bo sung) " + LATER + "|chua (?:co|du) (?:so lieu|thong tin|ket qua)|chua bao cao"
            + "|chua the bao cao|xin (?:gia han|lui|duoc lui|phep gui cham|phep bao cao cham)|hen bao cao)\\b");

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!?])\\s+|\\n+");

    private Deferrals() {
    }

    /** The own words without the sentences that put a report off. */
    static String withoutDeferred(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        for (String sentence : SENTENCE_END.split(text)) {
            if (!defers(sentence)) {
                kept.append(sentence).append('\n');
            }
        }
        return kept.toString();
    }

    /** The sentences that put a report off. */
    static List<String> deferring(String text) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        for (String sentence : SENTENCE_END.split(text)) {
            if (defers(sentence)) {
                found.add(sentence.strip());
            }
        }
        return found;
    }

    static boolean defers(String sentence) {
        return DEFERRING.matcher(VietnameseText.accentFreeKey(sentence)).find();
    }
}
