package vn.reportbot.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.reportbot.dispatchtext.DispatchTask;
import vn.reportbot.text.RomanNumeral;
import vn.reportbot.text.VietnameseText;

/**
 * Finds the numbered tasks a report says it addresses: by number ({@code nội dung 1}, {@code mục 2},
 * {@code nhiệm vụ 3 và 4}), or by a heading of the report that repeats a task's words
 * ({@code 2. Về công tác vận động ủng hộ Quỹ "Vì người nghèo"} for the task that asks for it). A heading counts for a
 * task when it shares at least {@value #MIN_SHARED} telling word pairs with it and twice as many as with any other.
 * When a heading so recognised carries the task's own number ({@code 3.} for task 3), the report follows the
 * dispatch's numbering, and every heading numbered as one of the dispatch's tasks counts for that task, however
 * the unit worded it.
 */
final class TaskMentionFinder {

    private static final Pattern MENTION = Pattern.compile(
            "(?<![a-z])(?:noi dung|muc|nhiem vu|nv|phan)\\s+((?:\\d{1,2})(?:\\s*(?:,|va|;)\\s*\\d{1,2})*)");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");
    /** A line that opens a numbered section: {@code 1.}, {@code 2)}, {@code II.}, {@code a)}, {@code -}. */
    private static final Pattern HEADING = Pattern.compile("^\\s*(?:\\d{1,2}|[ivx]{1,4}|[a-zđ])\\s*[.)/:-]\\s+\\S");
    /** A heading numbered in Arabic or Roman figures, as a report that follows the dispatch's numbering numbers its parts. */
    private static final Pattern NUMBERED_HEADING = Pattern.compile("^\\s*(\\d{1,2}|[ivx]{1,5})\\s*[.)/:-]\\s+\\S");
    private static final int MAX_HEADING_WORDS = 40;
    static final int MIN_SHARED = 3;

    List<Integer> find(String text, List<DispatchTask> dispatchTasks) {
        TreeSet<Integer> tasks = new TreeSet<>();
        Matcher m = MENTION.matcher(VietnameseText.accentFreeKeyKeepingPunctuation(text));
        while (m.find()) {
            Matcher n = NUMBER.matcher(m.group(1));
            while (n.find()) {
                int ordinal = Integer.parseInt(n.group());
                if (dispatchTasks.stream().anyMatch(t -> t.ordinal() == ordinal)) {
                    tasks.add(ordinal);
                }
            }
        }
        if (dispatchTasks.size() > 1) {
            tasks.addAll(byHeadings(text, dispatchTasks));
        }
        return List.copyOf(tasks);
    }

    /**
     * The telling word pairs of a task's text, kept once made: a dispatch's tasks are the same for each of its reports.
     * Emptied when it holds {@value #KEPT_TASKS} texts (a thousand dispatches of ten tasks).
     */
    private static final Map<String, Set<String>> TASK_PAIRS = new ConcurrentHashMap<>();
    private static final int KEPT_TASKS = 10_000;

    private static Set<String> pairsOfTask(String text) {
        Set<String> pairs = TASK_PAIRS.get(text);
        if (pairs == null) {
            if (TASK_PAIRS.size() >= KEPT_TASKS) {
                TASK_PAIRS.clear();
            }
            pairs = Set.copyOf(SubjectMatterRanker.pairs(text));
            TASK_PAIRS.put(text, pairs);
        }
        return pairs;
    }

    private static List<Integer> byHeadings(String text, List<DispatchTask> dispatchTasks) {
        List<Set<String>> taskPairs = new ArrayList<>();
        for (DispatchTask task : dispatchTasks) {
            taskPairs.add(pairsOfTask(task.text()));
        }
        List<Integer> found = new ArrayList<>();
        Set<Integer> ordinals = new HashSet<>(dispatchTasks.stream().map(DispatchTask::ordinal).toList());
        Set<Integer> numberedAsTasks = new TreeSet<>();
        boolean followsNumbering = false;
        for (String line : text.split("\n")) {
            String lower = line.toLowerCase(java.util.Locale.ROOT);
            Matcher numbered = NUMBERED_HEADING.matcher(lower);
            Integer number = numbered.find() ? number(numbered.group(1)) : null;
            if (number != null && ordinals.contains(number)) {
                numberedAsTasks.add(number);
            }
            if (!HEADING.matcher(lower).find() || line.strip().split("\\s+").length > MAX_HEADING_WORDS) {
                continue;
            }
            Set<String> pairs = new HashSet<>(SubjectMatterRanker.pairs(line));
            int best = -1;
            int bestShared = 0;
            int secondShared = 0;
            for (int i = 0; i < taskPairs.size(); i++) {
                int shared = (int) pairs.stream().filter(taskPairs.get(i)::contains).count();
                if (shared > bestShared) {
                    secondShared = bestShared;
                    bestShared = shared;
                    best = i;
                } else if (shared > secondShared) {
                    secondShared = shared;
                }
            }
            if (best >= 0 && bestShared >= MIN_SHARED && bestShared >= 2 * secondShared) {
                int ordinal = dispatchTasks.get(best).ordinal();
                found.add(ordinal);
                followsNumbering |= number != null && number == ordinal;
            }
        }
        if (followsNumbering) {
            found.addAll(numberedAsTasks);
        }
        return found;
    }

    /** The value of {@code 12} or of a Roman {@code iv}. */
    private static Integer number(String figures) {
        return Character.isDigit(figures.charAt(0)) ? Integer.valueOf(figures) : RomanNumeral.value(figures);
    }
}
