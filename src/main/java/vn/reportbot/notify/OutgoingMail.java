package vn.reportbot.notify;

import java.util.List;

/**
 * A mail to queue, before its content is rendered. {@code dedupeKey} names the occasion
 * ({@code reminder:12:phuoc-dai:2026-11-23}): a second mail for the same occasion is never queued.
 *
 * @param attachDocumentOf the dispatch whose original file goes with the mail as an attachment, or null
 * @param references       the Message-IDs of the conversation the mail answers, oldest first (its {@code References});
 *                         empty: the {@code inReplyTo} alone
 * @param attachments      files stored with the mail when it is queued, in order; never null
 * @param cc               addresses in Cc (a reminder's copy to the staff); empty for none
 */
record OutgoingMail(String dedupeKey, String kind, String officeId, Long dispatchId, String unitId,
                    List<String> recipients, String inReplyTo, Long attachDocumentOf, List<String> references,
                    List<MailAttachment> attachments, List<String> cc) {

    OutgoingMail {
        references = references == null ? List.of() : List.copyOf(references);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        cc = cc == null ? List.of() : List.copyOf(cc);
    }

    /** A mail without files of its own or Cc, whose conversation is {@code references}. */
    OutgoingMail(String dedupeKey, String kind, String officeId, Long dispatchId, String unitId, List<String> recipients,
                 String inReplyTo, Long attachDocumentOf, List<String> references) {
        this(dedupeKey, kind, officeId, dispatchId, unitId, recipients, inReplyTo, attachDocumentOf, references, List.of(),
                List.of());
    }

    /** A mail that may carry a dispatch's original file, whose conversation is its {@code inReplyTo} alone. */
    OutgoingMail(String dedupeKey, String kind, String officeId, Long dispatchId, String unitId, List<String> recipients,
                 String inReplyTo, Long attachDocumentOf) {
        this(dedupeKey, kind, officeId, dispatchId, unitId, recipients, inReplyTo, attachDocumentOf, List.of(), List.of(),
                List.of());
    }

    /** A mail without attachment. */
    OutgoingMail(String dedupeKey, String kind, String officeId, Long dispatchId, String unitId, List<String> recipients,
                 String inReplyTo) {
        this(dedupeKey, kind, officeId, dispatchId, unitId, recipients, inReplyTo, null);
    }

    /** The same mail carrying these files. */
    OutgoingMail withAttachments(List<MailAttachment> files) {
        return new OutgoingMail(dedupeKey, kind, officeId, dispatchId, unitId, recipients, inReplyTo, attachDocumentOf,
                references, files, cc);
    }

    /** The same mail with these addresses in Cc. */
    OutgoingMail withCc(List<String> copies) {
        return new OutgoingMail(dedupeKey, kind, officeId, dispatchId, unitId, recipients, inReplyTo, attachDocumentOf,
                references, attachments, copies);
    }
}
