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
     * Marks reported, as a whole, the unit's task for the dispatch that a report received at {@code at} answers
     * (a report that names no task, or of a dispatch without numbered tasks).
     *
     * @see #markReported(long, String, OffsetDateTime, List, List)
     */
    public Optional<ReportingTask> markReported(long dispatchId, String unitId, OffsetDateTime at) {
        return markReported(dispatchId, unitId, at, List.of(), List.of());
    }

    /**
     * Records a report received at {@code at} on the unit's task for the dispatch: of the periods begun by then, the
     * previous one if it is still not wholly reported (a late report), else the current one. The report counts for
     * the numbered tasks it addresses, or for all of them when it names none (or none of the dispatch's); each
     * numbered task keeps the first report that addressed it. The task is reported once every one of
     * {@code ordinals} is, at the time of the report that completed it; a dispatch without numbered tasks is reported
     * by its first report. Returns the task as it now stands (or the one the report concerns, already reported), or
     * empty when the unit owes nothing for that dispatch.
     *
     * @param addressed the numbered tasks the report says it addresses; empty: all of them
     * @param ordinals  the dispatch's numbered tasks; empty when it has none
     */
    public Optional<ReportingTask> markReported(long dispatchId, String unitId, OffsetDateTime at, List<Integer> addressed,
                                                List<Integer> ordinals) {
        LocalDate day = at.atZoneSameInstant(zone).toLocalDate();
        List<ReportingTask> begun = jdbc.sql("SELECT " + COLUMNS + " FROM reporting_task WHERE dispatch_id = ? AND unit_id = ?"
                        + " AND (period_start IS NULL OR period_start <= ?) ORDER BY period DESC")
                .params(dispatchId, unitId, day).query(this::row).list();
        List<ReportingTask> lastTwo = begun.subList(0, Math.min(2, begun.size()));
        Optional<ReportingTask> task = lastTwo.stream().filter(ReportingTask::isOpen).reduce((newer, older) -> older)
                .or(() -> lastTwo.stream().findFirst());
        task.filter(ReportingTask::isOpen).ifPresent(t -> record(t.id(), at, ReportingTask.covered(addressed, ordinals),
                ordinals));
        return task.map(t -> find(t.id()));
    }

    /** Records the parts the report covers and, once every ordinal is covered, the whole task. */
    private void record(long taskId, OffsetDateTime at, List<Integer> covered, List<Integer> ordinals) {
        // the task's row is locked first, so that two reports of one unit recorded at once see each other's parts
        jdbc.sql("SELECT id FROM reporting_task WHERE id = ? FOR UPDATE").param(taskId).query(Long.class).single();
        Timestamp when = Timestamp.from(at.toInstant());
        java.util.Set<Integer> reported = new java.util.HashSet<>(jdbc.sql("SELECT ordinal FROM task_part WHERE task_id = ?")
                .param(taskId).query(Integer.class).list());
        for (int ordinal : covered) {
            if (reported.add(ordinal)) {
                jdbc.sql("INSERT INTO task_part (task_id, ordinal, reported_at) VALUES (?, ?, ?)")
                        .params(taskId, ordinal, when).update();
            }
        }
        if (reported.containsAll(ordinals)) {
            jdbc.sql("UPDATE reporting_task SET status = 'REPORTED', reported_at = ? WHERE id = ? AND reported_at IS NULL")
                    .params(when, taskId).update();
        }
    }

    /** Sets the due day of the dispatch's tasks of that period that are still open; returns how many. */
    public int reschedule(long dispatchId, String period, LocalDate dueOn) {
        return jdbc.sql("UPDATE reporting_task SET due_on = ? WHERE dispatch_id = ? AND period = ? AND reported_at IS NULL")
                .params(dueOn, dispatchId, period).update();
    }

    /**
     * Withdraws the dispatch's tasks that nothing was reported on yet (not reported, no numbered task reported, no
     * report recorded against them), when the dispatch's plan of periods changed; returns how many.
     */
    public int withdrawUntouched(long dispatchId) {
        return jdbc.sql("DELETE FROM reporting_task WHERE dispatch_id = ? AND reported_at IS NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM task_part p WHERE p.task_id = reporting_task.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM report r WHERE r.task_id = reporting_task.id)")
                .param(dispatchId).update();
    }

    public ReportingTask find(long taskId) {
        return withParts(List.of(jdbc.sql("SELECT " + COLUMNS + " FROM reporting_task WHERE id = ?").param(taskId)
                .query(this::row).single())).get(0);
    }

    /**
     * When each numbered task of these tasks was first reported (ordinal → when), by task id, also for tasks reported
     * as a whole since ({@link ReportingTask#reportedParts} is empty for those); a task none of whose numbered tasks
     * was reported on its own has no entry.
     */
    public java.util.Map<Long, java.util.Map<Integer, OffsetDateTime>> reportedPartsOf(List<Long> taskIds) {
        java.util.Map<Long, java.util.Map<Integer, OffsetDateTime>> parts = new java.util.HashMap<>();
        for (int from = 0; from < taskIds.size(); from += 500) {
            List<Long> chunk = taskIds.subList(from, Math.min(taskIds.size(), from + 500));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            jdbc.sql("SELECT task_id, ordinal, reported_at FROM task_part WHERE task_id IN (" + marks + ")")
                    .params(new java.util.ArrayList<Object>(chunk))
                    .query(rs -> {
                        parts.computeIfAbsent(rs.getLong("task_id"), id -> new java.util.TreeMap<>())
                                .put(rs.getInt("ordinal"), rs.getTimestamp("reported_at").toInstant().atZone(zone)
                                        .toOffsetDateTime());
                    });
        }
        return parts;
    }

    /** The tasks with the parts reported of those still open. */
    private List<ReportingTask> withParts(List<ReportingTask> tasks) {
        List<Long> open = tasks.stream().filter(t -> t.reportedAt() == null).map(ReportingTask::id).toList();
        if (open.isEmpty()) {
            return tasks;
        }
        java.util.Map<Long, java.util.Map<Integer, OffsetDateTime>> parts = reportedPartsOf(open);
        if (parts.isEmpty()) {
            return tasks;
        }
        return tasks.stream().map(t -> t.reportedAt() != null || !parts.containsKey(t.id()) ? t
                : new ReportingTask(t.id(), t.dispatchId(), t.unitId(), t.period(), t.periodStart(), t.dueOn(),
                        t.storedStatus(), null, parts.get(t.id()))).toList();
    }

    /** Whether the dispatch already has tasks for that period. */
    public boolean hasPeriod(long dispatchId, String period) {
        return jdbc.sql("SELECT COUNT(*) FROM reporting_task WHERE dispatch_id = ? AND period = ?")
                .params(dispatchId, period).query(Integer.class).single() > 0;
    }

    /** The tasks of the dispatch's latest period (its only one, for a one-off dispatch). */
    public List<ReportingTask> currentTasksOf(long dispatchId) {
        return withParts(jdbc.sql("SELECT " + COLUMNS + " FROM reporting_task WHERE dispatch_id = ? AND period ="
                        + " (SELECT MAX(period) FROM reporting_task WHERE dispatch_id = ?) ORDER BY id")
                .params(dispatchId, dispatchId).query(this::row).list());
    }

    public List<ReportingTask> tasksOf(long dispatchId) {
        return withParts(jdbc.sql("SELECT " + COLUMNS + " FROM reporting_task WHERE dispatch_id = ? ORDER BY id")
                .param(dispatchId).query(this::row).list());
    }

    public List<ReportingTask> openTasksOf(long dispatchId) {
        return withParts(jdbc.sql("SELECT " + COLUMNS + " FROM reporting_task WHERE dispatch_id = ? AND reported_at IS NULL"
                        + " AND status = 'OPEN' ORDER BY id")
                .param(dispatchId).query(this::row).list());
    }

    private ReportingTask row(ResultSet rs, int n) throws SQLException {
        Timestamp reported = rs.getTimestamp("reported_at");
        return new ReportingTask(rs.getLong("id"), rs.getLong("dispatch_id"), rs.getString("unit_id"),
                rs.getString("period"), rs.getObject("period_start", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                rs.getString("status"),
                reported == null ? null : reported.toInstant().atZone(zone).toOffsetDateTime());
    }
}
