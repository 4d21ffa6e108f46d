package vn.reportbot.calendar;

import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * How one office reminds: the steps relative to a deadline (in order), how often a unit is reminded after the last
 * step until the dispatch is closed ({@code repeatEveryDays}, 0 for never; those repeats copy the staff as the last
 * step does), the working days and the quiet hours.
 */
public record ReminderRules(List<ReminderStep> steps, int repeatEveryDays, Set<DayOfWeek> workingDays,
                            QuietHours quietHours) {

    public ReminderRules {
        steps = steps.stream().sorted(Comparator.comparingInt(ReminderStep::days)).toList();
        workingDays = Set.copyOf(workingDays);
    }
}
