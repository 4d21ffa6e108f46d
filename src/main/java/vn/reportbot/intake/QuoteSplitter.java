package vn.reportbot.intake;

import java.util.regex.Pattern;

/**
 * Finds where the sender's own words end and quoted or forwarded text begins: {@code >} lines,
 * "On … wrote:" / "Vào … đã viết:" attributions (also wrapped over two lines), "Original Message"
 * and "Forwarded message" separators and Outlook's "From: … Sent: …" header block.
 */
final class QuoteSplitter {

    /** A {@code >} line, but not an mbox escape ({@code >From } at the start of a line of the sender's own text). */
    private static final Pattern QUOTED_LINE = Pattern.compile("^\\s*>(?!>*From ).*");
    private static final Pattern ATTRIBUTION_START = Pattern.compile(
            "^\\s*(On\\s|Vào\\s|Le\\s|Am\\s|El\\s).*", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTION_END = Pattern.compile(
            ".*(wrote|đã viết|a écrit|schrieb|escribió)\\s*:\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATOR = Pattern.compile(
            "^\\s*(-{2,}\\s*(Original Message|Forwarded message|Tin nhắn gốc|Thư gốc|Thư được chuyển tiếp"
                    + "|Thư đã chuyển tiếp|Tin nhắn được chuyển tiếp)\\s*-{2,}.*"
                    + "|Begin forwarded message:.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern OUTLOOK_FROM = Pattern.compile(
            "^\\s*\\*?(From|Từ|Người gửi)\\s*:\\*?\\s*\\S.*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern OUTLOOK_SENT = Pattern.compile(
            "^\\s*\\*?(Sent|Date|Đã gửi|Gửi|Ngày|Thời gian)\\s*:\\*?\\s*\\S.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern OUTLOOK_TO_OR_SUBJECT = Pattern.compile(
            "^\\s*\\*?(To|Cc|Subject|Đến|Tới|Chủ đề|Tiêu đề)\\s*:\\*?.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern RULE = Pattern.compile("^\\s*_{10,}\\s*$");

    private QuoteSplitter() {
    }

    /** The text above the first quote, trailing blank lines removed; the whole text when nothing is quoted. */
    static String ownText(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        String[] lines = text.split("\n", -1);
        int cut = quoteStart(lines);
        if (cut < 0) {
            return text;
        }
        StringBuilder own = new StringBuilder();
        for (int i = 0; i < cut; i++) {
            own.append(lines[i]).append('\n');
        }
        return own.toString().stripTrailing();
    }

    /** Index of the first line of quoted or forwarded text, or -1. */
    static int quoteStart(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (isQuotedLine(line) || isSeparator(line)) {
                return i;
            }
            if (isAttribution(lines, i)) {
                return i;
            }
            if (isOutlookHeaderBlock(lines, i)) {
                return ruleAbove(lines, i);
            }
        }
        return -1;
    }

    static boolean isQuotedLine(String line) {
        return QUOTED_LINE.matcher(line).matches();
    }

    static boolean isSeparator(String line) {
        return SEPARATOR.matcher(line).matches();
    }

    /** "On … wrote:" on this line, or started here and ended on the next line (clients wrap long ones). */
    static boolean isAttribution(String[] lines, int i) {
        String line = lines[i];
        if (!ATTRIBUTION_START.matcher(line).matches()) {
            return false;
        }
        if (ATTRIBUTION_END.matcher(line).matches()) {
            return true;
        }
        return i + 1 < lines.length && ATTRIBUTION_END.matcher(lines[i + 1]).matches()
                && !lines[i + 1].isBlank();
    }

    /**
     * "From: …" followed within the next four lines by "Sent: …" (or "Date:") and by "To:" or
     * "Subject:", as Outlook quotes; both are needed so that a report's own "Từ: … / Ngày: …" lines survive.
     */
    static boolean isOutlookHeaderBlock(String[] lines, int i) {
        if (!OUTLOOK_FROM.matcher(lines[i]).matches()) {
            return false;
        }
        boolean sent = false;
        boolean toOrSubject = false;
        for (int j = i + 1; j < Math.min(lines.length, i + 5); j++) {
            sent |= OUTLOOK_SENT.matcher(lines[j]).matches();
            toOrSubject |= OUTLOOK_TO_OR_SUBJECT.matcher(lines[j]).matches();
        }
        return sent && toOrSubject;
    }

    /** Moves the cut up to Outlook's "______" rule when it sits just above the header block. */
    private static int ruleAbove(String[] lines, int i) {
        int j = i - 1;
        while (j >= 0 && lines[j].isBlank()) {
            j--;
        }
        return j >= 0 && RULE.matcher(lines[j]).matches() ? j : i;
    }
}
