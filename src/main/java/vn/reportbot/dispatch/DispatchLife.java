package vn.reportbot.dispatch;

import java.time.LocalDate;

import vn.reportbot.dispatchtext.Cadence;

/**
 * What staff did to a dispatch's life, and the rule that closes it on its own.
 *
 * <p>A dispatch is open until its closing day. Staff may set that day ({@code PATCH … {"closed": …}}); otherwise it
 * closes {@code close-after-days} days after its end: the deadline of a one-off dispatch, the last day of the period
 * holding the end date of a dispatch with a cadence (one with no end date, like one without a deadline, never closes
 * on its own). Those days are counted from the day it was imported instead, when that is later (a dispatch imported
 * after its deadline is not closed at once), and from the day staff last reopened it, when that is later still: a
 * dispatch staff reopened stays open for {@code close-after-days} days at least, and longer if its deadline moves.
 *
 * @param closedOn   the closing day staff set, or null
 * @param closedBy   who set it, or null
 * @param reopenedOn the day staff last reopened it, or null
 * @param reopenedBy who reopened it, or null
 * @param importedOn the day it was imported, or null when that is not known (a catalog in memory)
 */
record DispatchLife(LocalDate closedOn, String closedBy, LocalDate reopenedOn, String reopenedBy, LocalDate importedOn) {

    static final DispatchLife UNTOUCHED = new DispatchLife(null, null, null, null, null);

    /** The first day the dispatch is closed, or null while nothing closes it. */
    LocalDate closesOn(LocalDate deadline, Cadence cadence, int closeAfterDays) {
        if (closedOn != null) {
            return closedOn;
        }
        LocalDate end = end(deadline, cadence);
        if (end == null || closeAfterDays <= 0) {
            return null;
        }
        LocalDate from = later(later(end, importedOn), reopenedOn);
        return from.plusDays(closeAfterDays);
    }

    /** The deadline of a one-off dispatch; the end of the period that holds the end date of one with a cadence. */
    static LocalDate end(LocalDate deadline, Cadence cadence) {
        if (deadline == null) {
            return null;
        }
        return cadence == null ? deadline : ReportingPeriod.containing(cadence, deadline).end();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b == null || a.isAfter(b) ? a : b;
    }
}
