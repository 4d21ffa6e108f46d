package vn.reportbot.notify;

import java.time.LocalDate;
import java.util.List;

/**
 * The files an office's digest carries (the consolidated .xlsx and the draft báo cáo tổng hợp .docx). Made when the
 * digest is queued, from the same data as its text, and stored with it. Optional: without a bean of this type the
 * digest goes without files.
 */
public interface DigestFiles {

    /**
     * The files for the office's digest of that day, about those of its dispatches that are open, in the order they
     * go with the mail; empty when there is nothing to attach. Never null.
     */
    List<MailAttachment> filesFor(String officeId, List<Long> openDispatchIds, LocalDate day);
}
