package vn.reportbot.notify;

import java.util.List;

/**
 * A mail to queue, before its content is rendered. {@code dedupeKey} names the occasion
 * ({@code reminder:12:phuoc-dai:2026-11-23}): a second mail for the same occasion is never queued.
 *
 * @param attachDocumentOf the dispatch whose original file goes with the mail as an attachment, or null
 * @param cc               addresses in Cc (a reminder's copy to the staff); empty for none
 */
record OutgoingMail(String dedupeKey, String kind, String officeId, Long dispatchId, String unitId,
                    List<String> recipients, String inReplyTo, Long attachDocumentOf, List<String> cc) {

    OutgoingMail {
        cc = cc == null ? List.of() : List.copyOf(cc);
    }

    /** A mail without Cc. */
    OutgoingMail(String dedupeKey, String kind, String officeId, Long dispatchId, String unitId, List<String> recipients,
                 String inReplyTo, Long attachDocumentOf) {
        this(dedupeKey, kind, officeId, dispatchId, unitId, recipients, inReplyTo, attachDocumentOf, List.of());
    }

    /** A mail without attachment. */
    OutgoingMail(String dedupeKey, String kind, String officeId, Long dispatchId, String unitId, List<String> recipients,
                 String inReplyTo) {
        this(dedupeKey, kind, officeId, dispatchId, unitId, recipients, inReplyTo, null);
    }
}
