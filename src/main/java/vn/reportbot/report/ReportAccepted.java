package vn.reportbot.report;

import java.time.OffsetDateTime;
import java.util.List;

import vn.reportbot.dispatch.KnownDispatch;

/**
 * A report was counted for a unit and dispatch, automatically or by a person settling it.
 * Published inside the transaction that counted it, so the acknowledgement commits with it.
 *
 * @param tasks       the dispatch's numbered tasks the report says it addresses; empty when it names none
 * @param period      the reporting period it counted for, as people say it; empty for a one-off dispatch
 * @param replyTo     the sender's address, to acknowledge to
 * @param inReplyTo   the report's Message-ID, or null
 * @param receivedAt  when the office's server received it, which deadlines are measured against
 * @param attachments the files that came with it, as shown to people
 * @param recorded    the dispatch's numbered tasks recorded for the unit by this report (all of them when it named
 *                    none); empty for a dispatch without numbered tasks
 * @param stillDue    the dispatch's numbered tasks the unit still owes for that period after this report; empty once
 *                    all is reported, or for a dispatch without numbered tasks
 * @param subject     the report's own subject, as the unit wrote it (may be empty)
 * @param references  the report's References (its conversation, oldest first), to thread the answer in it
 */
public record ReportAccepted(long reportId, String officeId, String unitId, KnownDispatch dispatch, List<Integer> tasks,
                             String period, String replyTo, String inReplyTo, OffsetDateTime receivedAt,
                             List<String> attachments, List<Integer> recorded, List<Integer> stillDue, String subject,
                             List<String> references) {
    public ReportAccepted {
        tasks = List.copyOf(tasks);
        attachments = List.copyOf(attachments);
        recorded = recorded == null ? List.of() : List.copyOf(recorded);
        stillDue = stillDue == null ? List.of() : List.copyOf(stillDue);
        subject = subject == null ? "" : subject;
        references = references == null ? List.of() : List.copyOf(references);
    }

    /** A report that counted for the tasks it names, leaving nothing due, whose subject and conversation are not known. */
    public ReportAccepted(long reportId, String officeId, String unitId, KnownDispatch dispatch, List<Integer> tasks,
                          String period, String replyTo, String inReplyTo, OffsetDateTime receivedAt,
                          List<String> attachments) {
        this(reportId, officeId, unitId, dispatch, tasks, period, replyTo, inReplyTo, receivedAt, attachments,
                tasks, List.of(), "", List.of());
    }
}
