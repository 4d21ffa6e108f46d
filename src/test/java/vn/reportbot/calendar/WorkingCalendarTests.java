package vn.reportbot.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Working days, public holidays, compensatory working days and quiet hours, per office. */
class WorkingCalendarTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @TempDir
    Path folder;

    private WorkingCalendar calendar(String holidays, Map<String, ReminderRules> byOffice) throws IOException {
        Path file = folder.resolve("holidays.yml");
        Files.writeString(file, holidays);
        HolidaysFile.Holidays read = HolidaysFile.load(file);
        return new WorkingCalendar(read.daysOff(), read.workingDays(), WorkingCalendar.BUILT_IN, byOffice, ZONE);
    }

    private static final String FILE = """
            holidays:
              - date: 2027-01-01
                name: Tết Dương lịch
              - from: 2027-02-05
                to: 2027-02-11
                lunar: "1/1"
                name: Tết Nguyên đán Đinh Mùi
            compensatory-working-days:
              - date: 2027-02-20
                name: Làm bù cho ngày 11/02/2027
            """;

    private static ZonedDateTime at(String day, String time) {
        return LocalDate.parse(day).atTime(LocalTime.parse(time)).atZone(ZONE);
    }

    @Test
    void weekdaysAreWorkingDaysExceptHolidaysAndACompensatorySaturdayIsOne() throws IOException {
        WorkingCalendar calendar = calendar(FILE, Map.of());
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-31"))).as("Thursday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-01"))).as("Tết Dương lịch, a Friday").isFalse();
        assertThat(calendar.holiday(LocalDate.parse("2027-01-01"))).contains("Tết Dương lịch");
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-02"))).as("Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-04"))).as("Monday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-08"))).as("mùng 3 Tết, a Monday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-20"))).as("làm bù, a Saturday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-02-21"))).as("the Sunday after").isFalse();
    }

    @Test
    void quietHoursRunAcrossMidnight() throws IOException {
        WorkingCalendar calendar = calendar(FILE, Map.of());
        assertThat(calendar.isQuietAt(at("2026-12-30", "07:29"), null)).isTrue();
        assertThat(calendar.isQuietAt(at("2026-12-30", "07:30"), null)).isFalse();
        assertThat(calendar.isQuietAt(at("2026-12-30", "17:29"), null)).isFalse();
        assertThat(calendar.isQuietAt(at("2026-12-30", "17:30"), null)).isTrue();
        assertThat(calendar.isQuietAt(at("2026-12-30", "23:59"), null)).isTrue();
        assertThat(calendar.isQuietAt(at("2026-12-30", "00:00"), null)).isTrue();
        assertThat(calendar.isQuietAt(LocalDate.parse("2026-12-30").atTime(2, 0).atZone(ZoneId.of("UTC")), null))
                .as("09:00 in Vietnam, given in UTC").isFalse();
    }

    @Test
    void theNextWorkingMomentSkipsTheEveningTheHolidayAndTheWeekend() throws IOException {
        WorkingCalendar calendar = calendar(FILE, Map.of());
        assertThat(calendar.nextWorkingMoment(at("2026-12-30", "10:00"), null)).isEqualTo(at("2026-12-30", "10:00"));
        assertThat(calendar.nextWorkingMoment(at("2026-12-30", "05:00"), null)).isEqualTo(at("2026-12-30", "07:30"));
        assertThat(calendar.nextWorkingMoment(at("2026-12-30", "18:00"), null)).isEqualTo(at("2026-12-31", "07:30"));
        assertThat(calendar.nextWorkingMoment(at("2026-12-31", "17:45"), null)).as("1/1 then the weekend")
                .isEqualTo(at("2027-01-04", "07:30"));
        assertThat(calendar.firstWorkingMomentFrom(LocalDate.parse("2027-02-06"), null)).as("Tết, then Friday 12/2")
                .isEqualTo(at("2027-02-12", "07:30"));
    }

    @Test
    void anOfficeWithItsOwnWorkingDaysAndQuietHoursKeepsThem() throws IOException {
        ReminderRules saturdays = new ReminderRules(WorkingCalendar.BUILT_IN.steps(), 7,
                java.util.EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), QuietHours.parse("12:00-13:30", "k"));
        WorkingCalendar calendar = calendar(FILE, Map.of("hai-hau-bdv", saturdays));
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-02"), "hai-hau-bdv")).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-02"), "bac-ai-mttq")).isFalse();
        assertThat(calendar.isQuietAt(at("2027-01-02", "12:30"), "hai-hau-bdv")).isTrue();
        assertThat(calendar.isQuietAt(at("2027-01-02", "20:00"), "hai-hau-bdv")).isFalse();
        assertThat(calendar.nextWorkingMoment(at("2027-01-02", "12:10"), "hai-hau-bdv")).isEqualTo(at("2027-01-02", "13:30"));
    }

    @Test
    void anOfficesSettingOverridesTheDefaultKeyByKey() {
        CalendarProperties.Reminders defaults = new CalendarProperties.Reminders(
                List.of(new CalendarProperties.Step(-5, null), new CalendarProperties.Step(1, true)), 3, null, "18:00-06:00");
        CalendarProperties.Reminders own = new CalendarProperties.Reminders(null, null,
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), null);
        ReminderRules rules = WorkingCalendar.rules(own, defaults, "reportbot.offices.x.reminders", WorkingCalendar.BUILT_IN);
        assertThat(rules.steps()).containsExactly(new ReminderStep(-5, false), new ReminderStep(1, true));
        assertThat(rules.repeatEveryDays()).isEqualTo(3);
        assertThat(rules.workingDays()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
        assertThat(rules.quietHours().toString()).isEqualTo("18:00-06:00");
        assertThatThrownBy(() -> WorkingCalendar.rules(new CalendarProperties.Reminders(null, null, null, "late"), null,
                "reportbot.reminders", WorkingCalendar.BUILT_IN)).isInstanceOf(CalendarException.class)
                .hasMessageContaining("reportbot.reminders.quiet-hours must be HH:mm-HH:mm");
    }

    @Test
    void aMalformedHolidaysFileNamesItsLine() throws IOException {
        Path file = folder.resolve("holidays.yml");
        Files.writeString(file, """
                holidays:
                  - date: 2027-01-01
                    name: Tết Dương lịch
                  - date: 2027-13-01
                    name: Sai
                """);
        assertThatThrownBy(() -> HolidaysFile.load(file)).isInstanceOf(CalendarException.class)
                .hasMessage(file + ":4: 'date' must be a day YYYY-MM-DD, not '2027-13-01'");
        Files.writeString(file, """
                holidays:
                  - date: 2027-04-15
                    lunar: "10/3"
                    name: Giỗ Tổ Hùng Vương
                """);
        assertThatThrownBy(() -> HolidaysFile.load(file)).isInstanceOf(CalendarException.class)
                .hasMessage(file + ":3: 'Giỗ Tổ Hùng Vương': 10/3 âm lịch is 2027-04-16, which is not 2027-04-15");
        Files.writeString(file, "holidays:\n  - name: Không ngày\n");
        assertThatThrownBy(() -> HolidaysFile.load(file)).hasMessageStartingWith(file + ":2: the entry needs 'date");
        Files.writeString(file, "holiday: []\n");
        assertThatThrownBy(() -> HolidaysFile.load(file)).hasMessageStartingWith(file + ":1: unknown key 'holiday'");
    }
}
