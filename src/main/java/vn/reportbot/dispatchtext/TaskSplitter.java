package vn.reportbot.dispatchtext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.reportbot.text.RomanNumeral;
import vn.reportbot.text.VietnameseText;

/**
 * Splits a dispatch body into its numbered tasks.
 *
 * <p>The first numbered line decides the style: Arabic ({@code 1.}, {@code 1)}) or Roman ({@code I.});
 * only that style starts a task, and only with the next number in sequence, so a stray {@code 2.} in
 * the text or the Arabic sub-items of a Roman task stay inside their task, as do {@code a)}, {@code -}
 * and {@code +} items. Lines between two tasks belong to the first (a page break can split a
 * paragraph). After the last task, a further line is kept only when it continues the task (the task
 * so far does not end a sentence, or the line is a sub-item or starts in lower case); otherwise it is
 * the dispatch's closing remark and ends the tasks.
 */
final class TaskSplitter {

    private static final Pattern ARABIC = Pattern.compile("^\\h*(\\d{1,2})\\h*[.)]\\h+(\\S.*)$");
    private static final Pattern ROMAN = Pattern.compile("^\\h*([IVXL]{1,6})\\h*[.)]\\h+(\\S.*)$");
    private static final Pattern SUB_ITEM = Pattern.compile("^\\h*(?:[a-zđ]\\h*\\)|\\d{1,2}\\h*[.)]|[-+•\u2013])");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\h*[-\u2013]?\\h*\\d{1,3}\\h*[-\u2013]?\\h*$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\\h\"”’)/.]*$");

    private TaskSplitter() {
    }

    static List<DispatchTask> split(List<String> body) {
        Pattern style = style(body);
        if (style == null) {
            return List.of();
        }
        List<Integer> ordinals = new ArrayList<>();
        List<List<String>> lines = new ArrayList<>();
        for (String line : body) {
            if (line.isBlank() || PAGE_NUMBER.matcher(line).matches()) {
                continue;
            }
            Matcher m = style.matcher(line);
            if (m.matches() && startsNext(m.group(1), ordinals)) {
                ordinals.add(value(m.group(1)));
                List<String> own = new ArrayList<>();
                own.add(m.group(2));
                lines.add(own);
                continue;
            }
            if (ordinals.isEmpty()) {
                continue;
            }
            lines.get(lines.size() - 1).add(line);
        }
        List<DispatchTask> tasks = new ArrayList<>();
        for (int t = 0; t < ordinals.size(); t++) {
            List<String> own = lines.get(t);
            if (t == ordinals.size() - 1) {
                own = withoutClosingRemarks(own);
            }
            tasks.add(new DispatchTask(ordinals.get(t), VietnameseText.collapseSpaces(String.join(" ", own))));
        }
        return tasks;
    }

    private static List<String> withoutClosingRemarks(List<String> lines) {
        List<String> kept = new ArrayList<>();
        kept.add(lines.get(0));
        for (int p = 1; p < lines.size(); p++) {
            String next = lines.get(p).strip();
            String soFar = kept.get(kept.size() - 1).strip();
            boolean continues = !SENTENCE_END.matcher(soFar).find()
                    || SUB_ITEM.matcher(next).find()
                    || Character.isLowerCase(next.codePointAt(0));
            if (!continues) {
                break;
            }
            kept.add(next);
        }
        return kept;
    }

    private static Pattern style(List<String> body) {
        for (String line : body) {
            if (ROMAN.matcher(line).matches()) {
                return ROMAN;
            }
            if (ARABIC.matcher(line).matches()) {
                return ARABIC;
            }
        }
        return null;
    }

    private static boolean startsNext(String marker, List<Integer> ordinals) {
        int value = value(marker);
        return value > 0 && (ordinals.isEmpty() || value == ordinals.get(ordinals.size() - 1) + 1);
    }

    private static int value(String marker) {
        if (Character.isDigit(marker.charAt(0))) {
            return Integer.parseInt(marker);
        }
        return RomanNumeral.value(marker);
    }
}
