package vn.reportbot.report;

import java.time.OffsetDateTime;
import java.util.List;

import vn.reportbot.dispatch.KnownDispatch;

/**
 * A report was counted for a unit and dispatch, automatically or by a person settling it.
 * Published inside the transaction that counted it, so the acknowledgement commits with it.
 *
 * @param period      the reporting period it counted for, as people say it; empty for a one-off dispatch
 * @param replyTo     the sender's address, to acknowledge to
 * @param inReplyTo   the report's Message-ID, or null
 * @param receivedAt  when the office's server received it, which deadlines are measured against
 * @param attachments the files that came with it, as shown to people
 */
public record ReportAccepted(long reportId, String officeId, String unitId, KnownDispatch dispatch, List<Integer> tasks,
                             String period, String replyTo, String inReplyTo, OffsetDateTime receivedAt,
                             List<String> attachments) {
    public ReportAccepted {
        tasks = List.copyOf(tasks);
        attachments = List.copyOf(attachments);
    }
}
