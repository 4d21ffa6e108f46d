package vn.reportbot.system;

import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code reportbot.data-dir}: where the embedded database and raw messages live;
 * {@code reportbot.zone}: the offices' time zone, for days, deadlines and schedules.
 */
@ConfigurationProperties("reportbot")
public record SystemProperties(@DefaultValue("data") Path dataDir, @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone) {
}
