package vn.reportbot.task;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Opens, closes and lists reporting tasks. Every method joins the caller's transaction. */
@Service
public class TaskLedger {

    private static final String COLUMNS = "id, dispatch_id, unit_id, period, period_start, due_on, status, reported_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final java.time.ZoneId zone;

    TaskLedger(JdbcClient jdbc, JdbcTemplate template, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.zone = clock.getZone();
    }

    /**
     * Opens one task per unit for the dispatch and period, in one batch; returns how many were opened.
     *
     * @param period      {@code ""} for a one-off dispatch, else the period's key ({@code 2026-W48})
     * @param periodStart the period's first day; null for a one-off dispatch
     * @param dueOn       may be null (no deadline)
     */
    public int open(long dispatchId, List<String> unitIds, String period, LocalDate periodStart, LocalDate dueOn) {
        int[][] counts = template.batchUpdate(
                "INSERT INTO reporting_task (dispatch_id, unit_id, period, period_start, due_on, status)"
                        + " VALUES (?, ?, ?, ?, ?, 'OPEN')",
                unitIds, 1000, (ps, unitId) -> {
                    ps.setLong(1, dispatchId);
                    ps.setString(2, unitId);
                    ps.setString(3, period);
                    ps.setObject(4, periodStart);
                    ps.setObject(5, dueOn);
                });
        int opened = 0;
        for (int[] batch : counts) {
            opened += batch.length;
        }
        return opened;
    }

    /**
     * Marks reported the unit's task for the dispatch that a report sent at {@code at} answers: of the
     * periods begun by then, the previous one if it is still open (a late report), else the current one.
     * The first report counts; returns the task it counted for (or the one it concerns, already
     * reported), or empty when the unit owes nothing for that dispatch.
     */
    public Optional<ReportingTask> markReported(long dispatchId, String unitId, OffsetDateTime at) {
        LocalDate day = at.atZoneSameInstant(zone).toLocalDate();
        List<ReportingTask> begun = jdbc.sql("SELECT " + COLUMNS + " FROM reporting_task WHERE dispatch_id = ? AND unit_id = ?"
                        + " AND (period_start IS NULL OR period_start <= ?) ORDER BY period DESC")
                .params(dispatchId, unitId, day).query(this::row).list();
        List<ReportingTask> lastTwo = begun.subList(0, Math.min(2, begun.size()));
        Optional<ReportingTask> task = lastTwo.stream().filter(ReportingTask::isOpen).reduce((newer, older) -> older)
                .or(() -> lastTwo.stream().findFirst());
        task.filter(ReportingTask::isOpen).ifPresent(t -> jdbc
                .sql("UPDATE reporting_task SET status = 'REPORTED', reported_at = ? WHERE id = ? AND reported_at IS NULL")
                .params(Timestamp.from(at.toInstant()), t.id()).update());
        return task.map(t -> find(t.id()));
    }

    /** Sets the due day of the dispatch's tasks of that period that are still open; returns how many. */
    public int reschedule(long dispatchId, String period, LocalDate dueOn) {
        return jdbc.sql("UPDATE reporting_task SET due_on = ? WHERE dispatch_id = ? AND period = ? AND reported_at IS NULL")
                .params(dueOn, dispatchId, period).update();
    }

    public ReportingTask find(long taskId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reporting_task WHERE id = ?").param(taskId).query(this::row).single();
    }

    /** Whether the dispatch already has tasks for that period. */
    public boolean hasPeriod(long dispatchId, String period) {
        return jdbc.sql("SELECT COUNT(*) FROM reporting_task WHERE dispatch_id = ? AND period = ?")
                .params(dispatchId, period).query(Integer.class).single() > 0;
    }

    /** The tasks of the dispatch's latest period (its only one, for a one-off dispatch). */
    public List<ReportingTask> currentTasksOf(long dispatchId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reporting_task WHERE dispatch_id = ? AND period ="
                        + " (SELECT MAX(period) FROM reporting_task WHERE dispatch_id = ?) ORDER BY id")
                .params(dispatchId, dispatchId).query(this::row).list();
    }

    public List<ReportingTask> tasksOf(long dispatchId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reporting_task WHERE dispatch_id = ? ORDER BY id")
                .param(dispatchId).query(this::row).list();
    }

    public List<ReportingTask> openTasksOf(long dispatchId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reporting_task WHERE dispatch_id = ? AND reported_at IS NULL"
                        + " AND status = 'OPEN' ORDER BY id")
                .param(dispatchId).query(this::row).list();
    }

    private ReportingTask row(ResultSet rs, int n) throws SQLException {
        Timestamp reported = rs.getTimestamp("reported_at");
        return new ReportingTask(rs.getLong("id"), rs.getLong("dispatch_id"), rs.getString("unit_id"),
                rs.getString("period"), rs.getObject("period_start", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                rs.getString("status"),
                reported == null ? null : reported.toInstant().atZone(zone).toOffsetDateTime());
    }
}
