package vn.reportbot.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The lunar calendar as Vietnam counts it (new moons and solar terms at UTC+7), against days everyone knows, and
 * every lunar-dated entry of the project's {@code config/holidays.yml} against it.
 */
class LunarCalendarTests {

    @Test
    void theLunarNewYearFallsOnTheKnownDays() {
        assertThat(LunarCalendar.newYear(2020)).isEqualTo("2020-01-25");
        assertThat(LunarCalendar.newYear(2021)).isEqualTo("2021-02-12");
        assertThat(LunarCalendar.newYear(2024)).isEqualTo("2024-02-10");
        assertThat(LunarCalendar.newYear(2025)).isEqualTo("2025-01-29");
        assertThat(LunarCalendar.newYear(2026)).isEqualTo("2026-02-17");
        assertThat(LunarCalendar.newYear(2027)).isEqualTo("2027-02-06");
        assertThat(LunarCalendar.newYear(2028)).isEqualTo("2028-01-26");
        assertThat(LunarCalendar.newYear(2029)).isEqualTo("2029-02-13");
        assertThat(LunarCalendar.newYear(2031)).isEqualTo("2031-01-23");
    }

    /**
     * The new moon of February 2030 is at 16:08 UT on the 2nd: 23:08 in Vietnam, 00:08 on the 3rd in China. Tết Canh
     * Tuất is 02/02/2030 in Vietnam, a day before the Chinese new year (as in 1985 and 2007).
     */
    @Test
    void tetCanhTuat2030IsTheSecondOfFebruaryInVietnamADayBeforeChina() {
        assertThat(LunarCalendar.newYear(2030)).isEqualTo("2030-02-02");
        assertThat(LunarCalendar.newYear(2007)).as("Tết Đinh Hợi, a day before China's too").isEqualTo("2007-02-17");
        assertThat(LunarCalendar.newYear(1985)).as("Tết Ất Sửu, a month before China's").isEqualTo("1985-01-21");
    }

    @Test
    void gioToHungVuongFallsOnTheKnownDays() {
        assertThat(LunarCalendar.toSolar(2020, 3, 10)).isEqualTo("2020-04-02");
        assertThat(LunarCalendar.toSolar(2022, 3, 10)).isEqualTo("2022-04-10");
        assertThat(LunarCalendar.toSolar(2023, 3, 10)).as("2023 has a leap second month").isEqualTo("2023-04-29");
        assertThat(LunarCalendar.toSolar(2024, 3, 10)).isEqualTo("2024-04-18");
        assertThat(LunarCalendar.toSolar(2025, 3, 10)).isEqualTo("2025-04-07");
    }

    @Test
    void theLastDayOfTheLunarYearIsTheEveOfTheNext() {
        assertThat(LunarCalendar.lastDayOfYear(2025)).isEqualTo("2026-02-16");
        assertThat(LunarCalendar.lastDayOfYear(2026)).isEqualTo("2027-02-05");
    }

    @Test
    void everyTetAndGioToEntryOfTheHolidaysFileAgreesWithTheLunarCalendarFrom2026To2031() {
        HolidaysFile.Holidays holidays = HolidaysFile.load(Path.of("config/holidays.yml"));
        for (int year = 2026; year <= 2031; year++) {
            int y = year;
            List<HolidaysFile.Entry> ofYear = holidays.entries().stream().filter(e -> e.from().getYear() == y
                    || e.to().getYear() == y).toList();
            HolidaysFile.Entry tet = ofYear.stream().filter(e -> e.name().startsWith("Tết Nguyên đán")).findFirst()
                    .orElseThrow(() -> new AssertionError("no Tết Nguyên đán in " + y));
            assertThat(tet.lunar()).isEqualTo("1/1");
            LocalDate newYear = LunarCalendar.newYear(year);
            LocalDate eve = LunarCalendar.lastDayOfYear(year - 1);
            for (LocalDate d = eve; !d.isAfter(newYear.plusDays(3)); d = d.plusDays(1)) {
                assertThat(tet.contains(d)).as("%s: %s (the eve and mùng 1 – 4 are days off)", tet.name(), d).isTrue();
            }
            assertThat(holidays.daysOff()).containsKey(LocalDate.of(year, 1, 1)).containsKey(LocalDate.of(year, 4, 30))
                    .containsKey(LocalDate.of(year, 5, 1)).containsKey(LocalDate.of(year, 9, 2));
            assertThat(holidays.daysOff().containsKey(LocalDate.of(year, 9, 1))
                    || holidays.daysOff().containsKey(LocalDate.of(year, 9, 3))).as("a day beside 2/9 in %s", y).isTrue();
            HolidaysFile.Entry gioTo = ofYear.stream().filter(e -> e.name().startsWith("Giỗ Tổ Hùng Vương"))
                    .findFirst().orElseThrow(() -> new AssertionError("no Giỗ Tổ Hùng Vương in " + y));
            assertThat(gioTo.lunar()).isEqualTo("10/3");
            assertThat(gioTo.from()).as(gioTo.name() + " " + y).isEqualTo(LunarCalendar.toSolar(year, 3, 10))
                    .isEqualTo(gioTo.to());
        }
        assertThat(holidays.daysOff()).as("Tết Bính Ngọ 2026 as the government announced it")
                .containsKeys(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 22));
    }

    @Test
    void aHolidayFallingOnAWeekendHasItsCompensatoryDayOff() {
        HolidaysFile.Holidays holidays = HolidaysFile.load(Path.of("config/holidays.yml"));
        assertThat(holidays.daysOff().get(LocalDate.of(2026, 4, 27))).startsWith("Nghỉ bù Giỗ Tổ Hùng Vương");
        assertThat(holidays.daysOff().get(LocalDate.of(2028, 1, 3))).startsWith("Nghỉ bù Tết Dương lịch");
        assertThat(holidays.daysOff().get(LocalDate.of(2027, 5, 3))).startsWith("Nghỉ bù");
    }
}
