package vn.reportbot.dispatch;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.Office;
import vn.reportbot.directory.Unit;
import vn.reportbot.task.TaskLedger;

/**
 * Opens the current period's tasks of dispatches with a cadence, once per period: every unit of
 * the office owes one report per week (month, quarter, day) for as long as the dispatch stands.
 */
@Service
public class ReportingPeriods {

    private static final Logger log = LoggerFactory.getLogger(ReportingPeriods.class);

    private final DispatchCatalog dispatches;
    private final TaskLedger tasks;
    private final Directory directory;
    private final Clock clock;

    ReportingPeriods(DispatchCatalog dispatches, TaskLedger tasks, Directory directory, Clock clock) {
        this.dispatches = dispatches;
        this.tasks = tasks;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * Opens the current period of every open dispatch with a cadence (of one office, or all); returns the tasks opened.
     * A closed dispatch asks for no more periods.
     */
    @Transactional
    public int openCurrentPeriods(Optional<String> officeId) {
        int opened = 0;
        List<Office> offices = directory.officesOrOne(officeId);
        LocalDate today = LocalDate.now(clock);
        for (Office office : offices) {
            for (KnownDispatch dispatch : dispatches.openDispatchesOf(office.id(), today)) {
                opened += openCurrentPeriod(dispatch);
            }
        }
        return opened;
    }

    /** Opens the dispatch's current period if it has a cadence and that period is not open yet. */
    @Transactional
    public int openCurrentPeriod(KnownDispatch dispatch) {
        if (dispatch.cadence() == null) {
            return 0;
        }
        ReportingPeriod period = dispatch.periodOn(LocalDate.now(clock));
        if (tasks.hasPeriod(dispatch.id(), period.key())) {
            return 0;
        }
        List<String> unitIds = directory.office(dispatch.officeId()).map(o -> o.units().stream().map(Unit::id).toList())
                .orElse(List.of());
        int opened = tasks.open(dispatch.id(), unitIds, period.key(), period.start(), period.due());
        log.info("Dispatch {} of {}: period {} opened for {} unit(s), due {}", dispatch.number(), dispatch.officeId(),
                period.label(), opened, period.due());
        return opened;
    }
}
