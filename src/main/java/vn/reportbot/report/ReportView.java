package vn.reportbot.report;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A processed message as {@code GET /api/reports} shows it: the {@code classify} fields plus id, receivedAt (when the
 * office's server received it), sentAt (what the sender's {@code Date:} says, or null), from and subject.
 */
@JsonPropertyOrder({"id", "receivedAt", "sentAt", "from", "subject", "file", "messageId", "kind", "decision", "office", "unit",
        "dispatch", "dispatchId", "taskId", "tasks", "confidence", "reasons", "attachments"})
public record ReportView(long id, OffsetDateTime receivedAt, OffsetDateTime sentAt, String from, String subject, String file, String messageId,
                         String kind, String decision, String office, String unit, String dispatch, Long dispatchId, Long taskId,
                         List<Integer> tasks, double confidence, List<String> reasons, List<String> attachments) {
}
