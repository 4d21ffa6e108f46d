package vn.reportbot.dispatchtext;

import java.time.DayOfWeek;
import java.time.LocalTime;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * How often a dispatch asks for a report: {@code định kỳ hằng tuần (trước 15 giờ thứ Năm)},
 * {@code hằng tháng (trước ngày 25)}, {@code hằng quý}, {@code hằng ngày}, or open-ended
 * {@code thường xuyên báo cáo} ({@link Frequency#ONGOING}, which the office's default cadence turns
 * into a weekly or monthly one).
 *
 * @param weekday    the day a weekly report is due; null when the text names none
 * @param dayOfMonth the day of the month (of the quarter's last month) a report is due; null when none
 * @param time       the time of day named, or null
 * @param phrase     the words of the text the cadence was read from, for a clerk to check
 */
@JsonPropertyOrder({"frequency", "weekday", "dayOfMonth", "time", "phrase"})
public record Cadence(Frequency frequency, DayOfWeek weekday, Integer dayOfMonth, LocalTime time, String phrase) {

    /**
     * The cadence a person wrote in words, as a dispatch's body would say it ({@code hằng tuần, trước 15 giờ thứ Năm},
     * {@code hằng tháng trước ngày 25}, {@code hằng quý}, {@code hằng ngày}, {@code thường xuyên}); empty when the
     * words name no cadence. The words are kept as its {@code phrase}.
     */
    public static java.util.Optional<Cadence> read(String phrase) {
        return CadenceFinder.read(phrase);
    }

    /** How often. */
    public enum Frequency {
        DAILY, WEEKLY, MONTHLY, QUARTERLY, ONGOING
    }
}
