package vn.reportbot.notify;

import java.time.Clock;
import java.time.Instant;
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

/**
 * Mails each office's staff one digest: per dispatch, who reported (when, with which files) and who
 * has not, how many messages wait for review, and the office's mails that failed or were interrupted since the
 * previous digest. At most one digest per office and scheduled slot, and one per office and day run by hand
 * ({@link DigestOccasion}).
 */
@Component
class DigestJob implements BotJob {

    private final Directory directory;
    private final DispatchCatalog dispatches;
    private final TaskLedger tasks;
    private final ReportLog reports;
    private final Outbox outbox;
    private final MailQueue mails;
    private final OutboxSender sender;
    private final Clock clock;
    private final ReportingPeriods periods;

    DigestJob(Directory directory, DispatchCatalog dispatches, TaskLedger tasks, ReportLog reports, Outbox outbox,
              MailQueue mails, OutboxSender sender, Clock clock, ReportingPeriods periods) {
        this.periods = periods;
        this.directory = directory;
        this.dispatches = dispatches;
        this.tasks = tasks;
        this.reports = reports;
        this.outbox = outbox;
        this.mails = mails;
        this.sender = sender;
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
        return run(officeId, Optional.empty());
    }

    /** As its schedule runs it: one digest per office and scheduled slot ({@link DigestOccasion}). */
    @Override
    public JobResult runScheduled(Optional<String> officeId, ZonedDateTime slot) {
        return run(officeId, Optional.of(slot));
    }

    /** Each office's digest has a trigger of its own, on {@code reportbot.offices.<office>.digest}. */
    @Override
    public List<String> officesScheduledApart() {
        return directory.offices().stream().map(Office::id).toList();
    }

    private JobResult run(Optional<String> officeId, Optional<ZonedDateTime> slot) {
        List<Office> offices = directory.officesOrOne(officeId);
        periods.openCurrentPeriods(officeId);
        int queued = 0;
        List<String> details = new ArrayList<>();
        for (Office office : offices) {
            if (office.staff().isEmpty()) {
                details.add(office.id() + ": no staff listed, no digest");
                continue;
            }
            if (digest(office, slot)) {
                queued++;
                details.add(office.id() + ": digest queued for " + office.staff().size() + " staff member(s)");
            }
        }
        int sent = sender.flush();
        return new JobResult(name(), officeId.orElse(null), 0, queued, sent, details);
    }

