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
 */
public record KnownDispatch(long id, String officeId, String number, LocalDate issuedOn, String subject,
                            LocalDate deadline, List<DispatchTask> tasks, Cadence cadence) {
    public KnownDispatch {
        tasks = List.copyOf(tasks);
    }

    /** A one-off dispatch. */
    public KnownDispatch(long id, String officeId, String number, LocalDate issuedOn, String subject, LocalDate deadline,
                         List<DispatchTask> tasks) {
        this(id, officeId, number, issuedOn, subject, deadline, tasks, null);
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
