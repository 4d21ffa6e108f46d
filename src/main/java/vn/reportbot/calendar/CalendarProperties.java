package vn.reportbot.calendar;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code reportbot.holidays} (the holidays file), {@code reportbot.reminders.*} (the default reminder rules) and
 * {@code reportbot.offices.<id>.reminders.*} (one office's, each key overriding the default's). Other keys under
 * {@code reportbot.offices.<id>} belong to other modules and are not read here.
 */
@ConfigurationProperties("reportbot")
record CalendarProperties(@DefaultValue("config/holidays.yml") Path holidays, Reminders reminders,
                          Map<String, OfficeSettings> offices) {

    CalendarProperties {
        offices = offices == null ? Map.of() : Map.copyOf(offices);
    }

    /** Every field null when not set: an office's setting falls back on the default's, and that on the built-in. */
    record Reminders(List<Step> steps, Integer repeatEveryDays, List<DayOfWeek> workingDays, String quietHours) {
    }

    record Step(Integer days, Boolean copyStaff) {
    }

    record OfficeSettings(Reminders reminders) {
    }
}
