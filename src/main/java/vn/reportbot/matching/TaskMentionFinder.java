package vn.reportbot.matching;

import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.reportbot.text.VietnameseText;

/** Finds the numbered tasks a report says it addresses ({@code nội dung 1}, {@code mục 2}, {@code nhiệm vụ 3 và 4}). */
final class TaskMentionFinder {

    private static final Pattern MENTION = Pattern.compile(
            "(?<![a-z])(?:noi dung|muc|nhiem vu|nv|phan)\\s+((?:\\d{1,2})(?:\\s*(?:,|va|;)\\s*\\d{1,2})*)");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");

    List<Integer> find(String text, int taskCount) {
        TreeSet<Integer> tasks = new TreeSet<>();
        Matcher m = MENTION.matcher(VietnameseText.accentFreeKeyKeepingPunctuation(text));
        while (m.find()) {
            Matcher n = NUMBER.matcher(m.group(1));
            while (n.find()) {
                int ordinal = Integer.parseInt(n.group());
                if (ordinal >= 1 && ordinal <= taskCount) {
                    tasks.add(ordinal);
                }
            }
        }
        return List.copyOf(tasks);
    }
}
