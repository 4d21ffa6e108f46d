package vn.reportbot.notify;

import java.time.Instant;
import java.util.List;

/**
 * One mail of the outbox as the staff's outbox page shows it: what it is, to whom, where it stands and why.
 *
 * @param status     {@code QUEUED}, {@code SENDING}, {@code SENT}, {@code FAILED} or {@code INTERRUPTED}
 * @param lastError  why the last try did not send it (the bot's words in Vietnamese, then the SMTP server's answer as
 *                   it gave it), or null
 * @param rendered   whether its content was made (a mail its template could not render has none: it cannot be resent)
 * @param dispatchId the dispatch it is about, or null
 */
public record OutboxView(long id, String kind, String officeId, Long dispatchId, String unitId, List<String> recipients,
                         List<String> cc, String subject, String status, int attempts, String lastError,
                         Instant queuedAt, Instant sentAt, Instant failedAt, Instant nextAttemptAt, boolean rendered) {

    /** The kind of the mail that carries a one-time login link: never resent (a new link is asked for instead). */
    public static final String LOGIN_LINK = LoginLinkMail.KIND;

    public OutboxView {
        recipients = List.copyOf(recipients);
        cc = List.copyOf(cc);
    }

    /**
     * Whether a person may send it again: a failed or interrupted mail (back to the queue, its tries counted afresh),
     * or a sent one (queued again as a new mail); not one still waiting or being sent, not one whose template never
     * rendered it, not a login link.
     */
    public boolean resendable() {
        return rendered && !LOGIN_LINK.equals(kind)
                && ("FAILED".equals(status) || "INTERRUPTED".equals(status) || "SENT".equals(status));
    }
}
