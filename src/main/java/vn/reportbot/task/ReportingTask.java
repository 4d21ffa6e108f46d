package vn.reportbot.task;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One unit's obligation to report on one dispatch for one period.
 *
 * @param period      empty for a one-off dispatch, else the period's key ({@code 2026-W48})
 * @param periodStart the period's first day; null for a one-off dispatch
 * @param dueOn       may be null (no deadline)
 * @param reportedAt null while open
 */
public record ReportingTask(long id, long dispatchId, String unitId, String period, LocalDate periodStart, LocalDate dueOn,
                            String storedStatus, OffsetDateTime reportedAt) {

    /** The status a person reads, as of the given day. */
    public TaskStatus statusOn(LocalDate today) {
        if ("EXEMPT".equals(storedStatus)) {
            return TaskStatus.EXEMPT;
        }
        if (reportedAt != null) {
            return dueOn != null && reportedAt.toLocalDate().isAfter(dueOn) ? TaskStatus.LATE : TaskStatus.REPORTED;
        }
        return dueOn != null && today.isAfter(dueOn) ? TaskStatus.OVERDUE : TaskStatus.OPEN;
    }

    public boolean isOpen() {
        return reportedAt == null && !"EXEMPT".equals(storedStatus);
    }
}
