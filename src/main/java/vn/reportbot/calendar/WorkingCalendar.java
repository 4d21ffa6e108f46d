package vn.reportbot.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Working time per office: a day is a working day when it is a compensatory working day (làm bù) of the holidays
 * file, or one of the office's working days that is no public holiday; a moment is a working moment on a working day
 * outside the office's quiet hours. Times are in {@code reportbot.zone}.
 */
public final class WorkingCalendar {

    /** The built-in reminder rules: 3 days before, on the day, 2 days after (staff copied), then weekly. */
    public static final ReminderRules BUILT_IN = new ReminderRules(
            List.of(new ReminderStep(-3, false), new ReminderStep(0, false), new ReminderStep(2, true)), 7,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), new QuietHours(LocalTime.of(17, 30), LocalTime.of(7, 30)));

    private final Map<LocalDate, String> daysOff;
    private final Map<LocalDate, String> workingDays;
    private final ReminderRules defaults;
    private final Map<String, ReminderRules> byOffice;
    private final ZoneId zone;

    /**
     * @param daysOff     public holidays (day → name)
     * @param workingDays compensatory working days (day → name)
     */
    public WorkingCalendar(Map<LocalDate, String> daysOff, Map<LocalDate, String> workingDays, ReminderRules defaults,
                           Map<String, ReminderRules> byOffice, ZoneId zone) {
        this.daysOff = Map.copyOf(daysOff);
        this.workingDays = Map.copyOf(workingDays);
        this.defaults = defaults;
        this.byOffice = Map.copyOf(byOffice);
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The office's rules (the default ones for an office without its own). */
    public ReminderRules rulesFor(String officeId) {
        return officeId == null ? defaults : byOffice.getOrDefault(officeId, defaults);
    }

    /** The public holiday on that day, by its name in the holidays file. */
    public Optional<String> holiday(LocalDate day) {
        return Optional.ofNullable(daysOff.get(day));
    }

    /** Whether that day is a compensatory working day (làm bù). */
    public boolean isCompensatoryWorkingDay(LocalDate day) {
        return workingDays.containsKey(day);
    }

    /** A working day by the default rules. */
    public boolean isWorkingDay(LocalDate day) {
        return isWorkingDay(day, null);
    }

    public boolean isWorkingDay(LocalDate day, String officeId) {
        if (workingDays.containsKey(day)) {
            return true;
        }
        return !daysOff.containsKey(day) && rulesFor(officeId).workingDays().contains(day.getDayOfWeek());
    }

    /** Whether that moment falls in the office's quiet hours. */
    public boolean isQuietAt(ZonedDateTime moment, String officeId) {
        return rulesFor(officeId).quietHours().contains(moment.withZoneSameInstant(zone).toLocalTime());
    }

    public boolean isWorkingMoment(ZonedDateTime moment, String officeId) {
        ZonedDateTime local = moment.withZoneSameInstant(zone);
        return isWorkingDay(local.toLocalDate(), officeId) && !isQuietAt(local, officeId);
    }

    /** The first working moment at or after {@code from}: itself, the end of its quiet hours, or a later day's. */
    public ZonedDateTime nextWorkingMoment(ZonedDateTime from, String officeId) {
        QuietHours quiet = rulesFor(officeId).quietHours();
        ZonedDateTime t = from.withZoneSameInstant(zone);
        for (int i = 0; i < 2 * 800; i++) {
            if (!isWorkingDay(t.toLocalDate(), officeId)) {
                t = t.toLocalDate().plusDays(1).atStartOfDay(zone);
                continue;
            }
            if (!quiet.contains(t.toLocalTime())) {
                return t;
            }
            boolean beforeEnd = t.toLocalTime().isBefore(quiet.end());
            t = (beforeEnd ? t.toLocalDate() : t.toLocalDate().plusDays(1)).atTime(quiet.end()).atZone(zone);
        }
        throw new IllegalStateException("no working moment within two years of " + from + " for office " + officeId);
    }

    /** The first working moment of that day or after it. */
    public ZonedDateTime firstWorkingMomentFrom(LocalDate day, String officeId) {
        return nextWorkingMoment(day.atStartOfDay(zone), officeId);
    }

    /** The rules of the settings, an office's over the default's over the built-in; wrong settings name their key. */
    static ReminderRules rules(CalendarProperties.Reminders own, CalendarProperties.Reminders fallback, String prefix,
                               ReminderRules builtIn) {
        CalendarProperties.Reminders none = new CalendarProperties.Reminders(null, null, null, null);
        CalendarProperties.Reminders mine = own == null ? none : own;
        CalendarProperties.Reminders theirs = fallback == null ? none : fallback;
        List<ReminderStep> steps;
        List<CalendarProperties.Step> given = mine.steps() != null ? mine.steps() : theirs.steps();
        if (given == null) {
            steps = builtIn.steps();
        } else {
            Set<Integer> seen = new HashSet<>();
            steps = new java.util.ArrayList<>();
            for (int i = 0; i < given.size(); i++) {
                CalendarProperties.Step step = given.get(i);
                if (step == null || step.days() == null) {
                    throw new CalendarException(prefix + ".steps[" + i + "].days is required (days relative to the"
                            + " deadline: -3 three days before, 0 on the day, 2 two days after)");
                }
                if (!seen.add(step.days())) {
                    throw new CalendarException(prefix + ".steps[" + i + "].days: " + step.days() + " is given twice");
                }
                steps.add(new ReminderStep(step.days(), Boolean.TRUE.equals(step.copyStaff())));
            }
        }
        Integer repeat = mine.repeatEveryDays() != null ? mine.repeatEveryDays() : theirs.repeatEveryDays();
        int repeatEvery = repeat == null ? builtIn.repeatEveryDays() : repeat;
        if (repeatEvery < 0) {
            throw new CalendarException(prefix + ".repeat-every-days must be 0 (no repeat) or more, not " + repeatEvery);
        }
        List<DayOfWeek> days = mine.workingDays() != null ? mine.workingDays() : theirs.workingDays();
        Set<DayOfWeek> workingDays = days == null ? builtIn.workingDays() : Set.copyOf(days);
        if (workingDays.isEmpty()) {
            throw new CalendarException(prefix + ".working-days is empty: at least one day of the week is needed");
        }
        String quietText = mine.quietHours() != null ? mine.quietHours() : theirs.quietHours();
        QuietHours quiet = quietText == null ? builtIn.quietHours() : QuietHours.parse(quietText, prefix + ".quiet-hours");
        return new ReminderRules(steps, repeatEvery, workingDays, quiet);
    }
}
