package vn.reportbot.dispatchtext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes what copying from a web page or extracting from a PDF does to a dispatch's lines, before the parser reads
 * them: a table's outer {@code |} borders are dropped; every line break doubled is made single again; a whole
 * document on one line is broken again where its parts begin ({@code Số}, {@code V/v}, {@code Kính gửi}, numbered
 * tasks, {@code Nơi nhận}, list items, signature headings); in the header, the two columns merged on one line are
 * taken apart (the national motto, the Party line, the place and date after the number); and from {@code Nơi nhận}
 * on, a signature block printed beside the list is moved below it, so that the list and the block are each whole.
 */
final class LayoutRepair {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern TABLE_BORDER = Pattern.compile("^\\h*\\|(.*?)\\|?\\h*$");
    private static final Pattern MOTTO = Pattern.compile(
            "cộng\\h+h(?:òa|oà)\\h+xã\\h+hội\\h+chủ\\h+nghĩa\\h+việt\\h+nam"
                    + "|độc\\h+lập\\h*[-\u2013\u2014]\\h*tự\\h+do\\h*[-\u2013\u2014]\\h*hạnh\\h+phúc"
                    + "|đảng\\h+cộng\\h+sản\\h+việt\\h+nam", FLAGS);
    /** {@code Vị Thanh, ngày}, {@code Thành phố Hồ Chí Minh, ngày}: capitalised (not all-capital) place words. */
    private static final Pattern PLACE_DATE = Pattern.compile(
            "(?<=\\S)\\h+(?=\\p{Lu}\\p{Ll}*(?:\\h+\\p{L}\\p{Ll}*){0,5}\\h*,\\h*ngày(?:\\h|$))");
    private static final Pattern DATE_FIRST = Pattern.compile("(?:^|\\n)\\h*\\p{Lu}\\p{Ll}*(?:\\h+\\p{L}\\p{Ll}*){0,5}\\h*,\\h*ngày");
    /** {@code Số:    /BTG-MTTQ}: the blank a number is written into by hand. */
    private static final Pattern BLANK_NUMBER = Pattern.compile("^(\\h*(?:Số|SỐ)\\h*[:.]?)\\h{2,}[._…]*\\h*(?=[-\u2013]?\\h*\\p{Lu}*\\h*/)");
    private static final Pattern HEADER_BREAKS = Pattern.compile(
            "(?<=\\S)\\h+(?=(?:Số|SỐ)\\h*[:.]?\\h*(?:\\d|[._…]*\\h*/))"
                    + "|(?<=\\S)\\h+(?=[Vv]/[Vv]\\h*[:.]?\\h)"
                    + "|(?<=\\S)\\h+(?=\\*(?:\\h|$))|(?<=^\\*|\\h\\*)\\h+");
    private static final Pattern ONE_LINE_BREAKS = Pattern.compile(
            "(?<=\\S)\\h+(?=(?:Kính|KÍNH)\\h*(?:gửi|gởi|GỬI)|(?:Nơi|NƠI)\\h+(?:nhận|NHẬN))"
                    + "|(?<=[.:;])\\h+(?=(?:\\d{1,2}|[IVX]{1,5})\\h*[.)]\\h+\\p{Lu})"
                    + "|(?<=[.;:,])\\h+(?=[-+]\\h)"
                    + "|(?<=\\S)\\h+(?=(?:TM|KT|TL|TUQ)\\.\\h|(?:T/M|K/T|T/L)\\h)"
                    + "|(?<=(?:\\p{L}|\\d{4}|[)”\"])[.;])\\h+(?=\\p{Lu}\\p{Ll})");
    /** An upper-case title followed by a person's name to the end of the line: {@code PHÓ CHỦ TỊCH Nguyễn Văn A}. */
    private static final Pattern TITLE_THEN_NAME = Pattern.compile(
            "^(.*\\p{Lu}{2,}[.:]?)\\h+(\\p{Lu}\\p{Ll}*(?:\\h+\\p{Lu}\\p{Ll}*){1,4})\\h*$");
    private static final Pattern RECEIVED_BY = Pattern.compile("^\\h*(?:Nơi|NƠI)\\h+(?:nhận|NHẬN)");
    private static final Pattern ADDRESSEE = Pattern.compile("^\\h*(?:Kính|KÍNH)\\h*(?:gửi|gởi|GỬI|GỞI)");
    private static final Pattern TASK = Pattern.compile("^\\h*(?:\\d{1,2}|[IVX]{1,5})\\h*[.)]\\h+\\S");
    private static final Pattern CELL_SEPARATOR = Pattern.compile("\\t+|\\h{3,}|\\h*\\|\\h*");
    private static final Pattern AUTHORITY_INSIDE = Pattern.compile(
            "\\h(?=(?:TM|KT|TL|TUQ)\\.\\h*\\p{Lu}{2}|(?:T/M|K/T|T/L)\\h+\\p{Lu}{2})");
    private static final Pattern TRAILING_TITLE = Pattern.compile(
            "(?<=[;,.:])\\h+(?=(?:PHÓ\\h+)?(?:CHỦ\\h+TỊCH|GIÁM\\h+ĐỐC|TRƯỞNG\\h+BAN|TRƯỞNG\\h+PHÒNG|BÍ\\h+THƯ|"
                    + "CHÁNH\\h+VĂN\\h+PHÒNG|TRƯỞNG\\h+ĐOÀN)\\h*$)");
    private static final int HEADER_LIMIT = 40;

