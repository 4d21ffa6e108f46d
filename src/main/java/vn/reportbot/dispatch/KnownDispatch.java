package vn.reportbot.dispatch;

import java.time.LocalDate;
import java.util.List;

import vn.reportbot.dispatchtext.Cadence;
import vn.reportbot.dispatchtext.DispatchTask;

/**
 * An imported dispatch as matching sees it.
 *
 * @param number   normalised number and symbol, e.g. {@code 319/MTTQ-BTT}
 * @param issuedOn may be null when the document gave no date
 * @param deadline may be null
 * @param cadence  the effective cadence (an open-ended one already turned into the office's default);
 *                 null for a one-off dispatch
 * @param closedOn the first day the dispatch is closed (set by staff, or reckoned from its deadline or last period),
 *                 which may be still to come; null while nothing closes it
 */
public record KnownDispatch(long id, String officeId, String number, LocalDate issuedOn, String subject,
                            LocalDate deadline, List<DispatchTask> tasks, Cadence cadence, LocalDate closedOn) {
    public KnownDispatch {
        tasks = List.copyOf(tasks);
    }

    /** A dispatch nothing has closed. */
    public KnownDispatch(long id, String officeId, String number, LocalDate issuedOn, String subject, LocalDate deadline,
                         List<DispatchTask> tasks, Cadence cadence) {
        this(id, officeId, number, issuedOn, subject, deadline, tasks, cadence, null);
    }

    /** A one-off dispatch. */
    public KnownDispatch(long id, String officeId, String number, LocalDate issuedOn, String subject, LocalDate deadline,
                         List<DispatchTask> tasks) {
        this(id, officeId, number, issuedOn, subject, deadline, tasks, null, null);
    }

    /** Whether the dispatch is still open on that day: reminded and in the digest. Matching uses it either way. */
    public boolean isOpenOn(LocalDate day) {
        return closedOn == null || day.isBefore(closedOn);
    }

    /** The same dispatch closing on that day (null: open). */
    public KnownDispatch closingOn(LocalDate day) {
        return new KnownDispatch(id, officeId, number, issuedOn, subject, deadline, tasks, cadence, day);
    }

    /** How people name the period that starts on that day ({@code tuần 38/2021 (…)}); empty for a one-off task (null start). */
    public String periodLabel(LocalDate periodStart) {
        return periodStart == null || cadence == null ? "" : ReportingPeriod.containing(cadence, periodStart).label();
    }

    /** The period a report sent on that day belongs to, or the single period of a one-off dispatch. */
    public ReportingPeriod periodOn(LocalDate day) {
        return cadence == null ? ReportingPeriod.once(deadline) : ReportingPeriod.containing(cadence, day);
    }
}
