package vn.reportbot.notify;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

import vn.reportbot.calendar.WorkingCalendar;
import vn.reportbot.directory.Directory;
import vn.reportbot.directory.Office;
import vn.reportbot.directory.StaffMember;
import vn.reportbot.directory.Unit;
import vn.reportbot.dispatch.DispatchCatalog;
import vn.reportbot.dispatch.KnownDispatch;
import vn.reportbot.dispatch.ReportingPeriod;
import vn.reportbot.dispatch.ReportingPeriods;
import vn.reportbot.dispatchtext.DispatchTask;
import vn.reportbot.system.BotJob;
import vn.reportbot.system.JobResult;
import vn.reportbot.task.ReportingTask;
import vn.reportbot.task.TaskLedger;

/**
 * Reminds each unit of what it still owes, step by step from each deadline ({@link ReminderPlan}): for every open
 * dispatch of the office, every task still open (per unit and period), the step the clock has reached, if any and if
 * not sent yet (at most once per dispatch, unit, period and step: the outbox's dedupe key
 * {@code reminder:DISPATCH:UNIT:PERIOD:STEP}). Nothing is sent on a holiday, on a day off or in quiet hours, nor after
 * the unit reported; a task partly reported is reminded of its open numbered tasks only. Steps marked
 * {@code copy-staff} go with the office's staff in Cc. The job is meant to run often (hourly) and decides by the clock.
 *
 * <p>The reminders are queued {@link #QUEUED_TOGETHER} to a transaction, not one commit each (a province's fan-out
 * is thousands), and sent once all are queued: nothing leaves before the decision to send it is committed.
 */
@Component
class ReminderJob implements BotJob {

    private final Directory directory;
    private final DispatchCatalog dispatches;
    private final TaskLedger tasks;
    private final MailQueue mails;
    private final OutboxSender sender;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final ReportingPeriods periods;
    private final TransactionOperations transactions;

    /** How many tasks' reminders are queued in one transaction. */
    static final int QUEUED_TOGETHER = 200;

    ReminderJob(Directory directory, DispatchCatalog dispatches, TaskLedger tasks, MailQueue mails, OutboxSender sender,
                WorkingCalendar calendar, Clock clock, ReportingPeriods periods, PlatformTransactionManager transactions) {
        this.periods = periods;
        this.transactions = new TransactionTemplate(transactions);
        this.directory = directory;
        this.dispatches = dispatches;
        this.tasks = tasks;
        this.mails = mails;
        this.sender = sender;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "reminders";
    }

    @Override
    public JobResult run(Optional<String> officeId) {
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(calendar.zone());
        LocalDate today = now.toLocalDate();
        List<Office> offices = directory.officesOrOne(officeId);
        periods.openCurrentPeriods(officeId);
        int queued = 0;
        List<String> details = new ArrayList<>();
        for (Office office : offices) {
            if (!calendar.isWorkingMoment(now, office.id())) {
                continue;
            }
            for (KnownDispatch dispatch : dispatches.openDispatchesOf(office.id(), today)) {
                int forDispatch = 0;
                List<ReportingTask> open = tasks.openTasksOf(dispatch.id());
                Map<String, List<ReportingTask>> openOfUnit = open.stream()
                        .collect(java.util.stream.Collectors.groupingBy(ReportingTask::unitId));
                for (int from = 0; from < open.size(); from += QUEUED_TOGETHER) {
                    List<ReportingTask> some = open.subList(from, Math.min(open.size(), from + QUEUED_TOGETHER));
                    Integer queuedNow = transactions.execute(status -> remindAll(office, dispatch, some, openOfUnit, now));
                    forDispatch += queuedNow == null ? 0 : queuedNow;
                }
                if (forDispatch > 0) {
                    details.add(office.id() + " " + dispatch.number() + ": " + forDispatch + " reminder(s) queued");
                }
                queued += forDispatch;
            }
        }
        int sent = sender.flush();
        return new JobResult(name(), officeId.orElse(null), 0, queued, sent, details);
    }

    /**
     * Queues the reminders due now of {@code some} of the dispatch's open tasks ({@code openOfUnit}: all of them, by
     * unit); returns how many.
     */
    private int remindAll(Office office, KnownDispatch dispatch, List<ReportingTask> some,
                          Map<String, List<ReportingTask>> openOfUnit, ZonedDateTime now) {
        int queued = 0;
        LocalDate today = now.toLocalDate();
        for (ReportingTask task : some) {
            Optional<Unit> unit = office.unit(task.unitId());
            if (unit.isEmpty()) {
                continue;
            }
            boolean periodic = dispatch.cadence() != null && task.periodStart() != null;
            Optional<ReminderPlan.Due> due = ReminderPlan.dueAt(now, calendar, office.id(), task.dueOn(),
                    dispatch.issuedOn(), periodic ? task.periodStart() : null,
                    periodic ? nextPeriodDue(dispatch, task) : null);
            if (due.isPresent() && remind(office, unit.get(), dispatch, task, due.get(), today,
                    earlierPeriods(dispatch, task, openOfUnit.get(task.unitId())))) {
                queued++;
            }
        }
        return queued;
    }

