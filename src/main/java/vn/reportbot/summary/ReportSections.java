package vn.reportbot.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.reportbot.text.RomanNumeral;
import vn.reportbot.text.VietnameseText;

/**
 * Splits what a unit reported into the parts that answer each numbered task of the dispatch. The unit's words are its
 * attached documents' text when the body is only a cover note ({@code Kính gửi… xin gửi báo cáo đính kèm}), else the
 * body followed by the documents. A part starts at a heading numbering a task ({@code 1.}, {@code 2)},
 * {@code Nội dung 1}, {@code Nhiệm vụ 2:}, {@code III.}) and runs to the next such heading, a higher section
 * ({@code II. Khó khăn…} under arabic headings) or the {@code Nơi nhận} block. Of the three kinds of heading the one
 * that numbers most of the dispatch's tasks in order wins; at least two must be found, else the text is not split.
 */
final class ReportSections {

    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,2})\\s*[.):]\\s+(\\S.*)$");
    private static final Pattern ROMAN = Pattern.compile("^([IVX]{1,5})\\s*[.):]\\s+(\\S.*)$");
    private static final Pattern NAMED = Pattern.compile(
            "^(?:v[ềe]\\s+)?(?:n[ộo]i\\s+dung|nhi[ệe]m\\s+v[ụu]|ph[ầa]n)\\s*(?:s[ốo]\\s*)?(\\d{1,2}|[IVX]{1,5})\\b\\s*[.):\\-–]?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LABEL = Pattern.compile("^\\[[^\\]\\n]{1,300}\\]$");
    private static final Pattern END = Pattern.compile("^(?:n[ơo]i\\s+nh[ậa]n\\b|tr[âa]n\\s+tr[ọo]ng\\b|ng[ưu][ờo]i\\s+(?:b[áa]o\\s+c[áa]o|l[ậa]p|vi[ếe]t)\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern COVER = Pattern.compile(
            "(?:đính|dinh|gửi|gui)\\s+(?:kèm|kem)|(?:kèm|kem)\\s+theo|file|tệp|tep|tập tin", Pattern.CASE_INSENSITIVE
                    | Pattern.UNICODE_CASE);
    private static final Pattern SIGNATURE = Pattern.compile("^(?:TM|KT|TL|TUQ|T/M|K/T|T/L)\\.?\\s+\\p{Lu}");
    private static final Pattern DATE_LINE = Pattern.compile(".{0,40},\\s*ng[àa]y\\s+\\S+\\s+th[áa]ng\\s+.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FRONT_MATTER = Pattern.compile(
            "^(?:s[ốo]\\s*:?\\s*\\S*\\d|k[íi]nh\\s+g[ửu]i|v/v\\b|độc lập|\\*$|b[áa]o\\s+c[áa]o$|k[ếe]t\\s+qu[ảa]\\s+th[ựu]c\\s+hi[ệe]n\\s+c[ôo]ng\\s+v[ăa]n)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ReportSections() {
    }

    /** What a report says, as consolidating reads it. */
    static String words(String ownText, String attachmentText) {
        String own = ownText == null ? "" : ownText.strip();
        String documents = withoutLabels(attachmentText == null ? "" : attachmentText).strip();
        if (documents.isEmpty()) {
            return own;
        }
        if (own.isEmpty() || isCoverNote(own)) {
            return documents;
        }
        return own + "\n\n" + documents;
    }

    /** A short body that only says a report is attached, or that numbers no task. */
    static boolean isCoverNote(String own) {
        String flat = VietnameseText.collapseSpaces(own);
        if (flat.length() < 160) {
            return true;
        }
        return flat.length() < 700 && COVER.matcher(flat).find() && headings(lines(own), ARABIC).size() < 2
                && headings(lines(own), NAMED).size() < 2;
    }

    /** The parts of the text that answer each of the dispatch's tasks, by ordinal; empty when it cannot be split. */
    static Map<Integer, String> split(String text, List<Integer> ordinals) {
        List<String> lines = lines(text);
        List<Heading> best = List.of();
        for (Pattern kind : List.of(NAMED, ARABIC, ROMAN)) {
            List<Heading> run = inOrder(headings(lines, kind), ordinals);
            if (run.size() > best.size()) {
                best = run;
            }
        }
        Map<Integer, String> parts = new LinkedHashMap<>();
        if (best.size() < 2) {
            return parts;
        }
        boolean arabicOrNamed = best.get(0).kind() != ROMAN;
        for (int h = 0; h < best.size(); h++) {
            Heading heading = best.get(h);
            int end = h + 1 < best.size() ? best.get(h + 1).line() : lines.size();
            StringBuilder part = new StringBuilder(heading.rest());
            for (int i = heading.line() + 1; i < end; i++) {
                String line = lines.get(i);
                if (END.matcher(line).find() || (arabicOrNamed && ROMAN.matcher(line).matches()) || isSignatureLine(line)) {
                    break;
                }
                part.append('\n').append(line);
            }
            String body = part.toString().strip();
            if (!body.isEmpty()) {
                parts.put(heading.ordinal(), body);
            }
        }
        return parts;
    }

    /** The text without its letterhead (header lines, number, date line, title) and without what follows the body. */
    static String body(String text) {
        List<String> out = new ArrayList<>();
        boolean started = false;
        for (String line : lines(text)) {
            if ((END.matcher(line).find() || SIGNATURE.matcher(line).find()) && started) {
                break;
            }
            if (!started && isFrontMatter(line)) {
                continue;
            }
            started = true;
            out.add(line);
        }
        return String.join("\n", out);
    }

    /**
     * A line of the signature block: an authority prefix ({@code TM. BAN THƯỜNG TRỰC}, {@code T/M ĐẢNG ỦY}) or a short
     * upper-case title ({@code PHÓ BÍ THƯ}).
     */
    static boolean isSignatureLine(String line) {
        if (SIGNATURE.matcher(line).find()) {
            return true;
        }
        return line.length() <= 60 && isUpperCase(line) && line.split(" ").length <= 6
                && !ROMAN.matcher(line).matches() && !Character.isDigit(line.charAt(0));
    }

    private static boolean isFrontMatter(String line) {
        return isUpperCase(line) || FRONT_MATTER.matcher(line).find() || DATE_LINE.matcher(line).matches();
    }

    /** Whether the line has letters, at least four, and none of them small. */
    private static boolean isUpperCase(String line) {
        int letters = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 4;
    }

    private record Heading(Pattern kind, int line, int ordinal, String rest) {
    }

    private static List<Heading> headings(List<String> lines, Pattern kind) {
        List<Heading> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = kind.matcher(lines.get(i));
            if (m.matches()) {
                int ordinal = ordinal(m.group(1));
                if (ordinal > 0) {
                    found.add(new Heading(kind, i, ordinal, m.group(2).strip()));
                }
            }
        }
        return found;
    }

    /** The headings that number the dispatch's tasks in increasing order, each once. */
    private static List<Heading> inOrder(List<Heading> headings, List<Integer> ordinals) {
        List<Heading> run = new ArrayList<>();
        int last = 0;
        for (Heading h : headings) {
            if (h.ordinal() > last && ordinals.contains(h.ordinal())) {
                run.add(h);
                last = h.ordinal();
            }
        }
        return run;
    }

    private static int ordinal(String number) {
        if (number.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(number);
        }
        return RomanNumeral.value(number);
    }

    /** The text's non-blank lines, NFC, each with its white space folded to single spaces and trimmed. */
    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : VietnameseText.nfc(text).split("\\R")) {
            String collapsed = fold(line);
            if (!collapsed.isEmpty()) {
                out.add(collapsed);
            }
        }
        return out;
    }

    private static String fold(String line) {
        StringBuilder out = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String withoutLabels(String attachmentText) {
        StringBuilder out = new StringBuilder();
        for (String line : attachmentText.split("\\R")) {
            if (LABEL.matcher(line.strip()).matches()) {
                continue;
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }
}
