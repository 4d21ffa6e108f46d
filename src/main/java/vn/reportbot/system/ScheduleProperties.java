package vn.reportbot.system;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code reportbot.schedule.poll|reminders|digest}: a Quartz cron expression per job, in
 * {@code reportbot.zone}; an empty value turns that schedule off. {@code digest} is the default of every office's
 * {@code reportbot.offices.<office>.digest}. The reminders job runs every hour and decides by the clock whom to remind.
 */
@ConfigurationProperties("reportbot.schedule")
public record ScheduleProperties(@DefaultValue("0 */2 * * * ?") String poll,
                                 @DefaultValue("0 0 * * * ?") String reminders,
                                 @DefaultValue("0 30 16 ? * FRI") String digest) {

    Map<String, String> crons() {
        Map<String, String> crons = new LinkedHashMap<>();
        crons.put("poll", poll == null ? "" : poll.trim());
        crons.put("reminders", reminders == null ? "" : reminders.trim());
        crons.put("digest", digest == null ? "" : digest.trim());
        return crons;
    }
}
