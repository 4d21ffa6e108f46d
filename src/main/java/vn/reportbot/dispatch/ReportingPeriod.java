package vn.reportbot.dispatch;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

import vn.reportbot.dispatchtext.Cadence;

/**
 * One period of a dispatch with a cadence: {@code 2026-W48}, {@code 2026-11}, {@code 2026-Q4},
 * {@code 2026-11-23}; or the single period (key {@code ""}) of a one-off dispatch.
 *
 * @param due the day the period's report is due; null for a one-off dispatch without a deadline
 */
public record ReportingPeriod(String key, LocalDate start, LocalDate end, LocalDate due, String label) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    /** The single period of a one-off dispatch. */
    public static ReportingPeriod once(LocalDate deadline) {
        return new ReportingPeriod("", null, null, deadline, "");
    }

    /** The period of an (effective, never ONGOING) cadence that contains the day. */
    public static ReportingPeriod containing(Cadence cadence, LocalDate day) {
        return switch (cadence.frequency()) {
            case DAILY -> new ReportingPeriod(day.toString(), day, day, day, "ngày " + DAY.format(day));
            case WEEKLY -> {
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                LocalDate sunday = monday.plusDays(6);
                DayOfWeek dueDay = cadence.weekday() == null ? DayOfWeek.FRIDAY : cadence.weekday();
                int week = monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                int year = monday.get(IsoFields.WEEK_BASED_YEAR);
                yield new ReportingPeriod(String.format("%d-W%02d", year, week), monday, sunday,
                        monday.plusDays(dueDay.getValue() - 1L),
                        "tuần " + week + "/" + year + " (" + DAY_MONTH.format(monday) + " – " + DAY.format(sunday) + ")");
            }
            case MONTHLY -> {
                LocalDate first = day.withDayOfMonth(1);
                LocalDate last = first.with(TemporalAdjusters.lastDayOfMonth());
                yield new ReportingPeriod(String.format("%d-%02d", first.getYear(), first.getMonthValue()), first, last,
                        dueIn(last, cadence.dayOfMonth()), "tháng " + first.getMonthValue() + "/" + first.getYear());
            }
            case QUARTERLY -> {
                int quarter = (day.getMonthValue() - 1) / 3;
                LocalDate first = LocalDate.of(day.getYear(), quarter * 3 + 1, 1);
                LocalDate last = first.plusMonths(2).with(TemporalAdjusters.lastDayOfMonth());
                yield new ReportingPeriod(day.getYear() + "-Q" + (quarter + 1), first, last, dueIn(last, cadence.dayOfMonth()),
                        "quý " + ROMAN[quarter] + "/" + day.getYear());
            }
            case ONGOING -> throw new IllegalArgumentException("an open-ended cadence has no periods until the office's"
                    + " default cadence is applied");
        };
    }

    private static LocalDate dueIn(LocalDate lastDayOfPeriod, Integer dayOfMonth) {
        if (dayOfMonth == null) {
            return lastDayOfPeriod;
        }
        return lastDayOfPeriod.withDayOfMonth(Math.min(dayOfMonth, lastDayOfPeriod.getDayOfMonth()));
    }
}
