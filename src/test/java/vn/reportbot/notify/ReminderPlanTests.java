package vn.reportbot.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.reportbot.calendar.WorkingCalendar;

/**
 * Which step of a task is sent when, walking the clock hour by hour as the job runs: the built-in steps (3 days
 * before, on the day, 2 days after, then weekly), quiet hours 17:30–07:30, Monday to Friday, and a holiday.
 */
class ReminderPlanTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final WorkingCalendar CALENDAR = new WorkingCalendar(
            Map.of(LocalDate.parse("2027-01-01"), "Tết Dương lịch"), Map.of(), WorkingCalendar.BUILT_IN, Map.of(), ZONE);

    /** Each step sent, once, as "day hour key", running the job every hour from {@code from} to {@code to}. */
    private static List<String> walk(String from, String to, LocalDate deadline, LocalDate issuedOn, LocalDate periodStart) {
        return walk(from, to, deadline, issuedOn, periodStart, null);
    }

    private static List<String> walk(String from, String to, LocalDate deadline, LocalDate issuedOn, LocalDate periodStart,
                                     LocalDate overtakenOn) {
        List<String> sent = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (ZonedDateTime t = LocalDate.parse(from).atStartOfDay(ZONE); t.isBefore(LocalDate.parse(to).atStartOfDay(ZONE));
             t = t.plusHours(1)) {
            Optional<ReminderPlan.Due> due = ReminderPlan.dueAt(t, CALENDAR, "bac-ai-mttq", deadline, issuedOn, periodStart,
                    overtakenOn);
            if (due.isPresent() && keys.add(due.get().key())) {
                sent.add(t.toLocalDate() + " " + t.toLocalTime() + " " + due.get().key()
                        + (due.get().copyStaff() ? " cc" : "") + (due.get().afterDeadline() ? " late" : ""));
            }
        }
        return sent;
    }

    @Test
    void aDeadlineOnAWednesdayIsRemindedThreeDaysBeforeOnTheDayTwoDaysAfterThenWeekly() {
        assertThat(walk("2026-12-01", "2026-12-31", LocalDate.parse("2026-12-09"), null, null)).containsExactly(
                "2026-12-07 08:00 d-3", // Sunday 6/12: waits to Monday's first working hour
                "2026-12-09 08:00 d0",
                "2026-12-11 08:00 d+2 cc late",
                "2026-12-18 08:00 d+9 cc late",
                "2026-12-25 08:00 d+16 cc late");
    }

    @Test
    void aStepOnAHolidayWaitsAndAStepOvertakenMeanwhileIsNeverSent() {
        // deadline Monday 4/1/2027: d-3 Friday 1/1 is Tết Dương lịch, then the weekend; d0 comes first on Monday
        assertThat(walk("2026-12-28", "2027-01-09", LocalDate.parse("2027-01-04"), null, null)).containsExactly(
                "2027-01-04 08:00 d0",
                "2027-01-06 08:00 d+2 cc late");
    }

    @Test
    void noStepIsSentInQuietHours() {
        ZonedDateTime evening = LocalDate.parse("2026-12-09").atTime(LocalTime.of(18, 0)).atZone(ZONE);
        assertThat(ReminderPlan.dueAt(evening, CALENDAR, "bac-ai-mttq", LocalDate.parse("2026-12-09"), null, null,
                null)).isEmpty();
        assertThat(ReminderPlan.dueAt(evening.plusHours(14), CALENDAR, "bac-ai-mttq", LocalDate.parse("2026-12-09"), null,
                null, null)).map(ReminderPlan.Due::key).contains("d0");
    }

    @Test
    void aWeeklyPeriodSkipsTheStepsBeforeItStarts() {
        // week 51/2026: Monday 14/12 – Sunday 20/12, due Tuesday 15/12: d-3 (Saturday 12/12) is before the period
        assertThat(walk("2026-12-14", "2026-12-24", LocalDate.parse("2026-12-15"), null, LocalDate.parse("2026-12-14")))
                .containsExactly("2026-12-15 08:00 d0", "2026-12-17 08:00 d+2 cc late");
    }

    @Test
    void aDispatchWithoutDeadlineIsRemindedWeeklyFromItsDateWithoutCopy() {
        assertThat(walk("2026-12-01", "2026-12-24", null, LocalDate.parse("2026-12-02"), null))
                .containsExactly("2026-12-09 08:00 i+7", "2026-12-16 08:00 i+14", "2026-12-23 08:00 i+21");
        assertThat(walk("2026-12-01", "2026-12-24", null, null, null)).as("no day to start from").isEmpty();
    }

    @Test
    void aPeriodOvertakenByTheNextPeriodsDeadlineIsRemindedNoMoreOnItsOwn() {
        // week 51/2026 due Thursday 17/12; week 52 is due Thursday 24/12: week 51's weekly repeats stop there
        assertThat(walk("2026-12-14", "2027-01-15", LocalDate.parse("2026-12-17"), null, LocalDate.parse("2026-12-14"),
                LocalDate.parse("2026-12-24"))).containsExactly(
                "2026-12-14 08:00 d-3", "2026-12-17 08:00 d0", "2026-12-21 08:00 d+2 cc late");
    }
}
