package vn.reportbot.notify;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.Office;
import vn.reportbot.directory.Unit;
import vn.reportbot.dispatch.DispatchCatalog;
import vn.reportbot.dispatch.KnownDispatch;
import vn.reportbot.dispatch.ReportingPeriods;
import vn.reportbot.dispatchtext.DispatchTask;
import vn.reportbot.system.BotJob;
import vn.reportbot.system.JobResult;
import vn.reportbot.task.ReportingTask;
import vn.reportbot.task.TaskLedger;

/**
 * Reminds every unit whose task is still open: for a dispatch with a deadline from
 * {@code remind-days-before} days before it, for one without a deadline on every run. A unit gets at
 * most one reminder per dispatch per day, however often the job runs or the service restarts.
 */
@Component
class ReminderJob implements BotJob {

    private final Directory directory;
    private final DispatchCatalog dispatches;
    private final TaskLedger tasks;
    private final MailQueue mails;
    private final OutboxSender sender;
    private final NotifyProperties properties;
    private final Clock clock;
    private final ReportingPeriods periods;

    ReminderJob(Directory directory, DispatchCatalog dispatches, TaskLedger tasks, MailQueue mails, OutboxSender sender,
                NotifyProperties properties, Clock clock, ReportingPeriods periods) {
        this.periods = periods;
        this.directory = directory;
        this.dispatches = dispatches;
        this.tasks = tasks;
        this.mails = mails;
        this.sender = sender;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "reminders";
    }

    @Override
    public JobResult run(Optional<String> officeId) {
        LocalDate today = LocalDate.now(clock);
        List<Office> offices = directory.officesOrOne(officeId);
        periods.openCurrentPeriods(officeId);
        int queued = 0;
        List<String> details = new ArrayList<>();
        for (Office office : offices) {
            for (KnownDispatch dispatch : dispatches.openDispatchesOf(office.id(), today)) {
                Map<String, List<ReportingTask>> dueByUnit = new java.util.LinkedHashMap<>();
                for (ReportingTask task : tasks.openTasksOf(dispatch.id())) {
                    if (isDueForReminder(task, today)) {
                        dueByUnit.computeIfAbsent(task.unitId(), u -> new ArrayList<>()).add(task);
                    }
                }
                int forDispatch = 0;
                for (var entry : dueByUnit.entrySet()) {
                    Optional<Unit> unit = office.unit(entry.getKey());
                    if (unit.isPresent() && remind(office, unit.get(), dispatch, entry.getValue(), today)) {
                        forDispatch++;
                    }
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

    private boolean isDueForReminder(ReportingTask task, LocalDate today) {
        boolean begun = task.periodStart() == null || !task.periodStart().isAfter(today);
        boolean close = task.dueOn() == null || !today.isBefore(task.dueOn().minusDays(properties.remindDaysBefore()));
        return begun && close;
    }

    private boolean remind(Office office, Unit unit, KnownDispatch dispatch, List<ReportingTask> open, LocalDate today) {
        String key = "reminder:" + dispatch.id() + ":" + unit.id() + ":" + today;
        return mails.queue(new OutgoingMail(key, "reminder", office.id(), dispatch.id(), unit.id(), unit.emails(), null),
                "reminder", model(office, unit, dispatch, open, today));
    }

    /** The template model of the reminder to that unit of its open tasks of the dispatch (the latest last). */
    static Map<String, Object> model(Office office, Unit unit, KnownDispatch dispatch, List<ReportingTask> open,
                                     LocalDate today) {
        LocalDate due = open.get(open.size() - 1).dueOn();
        Map<String, Object> model = MailModel.about(office, unit, dispatch);
        model.put("deadline", due == null ? "" : MailModel.DAY.format(due));
        model.put("overdue", open.stream().anyMatch(t -> t.dueOn() != null && today.isAfter(t.dueOn())));
        model.put("periods", open.stream().map(t -> dispatch.periodLabel(t.periodStart())).filter(l -> !l.isEmpty())
                .toList());
        model.put("tasks", dispatch.tasks().stream().map(ReminderJob::taskModel).toList());
        return model;
    }

    private static Map<String, Object> taskModel(DispatchTask task) {
        return Map.of("ordinal", task.ordinal(), "text", task.text());
    }
}
