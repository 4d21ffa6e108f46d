package vn.reportbot.notify;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.Office;
import vn.reportbot.directory.StaffMember;
import vn.reportbot.dispatch.DispatchCatalog;
import vn.reportbot.dispatch.KnownDispatch;
import vn.reportbot.dispatch.ReportingPeriods;
import vn.reportbot.report.ReportLog;
import vn.reportbot.report.ReportView;
import vn.reportbot.system.BotJob;
import vn.reportbot.system.JobResult;
import vn.reportbot.task.ReportingTask;
import vn.reportbot.task.TaskLedger;
import vn.reportbot.task.TaskStatus;
import vn.reportbot.templates.TemplateRenderer;

/**
 * Mails each office's staff one digest: per dispatch, who reported (when, with which files) and who
 * has not, and how many messages wait for review. At most one digest per office per day.
 */
@Component
class DigestJob implements BotJob {

    private final Directory directory;
    private final DispatchCatalog dispatches;
    private final TaskLedger tasks;
    private final ReportLog reports;
    private final Outbox outbox;
    private final OutboxSender sender;
    private final TemplateRenderer templates;
    private final Clock clock;
    private final ReportingPeriods periods;

    DigestJob(Directory directory, DispatchCatalog dispatches, TaskLedger tasks, ReportLog reports, Outbox outbox,
              OutboxSender sender, TemplateRenderer templates, Clock clock, ReportingPeriods periods) {
        this.periods = periods;
        this.directory = directory;
        this.dispatches = dispatches;
        this.tasks = tasks;
        this.reports = reports;
        this.outbox = outbox;
        this.sender = sender;
        this.templates = templates;
        this.clock = clock;
    }

    /** How far back the digest looks for bounced unit addresses. */
    static final int BOUNCE_DAYS = 30;

    @Override
    public String name() {
        return "digest";
    }

    @Override
    public JobResult run(Optional<String> officeId) {
        List<Office> offices = directory.officesOrOne(officeId);
        periods.openCurrentPeriods(officeId);
        int queued = 0;
        List<String> details = new ArrayList<>();
        for (Office office : offices) {
            if (office.staff().isEmpty()) {
                details.add(office.id() + ": no staff listed, no digest");
                continue;
            }
            if (digest(office)) {
                queued++;
                details.add(office.id() + ": digest queued for " + office.staff().size() + " staff member(s)");
            }
        }
        int sent = sender.flush();
        return new JobResult(name(), officeId.orElse(null), 0, queued, sent, details);
    }

    private boolean digest(Office office) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        List<Map<String, Object>> dispatchModels = new ArrayList<>();
        for (KnownDispatch dispatch : dispatches.dispatchesOf(office.id())) {
            dispatchModels.add(dispatchModel(office, dispatch, today));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("officeName", office.name());
        model.put("officeMailbox", office.mailbox());
        model.put("today", MailModel.DAY.format(today));
        model.put("now", MailModel.MOMENT.format(now));
        model.put("dispatches", dispatchModels);
        model.put("reviewCount", reports.list(Optional.of("NEEDS_REVIEW"), Optional.of(office.id()), 1000).size());
        model.put("bounced", bouncedUnits(office, now));
        List<String> staff = office.staff().stream().map(StaffMember::email).toList();
        return outbox.enqueue(new OutgoingMail("digest:" + office.id() + ":" + today, "digest", office.id(), null, null,
                staff, templates.render("digest", model), null));
    }

    /** The units whose registered address bounced in the last {@value #BOUNCE_DAYS} days, with the latest bounce. */
    private List<Map<String, Object>> bouncedUnits(Office office, ZonedDateTime now) {
        Map<String, Map<String, Object>> byUnit = new java.util.LinkedHashMap<>();
        for (ReportView report : reports.list(Optional.of("IGNORED"), Optional.of(office.id()), 1000)) {
            if (!"BOUNCE".equals(report.kind()) || report.unit() == null
                    || report.receivedAt().isBefore(now.minusDays(BOUNCE_DAYS).toOffsetDateTime())) {
                continue;
            }
            byUnit.computeIfAbsent(report.unit(), id -> Map.of(
                    "name", office.unit(id).map(u -> u.name()).orElse(id),
                    "at", MailModel.MOMENT.format(report.receivedAt().atZoneSameInstant(clock.getZone()))));
        }
        return new ArrayList<>(byUnit.values());
    }

    private Map<String, Object> dispatchModel(Office office, KnownDispatch dispatch, LocalDate today) {
        Map<String, List<String>> filesByUnit = new HashMap<>();
        List<ReportingTask> all = tasks.currentTasksOf(dispatch.id());
        java.util.Set<Long> current = new java.util.HashSet<>(all.stream().map(ReportingTask::id).toList());
        for (ReportView report : reports.forDispatch(dispatch.id())) {
            if (report.taskId() != null && current.contains(report.taskId())) {
                filesByUnit.computeIfAbsent(report.unit(), u -> new ArrayList<>()).addAll(report.attachments());
            }
        }
        List<Map<String, Object>> reported = new ArrayList<>();
        List<Map<String, Object>> missing = new ArrayList<>();
        for (ReportingTask task : all) {
            String name = office.unit(task.unitId()).map(u -> u.name()).orElse(task.unitId());
            TaskStatus status = task.statusOn(today);
            if (task.reportedAt() != null) {
                Map<String, Object> line = new HashMap<>();
                line.put("name", name);
                line.put("reportedAt", MailModel.MOMENT.format(task.reportedAt().atZoneSameInstant(clock.getZone())));
                line.put("late", status == TaskStatus.LATE);
                line.put("attachments", filesByUnit.getOrDefault(task.unitId(), List.of()));
                reported.add(line);
            } else if (status != TaskStatus.EXEMPT) {
                missing.add(Map.of("name", name, "overdue", status == TaskStatus.OVERDUE));
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("number", dispatch.number());
        model.put("subject", dispatch.subject());
        model.put("issuedOn", dispatch.issuedOn() == null ? "" : MailModel.DAY.format(dispatch.issuedOn()));
        model.put("deadline", dispatch.deadline() == null ? "" : MailModel.DAY.format(dispatch.deadline()));
        model.put("total", all.size());
        model.put("period", all.isEmpty() ? "" : dispatch.periodLabel(all.get(0).periodStart()));
        model.put("reported", reported);
        model.put("missing", missing);
        return model;
    }
}
