package vn.reportbot.dispatchtext;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the reporting deadline a dispatch sets: a date preceded by a trigger ({@code trước},
 * {@code chậm nhất}, {@code hạn}, {@code trong ngày}) and optionally a time of day
 * ({@code 16 giờ 00}, {@code 10h00'}, {@code 16:00}): {@code trước 16 giờ 00 ngày 20/9/2021},
 * {@code chậm nhất ngày 5/11}, {@code trước ngày 20 tháng 10 năm 2021}. Dates without a trigger
 * (those of cited documents) are never deadlines. A date without a year takes the dispatch's year,
 * or the next one when it would otherwise fall before the dispatch.
 */
final class DeadlineFinder {

    private static final String TRIGGER = "(?<!\\p{L})(?:trước|chậm\\h+nhất|hạn\\h+chót|thời\\h+hạn|hạn|trong\\h+ngày)";
    private static final String TIME = "(?:\\d{1,2}\\h*(?:giờ|h|g)\\h*(?:\\d{1,2}\\h*(?:phút|')?)?|\\d{1,2}:\\d{2})";
    private static final String NUMERIC_DATE =
            "(\\d{1,2})\\h*[/.\\-]\\h*(\\d{1,2})(?:\\h*[/.\\-]\\h*(\\d{4}|\\d{2}))?(?![\\d/])";
    private static final String WORDED_DATE = "(\\d{1,2})\\h+tháng\\h+(\\d{1,2})(?:\\h*(?:năm|/)\\h*(\\d{4}))?";
    private static final Pattern DEADLINE = Pattern.compile(
            TRIGGER + "\\h*(?:là\\h*)?:?\\h*(?:" + TIME + "\\h*'?\\h*[,\\-]?\\h*)?(?:(?:ngày|hôm)\\h*)?"
                    + "(?:" + NUMERIC_DATE + "|" + WORDED_DATE + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private DeadlineFinder() {
    }

    /** The first deadline in the text; {@code issuedOn} (may be null) supplies a missing year. */
    static Optional<LocalDate> find(String text, LocalDate issuedOn) {
        Matcher m = DEADLINE.matcher(text.replaceAll("\\s+", " "));
        while (m.find()) {
            boolean numeric = m.group(1) != null;
            String day = numeric ? m.group(1) : m.group(4);
            String month = numeric ? m.group(2) : m.group(5);
            String year = numeric ? m.group(3) : m.group(6);
            Optional<LocalDate> date = date(day, month, year, issuedOn);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String day, String month, String year, LocalDate issuedOn) {
        try {
            if (year != null) {
                int y = Integer.parseInt(year);
                return Optional.of(LocalDate.of(y < 100 ? 2000 + y : y, Integer.parseInt(month), Integer.parseInt(day)));
            }
            if (issuedOn == null) {
                return Optional.empty();
            }
            LocalDate date = LocalDate.of(issuedOn.getYear(), Integer.parseInt(month), Integer.parseInt(day));
            return Optional.of(date.isBefore(issuedOn) ? date.plusYears(1) : date);
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
    }
}
