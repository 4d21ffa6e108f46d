package vn.reportbot.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.reportbot.dispatchtext.Cadence;

class ReportingPeriodTests {

    private static Cadence cadence(Cadence.Frequency frequency, DayOfWeek weekday, Integer day) {
        return new Cadence(frequency, weekday, day, null, "");
    }

    @Test
    void aWeeklyPeriodRunsMondayToSundayAndIsDueOnItsWeekday() {
        ReportingPeriod week = ReportingPeriod.containing(cadence(Cadence.Frequency.WEEKLY, DayOfWeek.THURSDAY, null),
                LocalDate.of(2021, 9, 20));
        assertThat(week.key()).isEqualTo("2021-W38");
        assertThat(week.start()).isEqualTo(LocalDate.of(2021, 9, 20));
        assertThat(week.end()).isEqualTo(LocalDate.of(2021, 9, 26));
        assertThat(week.due()).isEqualTo(LocalDate.of(2021, 9, 23));
        assertThat(week.label()).isEqualTo("tuần 38/2021 (20/09 – 26/09/2021)");
    }

    @Test
    void aWeekAcrossNewYearBelongsToItsIsoYear() {
        ReportingPeriod week = ReportingPeriod.containing(cadence(Cadence.Frequency.WEEKLY, null, null),
                LocalDate.of(2021, 1, 1));
        assertThat(week.key()).isEqualTo("2020-W53");
        assertThat(week.due()).isEqualTo(LocalDate.of(2021, 1, 1));
    }

    @Test
    void aMonthlyPeriodIsDueOnItsDayClampedToTheMonth() {
        ReportingPeriod feb = ReportingPeriod.containing(cadence(Cadence.Frequency.MONTHLY, null, 30), LocalDate.of(2021, 2, 10));
        assertThat(feb.key()).isEqualTo("2021-02");
        assertThat(feb.due()).isEqualTo(LocalDate.of(2021, 2, 28));
        assertThat(feb.label()).isEqualTo("tháng 2/2021");
    }

    @Test
    void aQuarterIsNamedInRomanNumeralsAndDueAtItsEnd() {
        ReportingPeriod q3 = ReportingPeriod.containing(cadence(Cadence.Frequency.QUARTERLY, null, null), LocalDate.of(2021, 8, 5));
        assertThat(q3.key()).isEqualTo("2021-Q3");
        assertThat(q3.start()).isEqualTo(LocalDate.of(2021, 7, 1));
        assertThat(q3.due()).isEqualTo(LocalDate.of(2021, 9, 30));
        assertThat(q3.label()).isEqualTo("quý III/2021");
    }

    @Test
    void aOneOffDispatchHasOnePeriodDueOnItsDeadline() {
        ReportingPeriod once = ReportingPeriod.once(LocalDate.of(2021, 10, 20));
        assertThat(once.key()).isEmpty();
        assertThat(once.due()).isEqualTo(LocalDate.of(2021, 10, 20));
    }
}
