package vn.reportbot.notify;

import java.util.List;

/**
 * A mail to queue, before its content is rendered. {@code dedupeKey} names the occasion
 * ({@code reminder:12:phuoc-dai:2026-11-23}): a second mail for the same occasion is never queued.
 *
 * @param attachDocumentOf the dispatch whose original file goes with the mail as an attachment, or null
 * @param references       the Message-IDs of the conversation the mail answers, oldest first (its {@code References});
 *                         empty: the {@code inReplyTo} alone
 */
record OutgoingMail(String dedupeKey, String kind, String officeId, Long dispatchId, String unitId,
                    List<String> recipients, String inReplyTo, Long attachDocumentOf, List<String> references) {

    OutgoingMail {
        references = references == null ? List.of() : List.copyOf(references);
    }

    /** A mail whose conversation is its {@code inReplyTo} alone. */
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
