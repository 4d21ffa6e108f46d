package vn.reportbot.dispatch;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.reportbot.task.TaskLedger;

/**
 * Corrects what the parser read wrongly in an imported dispatch: its summary line, its deadline (the open tasks of a
 * one-off dispatch are then due on the new one) or its numbered tasks. Number, date and office stay: a dispatch
 * read under the wrong number is a different dispatch. It also closes a dispatch (today or from a day on) and
 * reopens it, recording who did and when; see {@link DispatchLife}.
 */
@Service
public class DispatchCorrector {

    private static final Logger log = LoggerFactory.getLogger(DispatchCorrector.class);

    private final DispatchStore store;
    private final TaskLedger tasks;
    private final Clock clock;

    DispatchCorrector(DispatchStore store, TaskLedger tasks, Clock clock) {
        this.store = store;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** The corrected dispatch, or empty when there is no dispatch {@code id}. */
    @Transactional
    public Optional<DispatchJson> correct(long id, DispatchCorrection correction) {
        return store.find(id).map(stored -> {
            DispatchJson d = stored.parsed();
            boolean parsedPartChanged = correction.subject() != null || correction.setDeadline() || correction.tasks() != null;
            if (parsedPartChanged) {
                DispatchJson corrected = new DispatchJson(null, d.file(), d.number(), d.issuedOn(), d.place(), d.office(),
                        d.issuer(), correction.subject() == null ? d.subject() : correction.subject().strip(),
                        d.recipients(), correction.tasks() == null ? d.tasks() : correction.tasks(),
                        correction.tasks() == null ? d.taskCount() : correction.tasks().size(), d.mailbox(),
                        correction.setDeadline() ? correction.deadline() : d.deadline(), d.cadence(), d.signer(),
                        d.signerTitle(), d.cites()).withProblems(d.problems());
                store.update(id, corrected);
                if (correction.setDeadline() && d.cadence() == null) {
                    tasks.reschedule(id, "", correction.deadline());
                }
            }
            DispatchCorrection.Closing closing = correction.closing();
            if (closing != null) {
                LocalDate today = LocalDate.now(clock);
                if (closing.closed()) {
                    LocalDate on = closing.on() == null ? today : closing.on();
                    store.close(id, on, closing.by());
                    log.info("Dispatch {} ({}) of {} closed from {} by {}", id, d.number(), stored.officeId(), on,
                            closing.by());
                } else {
                    store.reopen(id, today, closing.by());
                    log.info("Dispatch {} ({}) of {} reopened by {}", id, d.number(), stored.officeId(), closing.by());
                }
            }
            if (parsedPartChanged) {
                log.info("Dispatch {} ({}) of {} corrected: {}", id, d.number(), stored.officeId(), correction);
            }
            return store.json(store.find(id).orElseThrow());
        });
    }
}
