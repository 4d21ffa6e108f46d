package vn.reportbot.dispatch;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.Unit;
import vn.reportbot.dispatchtext.Cadence;
import vn.reportbot.task.ReportingTask;
import vn.reportbot.task.TaskLedger;
import vn.reportbot.task.TaskStatus;

/** The state of every dispatch: which units reported, which have not. */
@Service
public class DispatchOverview {

    private final DispatchStore store;
    private final TaskLedger tasks;
    private final Directory directory;
    private final Clock clock;

    DispatchOverview(DispatchStore store, TaskLedger tasks, Directory directory, Clock clock) {
        this.store = store;
        this.tasks = tasks;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * Unit counts of one dispatch: {@code reported} (wholly, {@code late} of them after the deadline), {@code open}
     * (still owing something), and {@code partial}: of the open ones, those that reported some of the dispatch's
     * numbered tasks but not all.
     */
    public record UnitCounts(int total, int reported, int open, int late, int partial) {
    }

    /**
     * A dispatch in the list of {@code GET /api/dispatches}.
     *
     * @param closedOn the first day it is closed (set by staff or reckoned), or null while nothing closes it
     * @param open     whether it is open today: reminded, in the digest
     * @param problems what its document lacks and staff must supply (a dispatch without a number is listed under a
     *                 placeholder number with {@code không có số văn bản}); left out when nothing is missing
     */
    public record DispatchListing(long id, String number, String office, String subject, LocalDate issuedOn,
                                 LocalDate deadline, Cadence cadence, String period, UnitCounts units,
                                 LocalDate closedOn, boolean open,
                                 @com.fasterxml.jackson.annotation.JsonInclude(
                                         com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
                                 List<String> problems) {
    }

    /**
     * One unit's line in a dispatch's status.
     *
     * @param reportedAt when the whole was reported, or null
     * @param reports    the reports recorded for the unit's task, oldest first
     * @param tasks      one line per numbered task of the dispatch; empty for a dispatch without numbered tasks, or an
     *                   exempt unit
     */
    public record UnitStatus(String unit, String name, TaskStatus status, java.time.OffsetDateTime reportedAt,
                             List<Long> reports, List<TaskLine> tasks) {
    }

    /**
     * One numbered task of the dispatch, for one unit.
     *
     * @param status     {@code OPEN}, {@code REPORTED}, {@code LATE} or {@code OVERDUE}
     * @param reportedAt when a report first addressed it (or addressed the whole dispatch), or null
     * @param reports    the reports that addressed it, or the whole dispatch, oldest first
     */
    public record TaskLine(int ordinal, TaskStatus status, java.time.OffsetDateTime reportedAt, List<Long> reports) {
    }

    /** The full status of one dispatch. */
    public record DispatchStatus(DispatchJson dispatch, String period, List<UnitStatus> units) {
    }

    public List<DispatchListing> list(Optional<String> officeId) {
        List<DispatchListing> listings = new ArrayList<>();
        for (DispatchStore.StoredDispatch d : store.all()) {
            if (officeId.isPresent() && !officeId.get().equals(d.officeId())) {
                continue;
            }
            KnownDispatch known = store.known(d);
            List<ReportingTask> current = tasks.currentTasksOf(d.id());
            listings.add(new DispatchListing(d.id(), d.parsed().number(), d.officeId(), d.parsed().subject(),
                    d.parsed().issuedOn(), d.deadline(), known.cadence(), periodLabel(known, current), counts(current),
                    known.closedOn(), known.isOpenOn(LocalDate.now(clock)), d.parsed().problems()));
        }
        return listings;
    }

    /**
     * The status of each unit of the dispatch's office, counting each report for every numbered task.
     *
     * @param reportsOf the ids of the reports recorded against a task
     * @see #statusByTask
     */
    public Optional<DispatchStatus> status(long dispatchId, java.util.function.LongFunction<List<Long>> reportsOf) {
        return statusByTask(dispatchId, task -> {
            java.util.Map<Long, List<Integer>> named = new java.util.LinkedHashMap<>();
            reportsOf.apply(task).forEach(id -> named.put(id, List.of()));
            return named;
        });
    }

    /**
     * The status of each unit of the dispatch's office, and of each of its numbered tasks.
     *
     * @param reportsOf the reports recorded against a task, oldest first, each with the numbered tasks it named
     *                  (empty: it counts for all of them)
     */
    public Optional<DispatchStatus> statusByTask(long dispatchId,
                                                 java.util.function.LongFunction<java.util.Map<Long, List<Integer>>> reportsOf) {
        return store.find(dispatchId).map(d -> {
            LocalDate today = LocalDate.now(clock);
            KnownDispatch known = store.known(d);
            List<Integer> ordinals = known.ordinals();
            List<UnitStatus> units = new ArrayList<>();
            List<ReportingTask> current = tasks.currentTasksOf(dispatchId);
            java.util.Map<Long, java.util.Map<Integer, java.time.OffsetDateTime>> parts = ordinals.isEmpty()
                    ? java.util.Map.of() : tasks.reportedPartsOf(current.stream().map(ReportingTask::id).toList());
            for (ReportingTask task : current) {
                String name = directory.office(d.officeId()).flatMap(o -> o.unit(task.unitId())).map(Unit::name)
                        .orElse(task.unitId());
                java.util.Map<Long, List<Integer>> reports = reportsOf.apply(task.id());
                List<TaskLine> lines = new ArrayList<>();
                if (task.statusOn(today) != TaskStatus.EXEMPT) {
                    java.util.Map<Integer, java.time.OffsetDateTime> reported = parts.getOrDefault(task.id(), java.util.Map.of());
                    for (int ordinal : ordinals) {
                        java.time.OffsetDateTime at = reported.getOrDefault(ordinal, task.reportedAt());
                        List<Long> about = reports.entrySet().stream()
                                .filter(r -> ReportingTask.covered(r.getValue(), ordinals).contains(ordinal))
                                .map(java.util.Map.Entry::getKey).toList();
                        lines.add(new TaskLine(ordinal, task.partStatusOn(at, today), at, about));
                    }
                }
                units.add(new UnitStatus(task.unitId(), name, task.statusOn(today), task.reportedAt(),
                        List.copyOf(reports.keySet()), lines));
            }
            return new DispatchStatus(store.json(d), periodLabel(known, current), units);
        });
    }

    private static String periodLabel(KnownDispatch dispatch, List<ReportingTask> current) {
        return current.isEmpty() ? "" : dispatch.periodLabel(current.get(0).periodStart());
    }

    private UnitCounts counts(List<ReportingTask> all) {
        LocalDate today = LocalDate.now(clock);
        int reported = 0;
        int open = 0;
        int late = 0;
        int partial = 0;
        for (ReportingTask t : all) {
            switch (t.statusOn(today)) {
                case REPORTED -> reported++;
                case LATE -> {
                    reported++;
                    late++;
                }
                case PARTIAL -> {
                    open++;
                    partial++;
                }
                case OPEN, OVERDUE -> open++;
                case EXEMPT -> { }
            }
        }
        return new UnitCounts(all.size(), reported, open, late, partial);
    }
}
