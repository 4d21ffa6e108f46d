package vn.reportbot.system;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.TimeZone;

import org.quartz.CronExpression;

/**
 * The time a fire of a cron trigger is for: the latest time at or before the fire that the cron names. A trigger
 * that fires on time fires at its slot; one that misfired (the service was down over it) fires later, once, for the
 * slot it missed; a second fire for the same slot (a restart, a second instance) names the same slot again, so a
 * job keyed by it acts once.
 */
final class ScheduleSlot {

    /** The longest gap looked back over: a cron that names no time within it has its fire time as slot. */
    private static final Duration FURTHEST = Duration.ofDays(800);

    private ScheduleSlot() {
    }

    static ZonedDateTime of(String cron, ZoneId zone, Instant fired) {
        CronExpression expression;
        try {
            expression = new CronExpression(cron);
        } catch (ParseException e) {
            throw new IllegalArgumentException("'" + cron + "' is not a Quartz cron expression", e);
        }
        expression.setTimeZone(TimeZone.getTimeZone(zone));
        Date at = Date.from(fired);
        // look back a minute, then twice as far, until the cron names a time at or before the fire
        for (Duration back = Duration.ofMinutes(1); back.compareTo(FURTHEST) <= 0; back = back.multipliedBy(2)) {
            Date candidate = expression.getNextValidTimeAfter(Date.from(fired.minus(back)));
            if (candidate != null && !candidate.after(at)) {
                Date next = expression.getNextValidTimeAfter(candidate);
                while (next != null && !next.after(at)) {
                    candidate = next;
                    next = expression.getNextValidTimeAfter(candidate);
                }
                return ZonedDateTime.ofInstant(candidate.toInstant(), zone);
            }
        }
        return ZonedDateTime.ofInstant(fired, zone);
    }
}
