package vn.reportbot.staffmail;

import java.time.OffsetDateTime;
import java.util.List;

import vn.reportbot.dispatch.DispatchJson;
import vn.reportbot.dispatch.KnownDispatch;
import vn.reportbot.dispatch.ReportingPeriod;

/**
 * A staff member's mail offered a dispatch and was recorded; the staff member is to be told what became of it.
 * Published inside the recording transaction, so that the answer is queued exactly once per message.
 *
 * @param staffName     the staff member's name as the directory lists it
 * @param inReplyTo     the staff mail's Message-ID, or null
 * @param mailSubject   the subject of the staff mail
 * @param dispatch      what was read from the document: for {@link Outcome#IMPORTED} the stored dispatch, for
 *                      {@link Outcome#ALREADY_IMPORTED} and a dispatch of another office the parsed one; null when
 *                      nothing could be read as a dispatch
 * @param known         the dispatch as stored (imported now or before, with its effective cadence); null for
 *                      {@link Outcome#NOT_IMPORTED}
 * @param period        the period the units' tasks were opened for ({@link Outcome#IMPORTED} only, else null)
 * @param unitNames     the units that now owe a report ({@link Outcome#IMPORTED} only, else empty)
 * @param source        the file the dispatch was read from, or null when it was read from the mail's text
 * @param otherOfficeId the office the dispatch names when that is not the staff member's, else null
 * @param problems      why each document offered could not be imported ({@link Outcome#NOT_IMPORTED}), in plain
 *                      English; empty otherwise
 */
public record StaffDispatchAnswered(long reportId, String officeId, String staffAddress, String staffName,
                                    String inReplyTo, OffsetDateTime receivedAt, String mailSubject, Outcome outcome,
                                    DispatchJson dispatch, KnownDispatch known, ReportingPeriod period,
                                    List<String> unitNames, String source, String otherOfficeId,
                                    List<Problem> problems) {

    public StaffDispatchAnswered {
        unitNames = List.copyOf(unitNames);
        problems = List.copyOf(problems);
    }

    /** What became of the dispatch. */
    public enum Outcome {
        /** Imported now; the units' tasks are open. */
        IMPORTED,
        /** The same number was imported for the office before; nothing was changed. */
        ALREADY_IMPORTED,
        /** Nothing was imported: no document could be read as a dispatch, or it is another office's. */
        NOT_IMPORTED
    }

    /**
     * Why one document was not imported.
     *
     * @param document the file name, or null for the mail's own text
     * @param detail   the reason, in plain English, as the readers and the parser give it
     */
    public record Problem(String document, String detail) {
    }
}
