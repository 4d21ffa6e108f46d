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
 * @param recipients whom the dispatch is addressed to, as its {@code Kính gửi} reads
 *                   ({@code Ban Thường trực Ủy ban MTTQVN các xã}); may be empty
 * @param closedOn the first day the dispatch is closed (set by staff, or reckoned from its deadline or last period),
 *                 which may be still to come; null while nothing closes it
 */
public record KnownDispatch(long id, String officeId, String number, LocalDate issuedOn, String subject,
                            LocalDate deadline, List<DispatchTask> tasks, Cadence cadence, List<String> recipients,
                            LocalDate closedOn) {
    public KnownDispatch {
        tasks = List.copyOf(tasks);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** A dispatch whose {@code Kính gửi} is not known and that nothing has closed. */
    public KnownDispatch(long id, String officeId, String number, LocalDate issuedOn, String subject, LocalDate deadline,
                         List<DispatchTask> tasks, Cadence cadence) {
        this(id, officeId, number, issuedOn, subject, deadline, tasks, cadence, List.of(), null);
    }

    /** A dispatch nothing has closed. */
    public KnownDispatch(long id, String officeId, String number, LocalDate issuedOn, String subject, LocalDate deadline,
                         List<DispatchTask> tasks, Cadence cadence, List<String> recipients) {
        this(id, officeId, number, issuedOn, subject, deadline, tasks, cadence, recipients, null);
    }

    /** The ordinals of the dispatch's numbered tasks, in order; empty when it has none. */
    public List<Integer> ordinals() {
        return tasks.stream().map(DispatchTask::ordinal).toList();
    }

    /** A one-off dispatch. */
    public KnownDispatch(long id, String officeId, String number, LocalDate issuedOn, String subject, LocalDate deadline,
                         List<DispatchTask> tasks) {
        this(id, officeId, number, issuedOn, subject, deadline, tasks, null, List.of(), null);
    }

    /** Whether the dispatch is still open on that day: reminded and in the digest. Matching uses it either way. */
    public boolean isOpenOn(LocalDate day) {
        return closedOn == null || day.isBefore(closedOn);
    }

    /** The same dispatch closing on that day (null: open). */
    public KnownDispatch closingOn(LocalDate day) {
        return new KnownDispatch(id, officeId, number, issuedOn, subject, deadline, tasks, cadence, recipients, day);
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
