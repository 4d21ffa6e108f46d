package vn.reportbot.report;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.reportbot.audit.AuditLog;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.LearnedAddressStore;
import vn.reportbot.directory.Unit;
import vn.reportbot.dispatch.DispatchCatalog;
import vn.reportbot.dispatch.KnownDispatch;
import vn.reportbot.dispatch.ReportingPeriods;
import vn.reportbot.task.ReportingTask;
import vn.reportbot.task.TaskLedger;

/**
 * Where a person settles a message the matcher sent to review: assign it to a unit and dispatch
 * (the task is closed and the unit acknowledged, as for an automatic match), optionally remembering
 * the sender's address for that unit; or dismiss it, one at a time or many at once. Every settlement is written to
 * the {@link AuditLog} (subject {@code report}, action {@code assign} or {@code dismiss}) in its own transaction.
 */
@Service
public class ReviewDesk {

    private static final Pattern ATTACHMENT = Pattern.compile("^(.*) \\((\\d+) bytes\\)$");

    private final ReportLog reports;
    private final Directory directory;
    private final DispatchCatalog dispatches;
    private final TaskLedger tasks;
    private final ReportingPeriods periods;
    private final LearnedAddressStore learned;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    /** How many entries one transaction of a bulk dismissal sets aside. */
    static final int BATCH = 100;
    /** The most entries one call dismisses by sender: a flood larger than this takes another click. */
    public static final int MAX_BULK = 10_000;

    ReviewDesk(ReportLog reports, Directory directory, DispatchCatalog dispatches, TaskLedger tasks,
               ReportingPeriods periods, LearnedAddressStore learned, ApplicationEventPublisher events, AuditLog audit,
               TransactionTemplate transaction) {
        this.audit = audit;
        this.transaction = transaction;
        this.reports = reports;
        this.directory = directory;
        this.dispatches = dispatches;
        this.tasks = tasks;
        this.periods = periods;
        this.learned = learned;
        this.events = events;
    }

    /**
     * Counts the report for the unit and dispatch, for the numbered tasks the matcher found it names (all of them when
     * it named none).
     *
     * @see #assign(long, String, long, List, boolean, String)
     */
    @Transactional
    public ReportView assign(long reportId, String unitId, long dispatchId, boolean rememberAddress, String who) {
        return assign(reportId, unitId, dispatchId, null, rememberAddress, who);
    }

    /**
     * Counts the report for the unit and dispatch.
     *
     * @param named           the dispatch's numbered tasks the person says the report addresses (empty: all of them);
     *                        null to keep those the matcher found
     * @param rememberAddress also accept the sender's address as the unit's from now on
     * @throws SettlementRefusedException the entry is not under review, or the unit, dispatch or tasks do not fit
     */
    @Transactional
    public ReportView assign(long reportId, String unitId, long dispatchId, List<Integer> named, boolean rememberAddress,
                             String who) {
        ReportView report = underReview(reportId);
        KnownDispatch dispatch = dispatches.byId(dispatchId)
                .orElseThrow(() -> new SettlementRefusedException("no dispatch " + dispatchId, SettlementRefusedException.Why.DOES_NOT_FIT));
        Unit unit = directory.office(dispatch.officeId()).flatMap(o -> o.unit(unitId))
                .orElseThrow(() -> new SettlementRefusedException("dispatch " + dispatch.number() + " is of office "
                        + dispatch.officeId() + ", which has no unit '" + unitId + "'", SettlementRefusedException.Why.DOES_NOT_FIT));
        List<Integer> ordinals = dispatch.ordinals();
        List<Integer> addressed = named == null ? report.tasks().stream().filter(ordinals::contains).toList()
                : named.stream().distinct().sorted().toList();
        List<Integer> unknown = addressed.stream().filter(t -> !ordinals.contains(t)).toList();
        if (!unknown.isEmpty()) {
            throw new SettlementRefusedException("dispatch " + dispatch.number() + " has no numbered task " + unknown
                    + (ordinals.isEmpty() ? "; it has none" : "; its tasks are " + ordinals), SettlementRefusedException.Why.DOES_NOT_FIT);
        }
        periods.openCurrentPeriod(dispatch);
        OffsetDateTime at = report.receivedAt();
        Optional<ReportingTask> task = tasks.markReported(dispatch.id(), unit.id(), at, addressed, ordinals);
        List<String> reasons = new ArrayList<>();
        reasons.add("settled by " + who + ": " + unit.name() + ", " + dispatch.number()
                + (named == null || addressed.isEmpty() ? "" : ", tasks " + addressed));
        reasons.addAll(report.reasons());
        reports.settle(reportId, "MATCHED", dispatch.officeId(), unit.id(), dispatch.id(), task.map(ReportingTask::id).orElse(null),
                1.0, reasons);
        if (!addressed.equals(report.tasks())) {
            reports.settleTasks(reportId, addressed);
        }
        boolean remembered = rememberAddress && report.from() != null;
        if (remembered) {
            learned.remember(report.from(), dispatch.officeId(), unit.id(), reportId);
        }
        audit.record(who, "report", String.valueOf(reportId), "assign", before(report),
                "Đã ghi nhận cho " + unit.name() + ", công văn " + dispatch.number()
                        + (addressed.isEmpty() ? ", mọi nhiệm vụ" : ", nhiệm vụ " + joined(addressed))
                        + (remembered ? "; ghi nhớ địa chỉ " + report.from() + " cho " + unit.name() : ""));
        String period = task.map(t -> dispatch.periodLabel(t.periodStart())).orElse("");
        if (report.from() != null) {
            events.publishEvent(new ReportAccepted(reportId, dispatch.officeId(), unit.id(), dispatch, addressed, period,
                    report.from(), report.messageId(), at, report.attachments().stream().map(ReviewDesk::fileName).toList(),
                    ReportingTask.covered(addressed, ordinals), task.map(t -> t.openOrdinals(ordinals)).orElse(List.of()),
                    report.subject(), reports.references(reportId)));
        }
        return reports.find(reportId).orElseThrow();
    }

