package vn.reportbot.system;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.quartz.CronExpression;
import org.quartz.TriggerKey;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * The triggers the settings ask for: one per job on {@code reportbot.schedule.<job>}, except a job scheduled per
 * office (the digest), which gets one per office on {@code reportbot.offices.<office>.<job>}, by default the job's
 * {@code reportbot.schedule} cron. An empty cron asks for no trigger.
 */
record SchedulePlan(ZoneId zone, Map<TriggerKey, Planned> triggers, List<String> warnings) {

    static final String GROUP = "reportbot";

    /** One trigger: the job it fires, for which office (or all), on which cron, from which setting. */
    record Planned(TriggerKey key, String job, Optional<String> office, String cron, String setting) {

        String describe() {
            return "job " + job + office.map(o -> " for " + o).orElse("");
        }
    }

    static SchedulePlan of(ScheduleProperties schedule, SystemProperties system, JobRunner runner) {
        Map<TriggerKey, Planned> triggers = new LinkedHashMap<>();
        List<String> warnings = new java.util.ArrayList<>();
        for (var entry : schedule.crons().entrySet()) {
            String job = entry.getKey();
            if (!runner.knows(job)) {
                throw new SettingsException("reportbot.schedule." + job + ": there is no job called '" + job
                        + "'; jobs: " + String.join(", ", runner.names()));
            }
            String cron = valid("reportbot.schedule." + job, entry.getValue(), warnings);
            List<String> offices = runner.officesScheduledApart(job);
            if (offices.isEmpty()) {
                if (!cron.isBlank()) {
                    TriggerKey key = TriggerKey.triggerKey(job, GROUP);
                    triggers.put(key, new Planned(key, job, Optional.empty(), cron, "reportbot.schedule." + job));
                }
                continue;
            }
            for (String office : offices) {
                String setting = "reportbot.offices." + office + "." + job;
                String own = valid(setting, officeCron(ownSetting(system, office, job), cron), warnings);
                if (!own.isBlank()) {
                    TriggerKey key = TriggerKey.triggerKey(job + "." + office, GROUP);
                    triggers.put(key, new Planned(key, job, Optional.of(office), own, setting));
                }
            }
            for (String configured : system.offices().keySet()) {
                if (!offices.contains(configured) && ownSetting(system, configured, job) != null) {
                    warnings.add("reportbot.offices." + configured + "." + job + ": there is no office '" + configured
                            + "' in the directory; offices: " + String.join(", ", offices));
                }
            }
        }
        return new SchedulePlan(system.zone(), triggers, List.copyOf(warnings));
    }

    /** The plan as the settings in {@code binder} ask for it, as at start-up. */
    static SchedulePlan of(Binder binder, JobRunner runner) {
        ScheduleProperties schedule = binder.bindOrCreate("reportbot.schedule", ScheduleProperties.class);
        Map<String, SystemProperties.OfficeSchedule> offices = binder.bind("reportbot.offices",
                Bindable.mapOf(String.class, SystemProperties.OfficeSchedule.class)).orElse(Map.of());
        ZoneId zone = binder.bind("reportbot.zone", ZoneId.class).orElse(ZoneId.of("Asia/Ho_Chi_Minh"));
        return of(schedule, new SystemProperties(null, zone, offices), runner);
    }

    private static String ownSetting(SystemProperties system, String office, String job) {
        SystemProperties.OfficeSchedule own = system.offices().get(office);
        return own == null || !"digest".equals(job) ? null : own.digest();
    }

    /**
     * The office's cron: its own, or {@code DAILY} (every day at the default's time), {@code WEEKLY} (at that time on
     * the default's day of the week), or, unset, the default. Without a default the time is 16:30, the day Friday.
     */
    static String officeCron(String own, String defaultCron) {
        if (own == null) {
            return defaultCron;
        }
        String shorthand = own.trim().toUpperCase(Locale.ROOT);
        if (!shorthand.equals("DAILY") && !shorthand.equals("WEEKLY")) {
            return own.trim();
        }
        String[] fields = defaultCron.isBlank() ? new String[0] : defaultCron.trim().split("\\s+");
        String time = fields.length >= 6 ? fields[0] + " " + fields[1] + " " + fields[2] : "0 30 16";
        if (shorthand.equals("DAILY")) {
            return time + " * * ?";
        }
        String day = fields.length >= 6 && !fields[5].equals("?") && !fields[5].equals("*") ? fields[5] : "FRI";
        return time + " ? * " + day;
    }

    private static String valid(String setting, String cron, List<String> warnings) {
        if (cron.isBlank()) {
            return cron;
        }
        if (!CronExpression.isValidExpression(cron)) {
            throw new SettingsException(setting + ": '" + cron + "' is not a Quartz cron expression (seconds minutes"
                    + " hours day-of-month month day-of-week)" + (setting.startsWith("reportbot.offices.")
                    ? ", DAILY or WEEKLY" : ""));
        }
        try {
            if (new CronExpression(cron).getNextValidTimeAfter(new java.util.Date()) == null) {
                warnings.add(setting + ": '" + cron + "' names no time from now on; that job is not scheduled");
                return "";
            }
        } catch (java.text.ParseException e) {
            throw new SettingsException(setting + ": '" + cron + "' is not a Quartz cron expression", e);
        }
        return cron;
    }
}