    /** The due day of the period after the task's, which overtakes it. */
    private static LocalDate nextPeriodDue(KnownDispatch dispatch, ReportingTask task) {
        ReportingPeriod period = ReportingPeriod.containing(dispatch.cadence(), task.periodStart());
        return ReportingPeriod.containing(dispatch.cadence(), period.end().plusDays(1)).due();
    }

    /**
     * The unit's other periods of the dispatch, begun before the task's and still open ({@code unitOpen}: the unit's
     * open tasks of the dispatch), as people name them.
     */
    private static List<String> earlierPeriods(KnownDispatch dispatch, ReportingTask task, List<ReportingTask> unitOpen) {
        if (dispatch.cadence() == null || task.periodStart() == null) {
            return List.of();
        }
        return unitOpen.stream().filter(t -> t.periodStart() != null
                        && t.periodStart().isBefore(task.periodStart()))
                .sorted(java.util.Comparator.comparing(ReportingTask::periodStart))
                .map(t -> dispatch.periodLabel(t.periodStart())).toList();
    }

    private boolean remind(Office office, Unit unit, KnownDispatch dispatch, ReportingTask task, ReminderPlan.Due due,
                           LocalDate today, List<String> earlierPeriods) {
        String period = task.period() == null || task.period().isEmpty() ? "once" : task.period();
        String key = "reminder:" + dispatch.id() + ":" + unit.id() + ":" + period + ":" + due.key();
        List<String> cc = due.copyStaff() ? office.staff().stream().map(StaffMember::email).toList() : List.of();
        return mails.queue(new OutgoingMail(key, "reminder", office.id(), dispatch.id(), unit.id(), unit.emails(), null)
                        .withCc(cc), "reminder", model(office, unit, dispatch, task, today, !cc.isEmpty(), earlierPeriods));
    }

    /**
     * The template model of the reminder to that unit of one open task (one period) of the dispatch: what
     * {@link MailModel#about} gives, and {@code missing} (the numbered tasks still owed: ordinal, text),
     * {@code missingNumbers} ("3, 4, 5"), {@code partial} (some were reported), {@code tasks} (all of them),
     * {@code periodLabel} ({@code tuần 48/2026 (…)}, empty for a one-off dispatch), {@code deadline} (dd/MM/yyyy,
     * empty without one), {@code deadlineTime} (HH:mm when the dispatch gives the hour, else empty), {@code overdue},
     * {@code staffCopied}, {@code earlierPeriods} (the unit's earlier periods of the dispatch still owed, oldest first).
     */
    static Map<String, Object> model(Office office, Unit unit, KnownDispatch dispatch, ReportingTask task, LocalDate today,
                                     boolean staffCopied, List<String> earlierPeriods) {
        Map<String, Object> model = MailModel.about(office, unit, dispatch);
        List<Integer> ordinals = dispatch.tasks().stream().map(DispatchTask::ordinal).toList();
        List<Integer> open = task.openOrdinals(ordinals);
        List<Map<String, Object>> missing = dispatch.tasks().stream().filter(t -> open.contains(t.ordinal()))
                .map(ReminderJob::taskModel).toList();
        model.put("missing", missing);
        model.put("missingNumbers", String.join(", ", open.stream().map(String::valueOf).toList()));
        model.put("partial", !open.isEmpty() && open.size() < ordinals.size());
        model.put("tasks", dispatch.tasks().stream().map(ReminderJob::taskModel).toList());
        model.put("periodLabel", dispatch.cadence() == null ? "" : dispatch.periodLabel(task.periodStart()));
        LocalDate due = task.dueOn();
        model.put("deadline", due == null ? "" : MailModel.DAY.format(due));
        model.put("deadlineTime", due != null && dispatch.cadence() != null && dispatch.cadence().time() != null
                ? dispatch.cadence().time().toString() : "");
        model.put("overdue", due != null && today.isAfter(due));
        model.put("staffCopied", staffCopied);
        model.put("earlierPeriods", earlierPeriods);
        return model;
    }

    private static Map<String, Object> taskModel(DispatchTask task) {
        return Map.of("ordinal", task.ordinal(), "text", task.text());
    }
}