    private LayoutRepair() {
    }

    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : LINE_BREAK.split(text, -1)) {
            Matcher table = TABLE_BORDER.matcher(line);
            lines.add(table.matches() ? table.group(1) : line);
        }
        lines = undoubled(lines);
        if (isOneLine(lines)) {
            lines = rebroken(lines);
        }
        lines = headerTakenApart(lines);
        return signatureBelowTheList(lines);
    }

    /** Every line followed by a blank one: the breaks were doubled; a run of blank lines is halved. */
    private static List<String> undoubled(List<String> lines) {
        int content = 0;
        int adjacent = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                content++;
                if (i + 1 < lines.size() && !lines.get(i + 1).isBlank()) {
                    adjacent++;
                }
            }
        }
        if (content < 8 || adjacent * 10 > content) {
            return lines;
        }
        List<String> out = new ArrayList<>();
        int blanks = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                blanks++;
                continue;
            }
            for (int b = 0; b < blanks / 2; b++) {
                out.add("");
            }
            blanks = 0;
            out.add(line);
        }
        return out;
    }

    private static boolean isOneLine(List<String> lines) {
        long content = lines.stream().filter(l -> !l.isBlank()).count();
        int length = lines.stream().mapToInt(String::length).sum();
        return content <= 3 && length > 300;
    }

    private static List<String> rebroken(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            for (String part : ONE_LINE_BREAKS.matcher(line).replaceAll("\n").split("\n")) {
                Matcher m = TITLE_THEN_NAME.matcher(part);
                if (m.matches()) {
                    out.add(m.group(1));
                    out.add(m.group(2));
                } else {
                    out.add(part);
                }
            }
        }
        return out;
    }

    /** The lines above {@code Kính gửi} (or the first task) with merged columns taken apart. */
    private static List<String> headerTakenApart(List<String> lines) {
        int end = Math.min(lines.size(), HEADER_LIMIT);
        for (int i = 0; i < end; i++) {
            if (ADDRESSEE.matcher(lines.get(i)).find() || TASK.matcher(lines.get(i)).find()) {
                end = i;
                break;
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i >= end) {
                out.add(line);
                continue;
            }
            String split = BLANK_NUMBER.matcher(line).replaceFirst("$1 …");
            split = MOTTO.matcher(split).replaceAll("\n$0\n");
            split = HEADER_BREAKS.matcher(split).replaceAll("\n");
            Matcher placeDate = PLACE_DATE.matcher(split);
            if (!DATE_FIRST.matcher(split).find() && placeDate.find()) {
                split = split.substring(0, placeDate.start()) + "\n" + split.substring(placeDate.end());
            }
            for (String part : split.split("\n", -1)) {
                if (!part.isBlank() || split.isBlank()) {
                    out.add(part);
                }
            }
        }
        return out;
    }

    /** From the last {@code Nơi nhận} on: the list's column first, then the signature's column printed beside it. */
    private static List<String> signatureBelowTheList(List<String> lines) {
        int from = -1;
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (RECEIVED_BY.matcher(lines.get(i)).find()) {
                from = i;
                break;
            }
        }
        if (from < 0) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.subList(0, from));
        List<String> right = new ArrayList<>();
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            String[] parts = columns(line);
            if (parts != null) {
                if (!parts[0].isBlank()) {
                    out.add(parts[0]);
                }
                right.add(parts[1]);
            } else if (i == from || Lines.isListItem(line)) {
                out.add(line);
            } else {
                right.add(line);
            }
        }
        out.addAll(right);
        return out;
    }

    /** The two columns of a line of the footer, or null when it has one. */
    private static String[] columns(String line) {
        Matcher separator = CELL_SEPARATOR.matcher(line);
        while (separator.find()) {
            String left = line.substring(0, separator.start());
            String rest = line.substring(separator.end());
            if (!rest.isBlank()) {
                return new String[] {left, rest.strip()};
            }
        }
        for (Pattern p : List.of(AUTHORITY_INSIDE, TRAILING_TITLE)) {
            Matcher m = p.matcher(line);
            if (m.find() && !line.substring(0, m.start()).isBlank()) {
                return new String[] {line.substring(0, m.start()), line.substring(m.end()).strip()};
            }
        }
        return null;
    }
}
