package vn.reportbot.dispatchtext;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a reporting cadence in a dispatch's body. A cadence word ({@code hằng tuần}, {@code hàng tháng},
 * {@code thường xuyên}…) counts only in a sentence about reporting ({@code báo cáo} within the same
 * sentence), so {@code sinh hoạt hằng ngày} is not a cadence.
 */
final class CadenceFinder {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern SENTENCE = Pattern.compile("(?:[^.;!?\\n]|\\.(?=\\S))+(?:[.;!?]|$)",
            FLAGS | Pattern.MULTILINE);
    private static final Pattern PERIODIC = Pattern.compile("(?<!\\p{L})(?:định\\h+kỳ\\h+)?(?:hằng|hàng|mỗi)\\h+(ngày|tuần|tháng|quý)(?!\\p{L})", FLAGS);
    private static final Pattern ONGOING = Pattern.compile(
            "(?<!\\p{L})(?:thường\\h+xuyên|định\\h+kỳ)\\h+(?:\\p{L}+\\h+){0,3}?báo\\h+cáo|báo\\h+cáo\\h+(?:\\p{L}+\\h+){0,2}?(?:thường\\h+xuyên|định\\h+kỳ)(?!\\p{L})",
            FLAGS);
    private static final Pattern REPORT = Pattern.compile("báo\\h+cáo", FLAGS);
    private static final Pattern WEEKDAY = Pattern.compile("(?<!\\p{L})(thứ\\h+(hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\\h+nhật)(?!\\p{L})", FLAGS);
    private static final Pattern DAY_OF_MONTH = Pattern.compile("(?:trước|chậm\\h+nhất|vào)\\h+(?:ngày\\h+)?(\\d{1,2})(?!\\h*[/\\-.]\\h*\\d)(?!\\d)", FLAGS);
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\h*(?:giờ|h|g)\\h*(\\d{2})?", FLAGS);
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("hai", DayOfWeek.MONDAY), Map.entry("2", DayOfWeek.MONDAY),
            Map.entry("ba", DayOfWeek.TUESDAY), Map.entry("3", DayOfWeek.TUESDAY),
            Map.entry("tư", DayOfWeek.WEDNESDAY), Map.entry("4", DayOfWeek.WEDNESDAY),
            Map.entry("năm", DayOfWeek.THURSDAY), Map.entry("5", DayOfWeek.THURSDAY),
            Map.entry("sáu", DayOfWeek.FRIDAY), Map.entry("6", DayOfWeek.FRIDAY),
            Map.entry("bảy", DayOfWeek.SATURDAY), Map.entry("7", DayOfWeek.SATURDAY));

    private CadenceFinder() {
    }

    static Optional<Cadence> find(String body) {
        Matcher sentences = SENTENCE.matcher(body.replaceAll("[ \\t]+", " "));
        Cadence ongoing = null;
        while (sentences.find()) {
            String sentence = sentences.group().trim();
            if (!REPORT.matcher(sentence).find()) {
                continue;
            }
            Matcher periodic = PERIODIC.matcher(sentence);
            if (periodic.find()) {
                return Optional.of(periodic(periodic.group(1).toLowerCase(java.util.Locale.ROOT), sentence,
                        sentence.substring(periodic.start())));
            }
            Matcher open = ONGOING.matcher(sentence);
            if (ongoing == null && open.find()) {
                ongoing = new Cadence(Cadence.Frequency.ONGOING, null, null, null, open.group());
            }
        }
        return Optional.ofNullable(ongoing);
    }

    private static final Pattern ONGOING_ALONE = Pattern.compile("(?<!\\p{L})(?:thường\\h+xuyên|định\\h+kỳ)(?!\\p{L})",
            FLAGS);

    /**
     * The cadence a person wrote on its own ({@code hằng tuần, trước 15 giờ thứ Năm}, {@code hằng tháng trước ngày 25},
     * {@code thường xuyên}), read as in a dispatch's body but without the need for {@code báo cáo} beside it; empty
     * when it names no cadence.
     */
    static Optional<Cadence> read(String phrase) {
        String words = phrase == null ? "" : phrase.strip().replaceAll("\\s+", " ");
        Matcher periodic = PERIODIC.matcher(words);
        if (periodic.find()) {
            return Optional.of(periodic(periodic.group(1).toLowerCase(java.util.Locale.ROOT), words,
                    words.substring(periodic.start())));
        }
        if (ONGOING_ALONE.matcher(words).find()) {
            return Optional.of(new Cadence(Cadence.Frequency.ONGOING, null, null, null, words));
        }
        return Optional.empty();
    }

    private static Cadence periodic(String unit, String sentence, String tail) {
        Cadence.Frequency frequency = switch (unit) {
            case "ngày" -> Cadence.Frequency.DAILY;
            case "tuần" -> Cadence.Frequency.WEEKLY;
            case "tháng" -> Cadence.Frequency.MONTHLY;
            default -> Cadence.Frequency.QUARTERLY;
        };
        DayOfWeek weekday = null;
        Integer dayOfMonth = null;
        if (frequency == Cadence.Frequency.WEEKLY) {
            Matcher w = WEEKDAY.matcher(tail);
            if (w.find()) {
                weekday = w.group(2) == null ? DayOfWeek.SUNDAY : WEEKDAYS.get(w.group(2).toLowerCase(java.util.Locale.ROOT));
            }
        } else if (frequency != Cadence.Frequency.DAILY) {
            Matcher d = DAY_OF_MONTH.matcher(tail);
            if (d.find()) {
                int day = Integer.parseInt(d.group(1));
                dayOfMonth = day >= 1 && day <= 31 ? day : null;
            }
        }
        LocalTime time = null;
        Matcher t = TIME.matcher(tail);
        if (t.find()) {
            int hour = Integer.parseInt(t.group(1));
            int minute = t.group(2) == null ? 0 : Integer.parseInt(t.group(2));
            if (hour < 24 && minute < 60) {
                time = LocalTime.of(hour, minute);
            }
        }
        return new Cadence(frequency, weekday, dayOfMonth, time, sentence.length() > 200 ? sentence.substring(0, 200) : sentence);
    }
}