    /** Sets the report aside as not a report, with the reason a person gave. */
    @Transactional
    public ReportView dismiss(long reportId, String reason, String who) {
        ReportView report = underReview(reportId);
        List<String> reasons = new ArrayList<>();
        reasons.add("dismissed by " + who + (reason == null || reason.isBlank() ? "" : ": " + reason.trim()));
        reasons.addAll(report.reasons());
        reports.settle(reportId, "IGNORED", report.office(), report.unit(), report.dispatchId(), null, 1.0, reasons);
        audit.record(who, "report", String.valueOf(reportId), "dismiss", before(report),
                "Đã bỏ qua" + (reason == null || reason.isBlank() ? "" : ": " + reason.trim()));
        return reports.find(reportId).orElseThrow();
    }

    /**
     * Dismisses those of the entries still under review, in one transaction; those already settled (by someone else
     * meanwhile) or unknown are left as they are.
     *
     * @return how many were dismissed
     */
    @Transactional
    public int dismissAll(List<Long> reportIds, String reason, String who) {
        int dismissed = 0;
        for (long id : reportIds.stream().distinct().toList()) {
            Optional<ReportView> report = reports.find(id);
            if (report.isPresent() && "NEEDS_REVIEW".equals(report.get().decision())) {
                dismiss(id, reason, who);
                dismissed++;
            }
        }
        return dismissed;
    }

    /**
     * Dismisses every entry under review from that sender address, of the offices given (empty: all), at most
     * {@value #MAX_BULK}, in transactions of {@value #BATCH}: a flood from one stranger takes one call.
     *
     * @return how many were dismissed
     */
    public int dismissFrom(String sender, List<String> offices, String reason, String who) {
        int dismissed = 0;
        while (dismissed < MAX_BULK) {
            int limit = Math.min(BATCH, MAX_BULK - dismissed);
            Integer batch = transaction.execute(status -> {
                List<Long> ids = reports.idsUnderReviewFrom(sender, offices, limit);
                ids.forEach(id -> dismiss(id, reason, who));
                return ids.size();
            });
            if (batch == null || batch == 0) {
                break;
            }
            dismissed += batch;
        }
        return dismissed;
    }

    /** The entry as it stood on the review list, for the audit log. */
    private String before(ReportView report) {
        Optional<vn.reportbot.directory.Office> office = Optional.ofNullable(report.office()).flatMap(directory::office);
        String unit = report.unit() == null ? "chưa rõ" : office.flatMap(o -> o.unit(report.unit())).map(Unit::name)
                .orElse(report.unit());
        return "Cần xem xét: thư của " + (report.from() == null ? "người gửi không rõ" : report.from())
                + "; đơn vị dự đoán: " + unit + "; công văn dự đoán: "
                + (report.dispatch() == null ? "chưa rõ" : report.dispatch());
    }

    private static String joined(List<Integer> ordinals) {
        return String.join(", ", ordinals.stream().map(String::valueOf).toList());
    }

    private ReportView underReview(long reportId) {
        ReportView report = reports.find(reportId)
                .orElseThrow(() -> new SettlementRefusedException("no report " + reportId, SettlementRefusedException.Why.NOT_FOUND));
        if (!"NEEDS_REVIEW".equals(report.decision())) {
            throw new SettlementRefusedException("report " + reportId + " is not under review: it is " + report.decision(),
                    SettlementRefusedException.Why.ALREADY_DECIDED);
        }
        return report;
    }

    private static String fileName(String described) {
        Matcher m = ATTACHMENT.matcher(described);
        return m.matches() ? m.group(1) : described;
    }
}
