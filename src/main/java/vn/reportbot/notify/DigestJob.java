package vn.reportbot.notify;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.reportbot.text.FileSizes;
import vn.reportbot.directory.Directory;
import vn.reportbot.directory.Office;
import vn.reportbot.directory.StaffMember;
import vn.reportbot.dispatch.DispatchCatalog;
import vn.reportbot.dispatch.KnownDispatch;
import vn.reportbot.dispatch.ReportingPeriods;
import vn.reportbot.report.ReportLog;
import vn.reportbot.report.ReportText;
import vn.reportbot.report.ReportView;
import vn.reportbot.system.BotJob;
import vn.reportbot.system.JobResult;
import vn.reportbot.task.ReportingTask;
import vn.reportbot.task.TaskLedger;
import vn.reportbot.task.TaskStatus;

/**
 * Mails each office's staff one digest that says on one screen what changed since the office's previous digest: the
 * reports that came in (with an excerpt of each), the units that became late, the review list's length and its oldest
 * entry, then one line per open dispatch, the bounced addresses and the mails that were not sent. The full lists go in
 * the attached files ({@link DigestFiles}), made when the digest is queued and stored with it. At most one digest per
 * office and scheduled slot, and one per office and day run by hand ({@link DigestOccasion}).
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
    private final ObjectProvider<DigestFiles> files;

    DigestJob(Directory directory, DispatchCatalog dispatches, TaskLedger tasks, ReportLog reports, Outbox outbox,
              MailQueue mails, OutboxSender sender, Clock clock, ReportingPeriods periods, ObjectProvider<DigestFiles> files) {
        this.periods = periods;
        this.directory = directory;
        this.dispatches = dispatches;
        this.tasks = tasks;
        this.reports = reports;
        this.outbox = outbox;
        this.mails = mails;
        this.sender = sender;
        this.clock = clock;
        this.files = files;
    }

    /** How far back the digest looks for bounced unit addresses. */
    static final int BOUNCE_DAYS = 30;
    /** How many new reports the digest shows one by one; the others are counted (all are in the attached files). */
    static final int REPORTS_SHOWN = 5;
    /** How many of the units that became late on one dispatch the digest names; the others are counted. */
    static final int LATE_UNITS_SHOWN = 10;
    /** About how long an excerpt of a report is, in characters. */
    static final int EXCERPT_LENGTH = 200;

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
        List<String> staff = office.staff().stream().map(StaffMember::email).toList();
        OutgoingMail mail = new OutgoingMail(DigestOccasion.dedupeKey(office.id(), slot, today), "digest", office.id(), null, null,
                staff, null);
        if (outbox.has(mail.dedupeKey())) {
            return false; // already queued: the files are not made again
        }
        Optional<Instant> since = outbox.lastDigestBefore(office.id(), now.toInstant());
        List<KnownDispatch> open = dispatches.openDispatchesOf(office.id(), today);
        List<Map<String, Object>> dispatchModels = new ArrayList<>();
        List<Map<String, Object>> becameLate = new ArrayList<>();
        for (KnownDispatch dispatch : open) {
            List<ReportingTask> current = tasks.currentTasksOf(dispatch.id());
            dispatchModels.add(dispatchModel(office, dispatch, current, today));
            Map<String, Object> late = becameLate(office, dispatch, current, since, now);
            if (late != null) {
                becameLate.add(late);
            }
        }
        List<ReportView> matched = newReports(office, since);
        List<Map<String, Object>> reportModels = new ArrayList<>();
        for (ReportView report : matched.subList(0, Math.min(REPORTS_SHOWN, matched.size()))) {
            reportModels.add(reportModel(office, report, reports.text(report.id()), late(report), clock.getZone()));
        }
        long reviewCount = reports.count(Optional.of("NEEDS_REVIEW"), Optional.of(office.id()));
        Optional<ReportView> oldestReview = reviewCount == 0 ? Optional.empty()
                : reports.list(Optional.of("NEEDS_REVIEW"), Optional.of(office.id()), reviewCount - 1, 1).stream().findFirst();
        List<ReportView> ignored = reports.list(Optional.of("IGNORED"), Optional.of(office.id()), 1000);
        List<Outbox.FailedMail> failed = outbox.failures(Optional.of(office.id()), since.orElse(Instant.EPOCH));
        List<MailAttachment> attached = files.getIfAvailable() == null ? List.of()
                : files.getObject().filesFor(office.id(), open.stream().map(KnownDispatch::id).toList(), today);
        return mails.queue(mail.withAttachments(attached), "digest", model(office, now,
                since.map(s -> s.atZone(now.getZone())).orElse(null), reportModels, matched.size(), becameLate,
                (int) reviewCount, oldestReview.map(r -> reviewModel(r, now.getZone())).orElse(null), dispatchModels,
                bouncedUnits(office, ignored, now), failedMails(office, failed, now.getZone()), files(attached)));
    }

    /** The reports matched to the office's dispatches that its server received since the previous digest, newest first. */
    private List<ReportView> newReports(Office office, Optional<Instant> since) {
        List<ReportView> found = new ArrayList<>();
        int page = 200;
        for (long offset = 0; ; offset += page) {
            List<ReportView> batch = reports.list(Optional.of("MATCHED"), Optional.of(office.id()), offset, page);
            for (ReportView report : batch) {
                if (since.isPresent() && !report.receivedAt().toInstant().isAfter(since.get())) {
                    return found;
                }
                found.add(report);
            }
            if (batch.size() < page) {
                return found;
            }
        }
    }

    /** Whether the report came after the due day of the task it counted for. */
    private boolean late(ReportView report) {
        if (report.taskId() == null) {
            return false;
        }
        LocalDate due = tasks.find(report.taskId()).dueOn();
        return due != null && report.receivedAt().atZoneSameInstant(clock.getZone()).toLocalDate().isAfter(due);
    }

    /**
     * The template model of the office's digest.
     *
     * @param since         when the previous digest was queued, or null for the office's first
     * @param reports       the models of the new reports shown ({@link #reportModel}), newest first
     * @param reportCount   how many new reports there are in all
     * @param becameLate    per dispatch, the units that became late ({@link #becameLate})
     * @param oldestReview  the oldest entry of the review list ({@link #reviewModel}), or null when it is empty
     * @param dispatchModels one per open dispatch ({@link #dispatchModel})
     * @param files         the files the digest carries ({@link #files})
     */
    static Map<String, Object> model(Office office, ZonedDateTime now, ZonedDateTime since,
                                     List<Map<String, Object>> reports, int reportCount,
                                     List<Map<String, Object>> becameLate, int reviewCount,
                                     Map<String, Object> oldestReview, List<Map<String, Object>> dispatchModels,
                                     List<Map<String, Object>> bounced, List<Map<String, Object>> failed,
                                     List<Map<String, Object>> files) {
        Map<String, Object> model = new HashMap<>();
        model.put("officeName", office.name());
        model.put("officeMailbox", office.mailbox());
        model.put("today", MailModel.DAY.format(now.toLocalDate()));
        model.put("now", MailModel.MOMENT.format(now));
        model.put("since", since == null ? "" : MailModel.MOMENT.format(since));
        model.put("newReports", reports);
        model.put("newReportCount", reportCount);
        model.put("moreReports", Math.max(0, reportCount - reports.size()));
        model.put("becameLate", becameLate);
        model.put("reviewCount", reviewCount);
        model.put("oldestReview", oldestReview == null ? Map.of("at", "", "from", "", "subject", "") : oldestReview);
        model.put("dispatches", dispatchModels);
        model.put("bounced", bounced);
        model.put("failedMails", failed);
        model.put("files", files);
        return model;
    }

    /** One new report: {@code unit}, {@code dispatch} (its number), {@code at}, {@code late}, {@code tasks}, {@code excerpt}, {@code attachments}. */
    static Map<String, Object> reportModel(Office office, ReportView report, Optional<ReportText> text, boolean late,
                                           ZoneId zone) {
        Map<String, Object> model = new HashMap<>();
        model.put("unit", report.unit() == null ? "" : office.unit(report.unit()).map(u -> u.name()).orElse(report.unit()));
        model.put("dispatch", report.dispatch() == null ? "" : report.dispatch());
        model.put("at", MailModel.MOMENT.format(report.receivedAt().atZoneSameInstant(zone)));
        model.put("late", late);
        model.put("tasks", String.join(", ", report.tasks().stream().map(String::valueOf).toList()));
        model.put("excerpt", text.map(t -> Excerpts.of(t, EXCERPT_LENGTH)).orElse(""));
        model.put("attachments", report.attachments().stream().map(FileSizes::forPeople).toList());
        return model;
    }

    /**
     * The units of the dispatch whose deadline passed since the previous digest (at the end of the due day) and that
     * have not reported all of it: {@code dispatch} (its number), {@code deadline}, {@code count}, {@code units} (name,
     * partial; the first {@value #LATE_UNITS_SHOWN}) and {@code more} (how many more); null when there are none.
     */
    static Map<String, Object> becameLate(Office office, KnownDispatch dispatch, List<ReportingTask> current,
                                          Optional<Instant> since, ZonedDateTime now) {
        List<Map<String, Object>> units = new ArrayList<>();
        LocalDate due = null;
        for (ReportingTask task : current) {
            if (!task.isOpen() || task.dueOn() == null) {
                continue;
            }
            Instant passed = task.dueOn().plusDays(1).atStartOfDay(now.getZone()).toInstant();
            boolean sinceThen = since.map(passed::isAfter).orElse(true);
            if (sinceThen && !passed.isAfter(now.toInstant())) {
                units.add(Map.of("name", office.unit(task.unitId()).map(u -> u.name()).orElse(task.unitId()),
                        "partial", task.isPartial()));
                due = task.dueOn();
            }
        }
        if (units.isEmpty()) {
            return null;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("dispatch", dispatch.number());
        model.put("deadline", MailModel.DAY.format(due));
        model.put("count", units.size());
        model.put("units", units.subList(0, Math.min(LATE_UNITS_SHOWN, units.size())));
        model.put("more", Math.max(0, units.size() - LATE_UNITS_SHOWN));
        return model;
    }

    /** The oldest entry of the review list: {@code at}, {@code from}, {@code subject}. */
    static Map<String, Object> reviewModel(ReportView report, ZoneId zone) {
        Map<String, Object> model = new HashMap<>();
        model.put("at", MailModel.MOMENT.format(report.receivedAt().atZoneSameInstant(zone)));
        model.put("from", report.from() == null ? "" : report.from());
        model.put("subject", report.subject() == null ? "" : report.subject());
        return model;
    }

    /** The files the digest carries: {@code name}, {@code size} (as people read it). */
    static List<Map<String, Object>> files(List<MailAttachment> attached) {
        return attached.stream()
                .<Map<String, Object>>map(f -> Map.of("name", f.fileName(), "size", FileSizes.of(f.content().length)))
                .toList();
    }

    /**
     * The office's mails that were not sent: what they were ({@code what}), to whom ({@code to}), when they failed
     * ({@code at}), why ({@code reason}), and whether they may have gone out all the same ({@code uncertain}).
     */
    static List<Map<String, Object>> failedMails(Office office, List<Outbox.FailedMail> failed, ZoneId zone) {
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
        Map<String, Map<String, Object>> byUnit = new LinkedHashMap<>();
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

    /**
     * The digest's one line about an open dispatch, from its current tasks: {@code number}, {@code subject},
     * {@code issuedOn}, {@code deadline}, {@code period}, and the counts {@code total} (units that must report),
     * {@code reported} (all of it), {@code partial} (some of its numbered tasks), {@code late} (reported after the
     * deadline), {@code overdue} (nothing yet, the deadline passed) and {@code missing} (not all of it yet).
     */
    static Map<String, Object> dispatchModel(Office office, KnownDispatch dispatch, List<ReportingTask> all,
                                             LocalDate today) {
        int total = 0;
        int reported = 0;
        int partial = 0;
        int late = 0;
        int overdue = 0;
        for (ReportingTask task : all) {
            TaskStatus status = task.statusOn(today);
            if (status == TaskStatus.EXEMPT) {
                continue;
            }
            total++;
            switch (status) {
                case REPORTED -> reported++;
                case LATE -> {
                    reported++;
                    late++;
                }
                case PARTIAL -> partial++;
                case OVERDUE -> overdue++;
                default -> {
                }
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("number", dispatch.number());
        model.put("subject", dispatch.subject());
        model.put("issuedOn", dispatch.issuedOn() == null ? "" : MailModel.DAY.format(dispatch.issuedOn()));
        LocalDate due = all.stream().map(ReportingTask::dueOn).filter(d -> d != null).findFirst().orElse(dispatch.deadline());
        model.put("deadline", due == null ? "" : MailModel.DAY.format(due));
        model.put("period", all.isEmpty() ? "" : dispatch.periodLabel(all.get(0).periodStart()));
        model.put("total", total);
        model.put("reported", reported);
        model.put("partial", partial);
        model.put("late", late);
        model.put("overdue", overdue);
        model.put("missing", total - reported);
        return model;
    }
}
