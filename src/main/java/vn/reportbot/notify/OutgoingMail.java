package vn.reportbot.notify;

import java.util.List;

import vn.reportbot.templates.RenderedMail;

/**
 * A mail to queue. {@code dedupeKey} names the occasion ({@code reminder:12:phuoc-dai:2026-11-23}):
 * a second mail for the same occasion is never queued.
 */
record OutgoingMail(String dedupeKey, String kind, String officeId, Long dispatchId, String unitId,
                    List<String> recipients, RenderedMail content, String inReplyTo) {
}
