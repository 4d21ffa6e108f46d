package vn.reportbot.dispatch;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import vn.reportbot.audit.AuditLog;
import vn.reportbot.directory.Directory;
import vn.reportbot.directory.Unit;
import vn.reportbot.dispatchtext.Cadence;
import vn.reportbot.task.TaskLedger;

/**
 * Corrects what the parser read wrongly in an imported dispatch: its summary line, its deadline (the open tasks of a
 * one-off dispatch are then due on the new one), its numbered tasks or its cadence (the tasks not yet reported on
 * are then planned again: those of the old periods withdrawn, the current period of the new cadence opened, or the
 * one-off task when it has none any more). Number, date and office stay: a dispatch read under the wrong number is a
 * different dispatch. It also closes a dispatch (today or from a day on) and reopens it, recording who did and when;
 * see {@link DispatchLife}. Every change is written to the audit log (subject {@code dispatch}, actions
 * {@code correct}, {@code close}, {@code reopen}) in the same transaction, with the fields before and after.
 */
@Service
public class DispatchCorrector {

    /** A deadline further ahead than this many years is refused as a typing error. */
    public static final int MAX_YEARS_AHEAD = 5;

    private static final Logger log = LoggerFactory.getLogger(DispatchCorrector.class);

    private final DispatchStore store;
    private final TaskLedger tasks;
    private final Directory directory;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    DispatchCorrector(DispatchStore store, TaskLedger tasks, Directory directory, AuditLog audit, JsonMapper json,
                      Clock clock) {
        this.store = store;
        this.tasks = tasks;
        this.directory = directory;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The corrected dispatch, or empty when there is no dispatch {@code id}.
     *
     * @throws CorrectionRefusedException when the deadline is before the dispatch's date or more than
     *                                    {@value #MAX_YEARS_AHEAD} years ahead; nothing is changed then
     */
    @Transactional
    public Optional<DispatchJson> correct(long id, DispatchCorrection correction) {
        return store.find(id).map(stored -> {
            DispatchJson d = stored.parsed();
            LocalDate today = LocalDate.now(clock);
            if (correction.setDeadline()) {
                refuseImpossible(correction.deadline(), d.issuedOn(), today);
            }
            String number = correction.number() == null ? d.number() : numbered(correction.number().strip(), stored);
            DispatchJson before = store.json(stored);
            if (correction.changesParsedPart()) {
                DispatchJson corrected = new DispatchJson(null, d.file(), number, d.issuedOn(), d.place(), d.office(),
                        d.issuer(), correction.subject() == null ? d.subject() : correction.subject().strip(),
                        d.recipients(), correction.tasks() == null ? d.tasks() : correction.tasks(),
                        correction.tasks() == null ? d.taskCount() : correction.tasks().size(), d.mailbox(),
                        correction.setDeadline() ? correction.deadline() : d.deadline(),
                        correction.setCadence() ? correction.cadence() : d.cadence(), d.signer(), d.signerTitle(),
                        d.cites()).withProblems(correction.number() == null ? d.problems() : d.problems().stream()
                                .filter(p -> !p.startsWith(NO_NUMBER) && !p.startsWith(BLANK_NUMBER)).toList());
                store.update(id, corrected);
                boolean cadenceChanged = correction.setCadence() && !Objects.equals(correction.cadence(), d.cadence());
                if (cadenceChanged) {
                    planAgain(store.find(id).orElseThrow(), today);
                } else if (correction.setDeadline() && d.cadence() == null) {
                    tasks.reschedule(id, "", correction.deadline());
                }
                DispatchJson after = store.json(store.find(id).orElseThrow());
                Map<String, Object> was = changed(before, after);
                if (!was.isEmpty()) {
                    audit.record(correction.by(), "dispatch", String.valueOf(id), "correct", write(was),
                            write(changed(after, before)));
                }
                log.info("Dispatch {} ({}) of {} corrected by {}: {}", id, d.number(), stored.officeId(), correction.by(),
                        correction);
            }
            DispatchCorrection.Closing closing = correction.closing();
            if (closing != null) {
                DispatchJson beforeLife = store.json(store.find(id).orElseThrow());
                if (closing.closed()) {
                    LocalDate on = closing.on() == null ? today : closing.on();
                    store.close(id, on, closing.by());
                    log.info("Dispatch {} ({}) of {} closed from {} by {}", id, d.number(), stored.officeId(), on,
                            closing.by());
                } else {
                    store.reopen(id, today, closing.by());
                    log.info("Dispatch {} ({}) of {} reopened by {}", id, d.number(), stored.officeId(), closing.by());
                }
                DispatchJson afterLife = store.json(store.find(id).orElseThrow());
                audit.record(closing.by() == null ? correction.by() : closing.by(), "dispatch", String.valueOf(id),
                        closing.closed() ? "close" : "reopen", write(life(beforeLife)), write(life(afterLife)));
            }
            return store.json(store.find(id).orElseThrow());
        });
    }

    /** What the parser says of a dispatch without a number ({@code dispatchtext}'s problems). */
    private static final String NO_NUMBER = "không có số văn bản";
    private static final String BLANK_NUMBER = "số văn bản để trống";

    /**
     * The number staff give: one that reads as a dispatch number, and no other dispatch's of the office in the
     * dispatch's year.
     */
    private String numbered(String number, DispatchStore.StoredDispatch stored) {
        java.util.List<String> found = vn.reportbot.dispatchtext.DispatchNumber.findAll(number);
        if (found.isEmpty()) {
            throw new CorrectionRefusedException(CorrectionRefusedException.Reason.NUMBER_UNREAD,
                    "'" + number + "' is not a dispatch number such as 454/UBND-NCTH");
        }
        String normal = found.get(0);
        int year = stored.parsed().issuedOn() == null ? LocalDate.now(clock).getYear() : stored.parsed().issuedOn().getYear();
        store.find(stored.officeId(), normal, year).filter(other -> other.id() != stored.id()).ifPresent(other -> {
            throw new CorrectionRefusedException(CorrectionRefusedException.Reason.NUMBER_TAKEN,
                    "number " + normal + " is already dispatch " + other.id() + " of " + stored.officeId() + " in " + year);
        });
        return normal;
    }

    private static void refuseImpossible(LocalDate deadline, LocalDate issuedOn, LocalDate today) {
        if (deadline == null) {
            return;
        }
        if (issuedOn != null && deadline.isBefore(issuedOn)) {
            throw new CorrectionRefusedException(CorrectionRefusedException.Reason.DEADLINE_BEFORE_ISSUE,
                    "deadline " + deadline + " is before the dispatch's date " + issuedOn);
        }
        if (deadline.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            throw new CorrectionRefusedException(CorrectionRefusedException.Reason.DEADLINE_TOO_FAR,
                    "deadline " + deadline + " is more than " + MAX_YEARS_AHEAD + " years ahead");
        }
    }

    /**
     * Plans the dispatch's tasks again after its cadence changed: the tasks nobody reported on yet are withdrawn,
     * then every unit that owes nothing for the new plan's current period (or the one-off task) is given it.
     */
    private void planAgain(DispatchStore.StoredDispatch stored, LocalDate today) {
        KnownDispatch known = store.known(stored);
        int withdrawn = tasks.withdrawUntouched(known.id());
        ReportingPeriod period = known.cadence() == null ? ReportingPeriod.once(known.deadline())
                : ReportingPeriod.containing(known.cadence(), today);
        java.util.Set<String> owing = new java.util.HashSet<>();
        tasks.tasksOf(known.id()).stream().filter(t -> t.period().equals(period.key()))
                .forEach(t -> owing.add(t.unitId()));
        List<String> units = directory.office(known.officeId()).map(o -> o.units().stream().map(Unit::id)
                .filter(u -> !owing.contains(u)).toList()).orElse(List.of());
        int opened = tasks.open(known.id(), units, period.key(), period.start(), period.due());
        log.info("Dispatch {} of {}: cadence now {}; {} task(s) not yet reported withdrawn, {} opened for {}",
                known.number(), known.officeId(), known.cadence() == null ? "none" : known.cadence().frequency(),
                withdrawn, opened, period.label());
    }

    /** The fields of {@code of} that differ in {@code other}. */
    private static Map<String, Object> changed(DispatchJson of, DispatchJson other) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (!Objects.equals(of.number(), other.number())) {
            fields.put("number", of.number());
        }
        if (!Objects.equals(of.subject(), other.subject())) {
            fields.put("subject", of.subject());
        }
        if (!Objects.equals(of.deadline(), other.deadline())) {
            fields.put("deadline", of.deadline());
        }
        if (!Objects.equals(of.tasks(), other.tasks())) {
            fields.put("tasks", of.tasks());
        }
        if (!Objects.equals(of.cadence(), other.cadence())) {
            fields.put("cadence", of.cadence());
        }
        return fields;
    }

    private static Map<String, Object> life(DispatchJson d) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("open", d.open());
        fields.put("closedOn", d.closedOn() == null ? null : d.closedOn().orElse(null));
        return fields;
    }

    private String write(Map<String, Object> fields) {
        return json.writeValueAsString(fields);
    }

    /** The cadence of words a person wrote ({@link Cadence#read}), refused when they name none. */
    public static Cadence cadenceOf(String words) {
        return Cadence.read(words).orElseThrow(() -> new CorrectionRefusedException(
                CorrectionRefusedException.Reason.CADENCE_UNREAD, "no cadence in '" + words + "': write it as a"
                + " dispatch does, such as 'hằng tuần, trước 15 giờ thứ Năm', 'hằng tháng trước ngày 25', 'hằng quý',"
                + " 'hằng ngày' or 'thường xuyên'"));
    }
}
