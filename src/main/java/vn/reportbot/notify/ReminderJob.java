package vn.reportbot.notify;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.Office;
import vn.reportbot.directory.Unit;
import vn.reportbot.dispatch.DispatchCatalog;
import vn.reportbot.dispatch.DispatchTask;
import vn.reportbot.dispatch.KnownDispatch;
import vn.reportbot.system.BotJob;
import vn.reportbot.system.JobResult;
import vn.reportbot.task.ReportingTask;
import vn.reportbot.task.TaskLedger;
import vn.reportbot.templates.TemplateRenderer;

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
    private final Outbox outbox;
    private final OutboxSender sender;
    private final TemplateRenderer templates;
    private final NotifyProperties properties;
    private final Clock clock;

    ReminderJob(Directory directory, DispatchCatalog dispatches, TaskLedger tasks, Outbox outbox, OutboxSender sender,
                TemplateRenderer templates, NotifyProperties properties, Clock clock) {
        this.directory = directory;
        this.dispatches = dispatches;
        this.tasks = tasks;
        this.outbox = outbox;
        this.sender = sender;
        this.templates = templates;
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
        List<Office> offices = officeId.map(id -> List.of(directory.requireOffice(id))).orElse(directory.offices());
        int queued = 0;
        List<String> details = new ArrayList<>();
        for (Office office : offices) {
            for (KnownDispatch dispatch : dispatches.dispatchesOf(office.id())) {
                if (dispatch.deadline() != null && today.isBefore(dispatch.deadline().minusDays(properties.remindDaysBefore()))) {
                    continue;
                }
                int forDispatch = 0;
                for (ReportingTask task : tasks.openTasksOf(dispatch.id())) {
                    Optional<Unit> unit = office.unit(task.unitId());
                    if (unit.isPresent() && remind(office, unit.get(), dispatch, today)) {
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

    private boolean remind(Office office, Unit unit, KnownDispatch dispatch, LocalDate today) {
        Map<String, Object> model = new HashMap<>();
        model.put("unitName", unit.name());
        model.put("officeName", office.name());
        model.put("officeMailbox", office.mailbox());
        model.put("dispatchNumber", dispatch.number());
        model.put("dispatchSubject", dispatch.subject());
        model.put("dispatchIssuedOn", dispatch.issuedOn() == null ? "" : AcknowledgementQueuer.DAY.format(dispatch.issuedOn()));
        model.put("deadline", dispatch.deadline() == null ? "" : AcknowledgementQueuer.DAY.format(dispatch.deadline()));
        model.put("overdue", dispatch.deadline() != null && today.isAfter(dispatch.deadline()));
        model.put("tasks", dispatch.tasks().stream().map(ReminderJob::taskModel).toList());
        String key = "reminder:" + dispatch.id() + ":" + unit.id() + ":" + today;
        return outbox.enqueue(new OutgoingMail(key, "reminder", office.id(), dispatch.id(), unit.id(), unit.emails(),
                templates.render("reminder", model), null));
    }

    private static Map<String, Object> taskModel(DispatchTask task) {
        return Map.of("ordinal", task.ordinal(), "text", task.text());
    }
}
