package vn.reportbot.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One unit's obligation to report on one dispatch for one period.
 *
 * @param period      empty for a one-off dispatch, else the period's key ({@code 2026-W48})
 * @param periodStart the period's first day; null for a one-off dispatch
 * @param dueOn       may be null (no deadline)
 * @param reportedAt    when the unit's whole obligation was reported (every numbered task of the dispatch, or a
 *                      report that named none); null while anything is still open
 * @param reportedParts the dispatch's numbered tasks (ordinal → when) reported so far while the whole is still open;
 *                      empty when none is, or once {@code reportedAt} is set
 */
public record ReportingTask(long id, long dispatchId, String unitId, String period, LocalDate periodStart, LocalDate dueOn,
                            String storedStatus, OffsetDateTime reportedAt,
                            java.util.Map<Integer, OffsetDateTime> reportedParts) {

    public ReportingTask {
        reportedParts = reportedParts == null ? java.util.Map.of() : java.util.Map.copyOf(reportedParts);
    }

    /** A task none of whose numbered tasks is reported on its own. */
    public ReportingTask(long id, long dispatchId, String unitId, String period, LocalDate periodStart, LocalDate dueOn,
                         String storedStatus, OffsetDateTime reportedAt) {
        this(id, dispatchId, unitId, period, periodStart, dueOn, storedStatus, reportedAt, java.util.Map.of());
    }

    /** The dispatch's numbered tasks (of {@code ordinals}, in that order) the unit still owes; empty once all is reported. */
    public java.util.List<Integer> openOrdinals(java.util.List<Integer> ordinals) {
        if (!isOpen()) {
            return java.util.List.of();
        }
        return ordinals.stream().filter(o -> !reportedParts.containsKey(o)).toList();
    }

    /**
     * The dispatch's numbered tasks a report counts for: those of {@code ordinals} it addresses, in their order, or
     * all of them when it addresses none of them; empty for a dispatch without numbered tasks.
     *
     * @param addressed the numbered tasks the report says it addresses
     * @param ordinals  the dispatch's numbered tasks
     */
    public static java.util.List<Integer> covered(java.util.List<Integer> addressed, java.util.List<Integer> ordinals) {
        java.util.List<Integer> named = ordinals.stream().distinct().filter(addressed::contains).toList();
        return named.isEmpty() ? ordinals.stream().distinct().toList() : named;
    }

    /**
     * The status a person reads of one of the dispatch's numbered tasks, as of the given day: {@code REPORTED} or
     * {@code LATE} by when it was reported ({@code partReportedAt}, else when the whole was), {@code OPEN} or
     * {@code OVERDUE} while it is not.
     *
     * @param partReportedAt when a report first addressed that numbered task, or null
     */
    public TaskStatus partStatusOn(java.time.OffsetDateTime partReportedAt, LocalDate today) {
        OffsetDateTime at = partReportedAt != null ? partReportedAt : reportedAt;
        if (at != null) {
            return dueOn != null && at.toLocalDate().isAfter(dueOn) ? TaskStatus.LATE : TaskStatus.REPORTED;
        }
        return dueOn != null && today.isAfter(dueOn) ? TaskStatus.OVERDUE : TaskStatus.OPEN;
    }

    /** Whether some of the dispatch's numbered tasks are reported and others are not. */
    public boolean isPartial() {
        return isOpen() && !reportedParts.isEmpty();
    }

    /** The status a person reads, as of the given day. */
    public TaskStatus statusOn(LocalDate today) {
        if ("EXEMPT".equals(storedStatus)) {
            return TaskStatus.EXEMPT;
        }
        if (reportedAt != null) {
            return dueOn != null && reportedAt.toLocalDate().isAfter(dueOn) ? TaskStatus.LATE : TaskStatus.REPORTED;
        }
        if (isPartial()) {
            return TaskStatus.PARTIAL;
        }
        return dueOn != null && today.isAfter(dueOn) ? TaskStatus.OVERDUE : TaskStatus.OPEN;
    }

    public boolean isOpen() {
        return reportedAt == null && !"EXEMPT".equals(storedStatus);
    }
}
