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

    /** Unit counts of one dispatch. */
    public record UnitCounts(int total, int reported, int open, int late) {
    }

    /**
     * A dispatch in the list of {@code GET /api/dispatches}.
     *
     * @param closedOn the first day it is closed (set by staff or reckoned), or null while nothing closes it
     * @param open     whether it is open today: reminded, in the digest
     */
    public record DispatchListing(long id, String number, String office, String subject, LocalDate issuedOn,
                                 LocalDate deadline, Cadence cadence, String period, UnitCounts units,
                                 LocalDate closedOn, boolean open) {
    }

    /** One unit's line in a dispatch's status. */
    public record UnitStatus(String unit, String name, TaskStatus status, java.time.OffsetDateTime reportedAt,
                             List<Long> reports) {
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
                    known.closedOn(), known.isOpenOn(LocalDate.now(clock))));
        }
        return listings;
    }

    /**
     * The status of each unit of the dispatch's office.
     *
     * @param reportsOf the ids of the reports recorded against a task
     */
    public Optional<DispatchStatus> status(long dispatchId, java.util.function.LongFunction<List<Long>> reportsOf) {
        return store.find(dispatchId).map(d -> {
            LocalDate today = LocalDate.now(clock);
            List<UnitStatus> units = new ArrayList<>();
            List<ReportingTask> current = tasks.currentTasksOf(dispatchId);
            for (ReportingTask task : current) {
                String name = directory.office(d.officeId()).flatMap(o -> o.unit(task.unitId())).map(Unit::name)
                        .orElse(task.unitId());
                units.add(new UnitStatus(task.unitId(), name, task.statusOn(today), task.reportedAt(),
                        reportsOf.apply(task.id())));
            }
            return new DispatchStatus(store.json(d), periodLabel(store.known(d), current), units);
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
        for (ReportingTask t : all) {
            switch (t.statusOn(today)) {
                case REPORTED -> reported++;
                case LATE -> {
                    reported++;
                    late++;
                }
                case OPEN, PARTIAL, OVERDUE -> open++;
                case EXEMPT -> { }
            }
        }
        return new UnitCounts(all.size(), reported, open, late);
    }
}
