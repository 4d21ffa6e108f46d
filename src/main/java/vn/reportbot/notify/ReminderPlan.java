package vn.reportbot.notify;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import vn.reportbot.calendar.ReminderRules;
import vn.reportbot.calendar.ReminderStep;
import vn.reportbot.calendar.WorkingCalendar;

/**
 * Which reminder step of one open task is to be sent at a moment. Each step has a day (the deadline plus its
 * {@code days}; after the last step, every {@code repeatEveryDays} days more) and is released at the first working
 * moment from the start of that day (a step falling on a holiday, a weekend or in quiet hours waits for the next
 * working moment). At a working moment the step sent is the latest one released: the earlier ones are superseded and
 * never sent late in a burst. The job sends it once (the outbox's dedupe key names it).
 *
 * <p>A period of a dispatch with a cadence has its due day for deadline, and its steps before the period starts are
 * skipped, and so are those after the next period's due day: a period that has been overtaken by the next one's
 * deadline is reminded no more on its own (the next period's reminders name it among the periods still owed), so a
 * unit that stops reporting gets one mail per step of the current period, not one per period it missed. A one-off
 * dispatch without a deadline is reminded every {@code repeatEveryDays} days from the day it was
 * issued (never, when it gives no day or repeats are off), without copy to the staff.
 */
final class ReminderPlan {

    /** A step to send: its key in the outbox, its day, whether the staff are copied, whether the deadline is past. */
    record Due(String key, LocalDate day, boolean copyStaff, boolean afterDeadline) {
    }

    private ReminderPlan() {
    }

    /**
     * @param deadline    the task's due day, or null (then {@code issuedOn} starts the weekly repeats)
     * @param periodStart the period's first day for a dispatch with a cadence, else null
     * @param overtakenOn the next period's due day for a dispatch with a cadence (no step after it is sent), else null
     */
    static Optional<Due> dueAt(ZonedDateTime now, WorkingCalendar calendar, String officeId, LocalDate deadline,
                               LocalDate issuedOn, LocalDate periodStart, LocalDate overtakenOn) {
        if (!calendar.isWorkingMoment(now, officeId)) {
            return Optional.empty();
        }
        ReminderRules rules = calendar.rulesFor(officeId);
        LocalDate today = now.withZoneSameInstant(calendar.zone()).toLocalDate();
        LocalDate anchor = deadline != null ? deadline : issuedOn;
        if (anchor == null) {
            return Optional.empty();
        }
        List<ReminderStep> steps = deadline != null ? rules.steps() : List.of();
        ReminderStep last = steps.isEmpty() ? new ReminderStep(0, false) : steps.get(steps.size() - 1);
        int every = rules.repeatEveryDays();
        // the repeats: the latest few whose day has come (a later one may wait for a working day yet)
        if (every > 0) {
            LocalDate firstRepeat = anchor.plusDays(last.days() + (long) every);
            if (!today.isBefore(firstRepeat)) {
                long k = ChronoUnit.DAYS.between(anchor.plusDays(last.days()), today) / every;
                for (long i = k; i >= Math.max(1, k - 3); i--) {
                    int days = (int) (last.days() + i * every);
                    Optional<Due> due = released(now, calendar, officeId, anchor, periodStart, overtakenOn,
                            deadline, new ReminderStep(days, deadline != null && last.copyStaff()));
                    if (due.isPresent()) {
                        return due;
                    }
                }
            }
        }
        for (int i = steps.size() - 1; i >= 0; i--) {
            Optional<Due> due = released(now, calendar, officeId, anchor, periodStart, overtakenOn, deadline,
                    steps.get(i));
            if (due.isPresent()) {
                return due;
            }
        }
        return Optional.empty();
    }

    private static Optional<Due> released(ZonedDateTime now, WorkingCalendar calendar, String officeId, LocalDate anchor,
                                          LocalDate periodStart, LocalDate overtakenOn, LocalDate deadline,
                                          ReminderStep step) {
        LocalDate day = anchor.plusDays(step.days());
        if (periodStart != null && day.isBefore(periodStart) || overtakenOn != null && day.isAfter(overtakenOn)) {
            return Optional.empty();
        }
        ZonedDateTime release = calendar.firstWorkingMomentFrom(day, officeId);
        if (release.isAfter(now)) {
            return Optional.empty();
        }
        LocalDate today = now.withZoneSameInstant(calendar.zone()).toLocalDate();
        boolean afterDeadline = deadline != null && today.isAfter(deadline);
        return Optional.of(new Due(deadline == null ? "i" + step.key().substring(1) : step.key(), day, step.copyStaff(),
                afterDeadline));
    }
}
