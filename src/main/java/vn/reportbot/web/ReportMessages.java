package vn.reportbot.web;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.reportbot.intake.AttachedFile;
import vn.reportbot.intake.MalformedMessageException;
import vn.reportbot.intake.MessageReader;
import vn.reportbot.mailbox.StoredMessages;
import vn.reportbot.report.ReportLog;

/**
 * A report's message as it arrived, read again from where the mailbox stored it: its HTML body and its attachments'
 * content, which the report's row does not keep. A message that is not stored (any more) gives nothing.
 */
@Component
class ReportMessages {

    private static final Logger log = LoggerFactory.getLogger(ReportMessages.class);

    private final ReportLog reports;
    private final StoredMessages stored;
    private final MessageReader reader;

    ReportMessages(ReportLog reports, StoredMessages stored, MessageReader reader) {
        this.reports = reports;
        this.stored = stored;
        this.reader = reader;
    }

    /** The report's own HTML body, unsanitised (for {@link SafeHtml} only), if it had one. */
    Optional<String> html(long reportId) {
        return raw(reportId).flatMap(raw -> {
            try {
                return reader.html(raw);
            } catch (MalformedMessageException e) {
                return Optional.empty();
            }
        });
    }

    /** The report's attachment {@code n} (from 0, as the report lists them), if it is there. */
    Optional<AttachedFile> attachment(long reportId, int n) {
        return raw(reportId).flatMap(raw -> {
            try {
                return reader.attachment(raw, n);
            } catch (MalformedMessageException e) {
                log.warn("Report {}: its stored message cannot be read again: {}", reportId, e.getMessage());
                return Optional.empty();
            }
        });
    }

    private Optional<byte[]> raw(long reportId) {
        return reports.rawSha256(reportId).flatMap(stored::read);
    }
}
