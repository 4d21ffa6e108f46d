package vn.reportbot.dispatch;

import java.time.DayOfWeek;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.reportbot.dispatchtext.Cadence;

/**
 * The dispatch module's settings under {@code reportbot.dispatch}. {@code default-cadence} and {@code default-weekday}:
 * what an open-ended {@code thường xuyên báo cáo} means for an office ({@code WEEKLY} or {@code MONTHLY}; the weekday
 * a weekly report is due), overridable per office under {@code reportbot.dispatch.offices.<id>.*}.
 * {@code close-after-days}: how many days after its deadline (a one-off dispatch) or the end of its last period (a
 * dispatch with a cadence and an end date) a dispatch closes on its own; 0 never closes one on its own.
 */
@ConfigurationProperties("reportbot.dispatch")
record CadenceDefaults(@DefaultValue("WEEKLY") Cadence.Frequency defaultCadence,
                       @DefaultValue("FRIDAY") DayOfWeek defaultWeekday, Map<String, OfficeCadence> offices,
                       @DefaultValue("30") int closeAfterDays) {

    /** Days after the deadline or last period a dispatch closes on its own, unless set. */
    static final int CLOSE_AFTER_DAYS = 30;

    /** One office's own defaults; either may be null to keep the global one. */
    public record OfficeCadence(Cadence.Frequency defaultCadence, DayOfWeek defaultWeekday) {
    }

    public CadenceDefaults {
        offices = offices == null ? Map.of() : Map.copyOf(offices);
        if (defaultCadence == Cadence.Frequency.ONGOING) {
            throw new vn.reportbot.system.SettingsException("reportbot.dispatch.default-cadence must be DAILY, WEEKLY,"
                    + " MONTHLY or QUARTERLY, not ONGOING");
        }
        if (closeAfterDays < 0) {
            throw new vn.reportbot.system.SettingsException("reportbot.dispatch.close-after-days must be 0 (never close"
                    + " a dispatch on its own) or a number of days, not " + closeAfterDays);
        }
    }

    /** The defaults of the built-in configuration: weekly, due on Friday; closed 30 days after the deadline. */
    public static CadenceDefaults standard() {
        return new CadenceDefaults(Cadence.Frequency.WEEKLY, DayOfWeek.FRIDAY, Map.of(), CLOSE_AFTER_DAYS);
    }

    /** The cadence as it applies to the office; null stays null. */
    public Cadence effective(String officeId, Cadence parsed) {
        if (parsed == null) {
            return null;
        }
        OfficeCadence own = offices.get(officeId);
        Cadence.Frequency frequency = own != null && own.defaultCadence() != null ? own.defaultCadence() : defaultCadence;
        DayOfWeek weekday = own != null && own.defaultWeekday() != null ? own.defaultWeekday() : defaultWeekday;
        return orDefault(parsed, frequency, weekday);
    }

    /** The cadence with an open-ended frequency replaced by the office's default. */
    private static Cadence orDefault(Cadence parsed, Cadence.Frequency defaultFrequency, DayOfWeek defaultWeekday) {
        if (parsed.frequency() != Cadence.Frequency.ONGOING) {
            return parsed.weekday() == null && parsed.frequency() == Cadence.Frequency.WEEKLY
                    ? new Cadence(parsed.frequency(), defaultWeekday, parsed.dayOfMonth(), parsed.time(), parsed.phrase())
                    : parsed;
        }
        return new Cadence(defaultFrequency, defaultFrequency == Cadence.Frequency.WEEKLY ? defaultWeekday : null, null,
                parsed.time(), parsed.phrase());
    }
}
