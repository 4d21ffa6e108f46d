package vn.reportbot.system;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code reportbot.data-dir}: where the embedded database and raw messages live;
 * {@code reportbot.zone}: the offices' time zone, for days, deadlines and schedules;
 * {@code reportbot.offices.<office>.digest}: the office's own digest schedule (other keys under an office belong to
 * other modules and are not read here).
 */
@ConfigurationProperties("reportbot")
public record SystemProperties(@DefaultValue("data") Path dataDir, @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
                               Map<String, OfficeSchedule> offices) {

    public SystemProperties {
        offices = offices == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(offices));
    }

    /**
     * An office's schedule: {@code digest} a Quartz cron, {@code DAILY} or {@code WEEKLY}, empty for none; unset
     * (null), the office's digest follows {@code reportbot.schedule.digest}.
     */
    public record OfficeSchedule(String digest) {
    }
}