    private boolean digest(Office office, Optional<ZonedDateTime> slot) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        List<Map<String, Object>> dispatchModels = new ArrayList<>();
        for (KnownDispatch dispatch : dispatches.dispatchesOf(office.id())) {
            dispatchModels.add(dispatchModel(office, dispatch, tasks.currentTasksOf(dispatch.id()),
                    reports.forDispatch(dispatch.id()), today, clock.getZone()));
        }
        int reviewCount = reports.list(Optional.of("NEEDS_REVIEW"), Optional.of(office.id()), 1000).size();
        List<ReportView> ignored = reports.list(Optional.of("IGNORED"), Optional.of(office.id()), 1000);
        Instant since = outbox.lastDigestBefore(office.id(), now.toInstant()).orElse(Instant.EPOCH);
        List<Outbox.FailedMail> failed = outbox.failures(Optional.of(office.id()), since);
        List<String> staff = office.staff().stream().map(StaffMember::email).toList();
        return mails.queue(new OutgoingMail(DigestOccasion.dedupeKey(office.id(), slot, today), "digest", office.id(), null, null,
                staff, null), "digest", model(office, now, dispatchModels, reviewCount, bouncedUnits(office, ignored, now),
                failedMails(office, failed, now.getZone())));
    }

    /** The template model of the office's digest, from the models of its dispatches, bounces and failed mails. */
    static Map<String, Object> model(Office office, ZonedDateTime now, List<Map<String, Object>> dispatchModels,
                                     int reviewCount, List<Map<String, Object>> bounced, List<Map<String, Object>> failed) {
        Map<String, Object> model = new HashMap<>();
        model.put("officeName", office.name());
        model.put("officeMailbox", office.mailbox());
        model.put("today", MailModel.DAY.format(now.toLocalDate()));
        model.put("now", MailModel.MOMENT.format(now));
        model.put("dispatches", dispatchModels);
        model.put("reviewCount", reviewCount);
        model.put("bounced", bounced);
        model.put("failedMails", failed);
        return model;
    }

    /**
     * The office's mails that were not sent: what they were ({@code what}), to whom ({@code to}), when they failed
     * ({@code at}), why ({@code reason}), and whether they may have gone out all the same ({@code uncertain}).
     */
    static List<Map<String, Object>> failedMails(Office office, List<Outbox.FailedMail> failed, java.time.ZoneId zone) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (Outbox.FailedMail mail : failed) {
            Map<String, Object> line = new HashMap<>();
            line.put("what", MAIL_KINDS.getOrDefault(mail.kind(), "Thư " + mail.kind()));
            line.put("to", mail.unitId() == null ? String.join(", ", mail.recipients())
                    : office.unit(mail.unitId()).map(u -> u.name()).orElse(mail.unitId()));
            line.put("at", MailModel.MOMENT.format(mail.at().atZone(zone)));
            line.put("reason", mail.reason() == null ? "" : mail.reason());
            line.put("uncertain", "INTERRUPTED".equals(mail.status()));
            lines.add(line);
        }
        return lines;
    }

    /** What each kind of mail is, as the digest names it. */
    private static final Map<String, String> MAIL_KINDS = Map.of(
            "acknowledgement", "Thư xác nhận đã nhận báo cáo",
            "reminder", "Thư nhắc báo cáo",
            "digest", "Bản tổng hợp tình hình báo cáo",
            "address-bounced", "Thư báo địa chỉ thư bị trả lại",
            "announcement", "Thư thông báo công văn",
            "dispatch-reply", "Thư trả lời cán bộ gửi công văn");

    /** The units whose registered address bounced in the last {@value #BOUNCE_DAYS} days, with the latest bounce. */
    static List<Map<String, Object>> bouncedUnits(Office office, List<ReportView> ignored, ZonedDateTime now) {
        Map<String, Map<String, Object>> byUnit = new java.util.LinkedHashMap<>();
        for (ReportView report : ignored) {
            if (!"BOUNCE".equals(report.kind()) || report.unit() == null
                    || report.receivedAt().isBefore(now.minusDays(BOUNCE_DAYS).toOffsetDateTime())) {
                continue;
            }
            byUnit.computeIfAbsent(report.unit(), id -> Map.of(
                    "name", office.unit(id).map(u -> u.name()).orElse(id),
                    "at", MailModel.MOMENT.format(report.receivedAt().atZoneSameInstant(now.getZone()))));
        }
        return new ArrayList<>(byUnit.values());
    }

    /** The digest's model of one dispatch, from its current tasks and the reports recorded for it. */
    static Map<String, Object> dispatchModel(Office office, KnownDispatch dispatch, List<ReportingTask> all,
                                             List<ReportView> reported, LocalDate today, java.time.ZoneId zone) {
        Map<String, List<String>> filesByUnit = new HashMap<>();
        java.util.Set<Long> current = new java.util.HashSet<>(all.stream().map(ReportingTask::id).toList());
        for (ReportView report : reported) {
            if (report.taskId() != null && current.contains(report.taskId())) {
                filesByUnit.computeIfAbsent(report.unit(), u -> new ArrayList<>()).addAll(report.attachments());
            }
        }
        List<Map<String, Object>> done = new ArrayList<>();
        List<Map<String, Object>> missing = new ArrayList<>();
        for (ReportingTask task : all) {
            String name = office.unit(task.unitId()).map(u -> u.name()).orElse(task.unitId());
            TaskStatus status = task.statusOn(today);
            if (task.reportedAt() != null) {
                Map<String, Object> line = new HashMap<>();
                line.put("name", name);
                line.put("reportedAt", MailModel.MOMENT.format(task.reportedAt().atZoneSameInstant(zone)));
                line.put("late", status == TaskStatus.LATE);
                line.put("attachments", filesByUnit.getOrDefault(task.unitId(), List.of()));
                done.add(line);
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
        model.put("reported", done);
        model.put("missing", missing);
        return model;
    }
}
