package vn.reportbot.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * File sizes as staff read them: "45 KB", "1,2 MB" (Vietnamese decimal comma), never a count of bytes. The number and
 * its unit are joined by a non-breaking space, so that a narrow screen never puts "MB" on a line of its own.
 */
public final class FileSizes {

    private static final char NBSP = '\u00a0';
    private static final Pattern STORED = Pattern.compile("^(.*) \\((\\d+) bytes\\)$");

    private FileSizes() {
    }

    /** 850 → "1 KB", 46 080 → "45 KB", 1 258 291 → "1,2 MB". */
    public static String of(long bytes) {
        if (bytes >= 1024L * 1024) {
            double mb = bytes / (1024.0 * 1024);
            String text = String.format(java.util.Locale.ROOT, "%.1f", mb).replace('.', ',');
            return text.replace(",0", "") + NBSP + "MB";
        }
        return Math.max(1, Math.round(bytes / 1024.0)) + (NBSP + "KB");
    }

    /** A report's attachment as recorded ("Báo cáo.docx (12345 bytes)") with its size for people ("Báo cáo.docx (12 KB)"). */
    public static String forPeople(String stored) {
        Matcher m = STORED.matcher(stored);
        return m.matches() ? m.group(1) + " (" + of(Long.parseLong(m.group(2))) + ")" : stored;
    }
}
