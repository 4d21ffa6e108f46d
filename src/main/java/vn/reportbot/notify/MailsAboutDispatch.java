package vn.reportbot.notify;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The mails the bot queued about one dispatch, read from the outbox for the dispatch's page: those queued for it
 * (acknowledgements, reminders, announcements, answers to staff: {@code dispatch_id}, or carrying its file), and the
 * office's digests whose text names its number.
 */
@Service
public class MailsAboutDispatch {

    /** The most mails listed, newest first. */
    public static final int LIMIT = 300;

    private final JdbcClient jdbc;

    MailsAboutDispatch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One mail as the outbox holds it.
     *
     * @param kind       {@code acknowledgement}, {@code reminder}, {@code digest}, {@code announcement},
     *                   {@code dispatch-reply}…
     * @param status     {@code QUEUED}, {@code SENDING}, {@code SENT}, {@code FAILED} or {@code INTERRUPTED}
     * @param reason     why it failed or was interrupted (or why the last try did not get through), or null
     * @param queuedAt   when it was queued
     * @param endedAt    when it was sent, or when it ended failed or interrupted; null while it waits
     */
    public record Mail(long id, String kind, String unitId, List<String> recipients, String subject, String status,
                       String reason, Instant queuedAt, Instant endedAt) {
    }

    /** The office's mails about dispatch {@code dispatchId} numbered {@code number}, newest first, at most {@link #LIMIT}. */
    public List<Mail> of(long dispatchId, String officeId, String number) {
        boolean named = number != null && !number.isBlank();
        List<Object> params = named ? List.of(officeId, dispatchId, dispatchId, number)
                : List.of(officeId, dispatchId, dispatchId);
        return jdbc.sql("SELECT id, kind, unit_id, recipients, subject, status, last_error, created_at, sent_at, failed_at"
                        + " FROM outbox WHERE office_id = ? AND (dispatch_id = ? OR attach_document_of = ?"
                        + (named ? " OR (kind = 'digest' AND POSITION(? IN body_text) > 0)" : "") + ")"
                        + " ORDER BY created_at DESC, id DESC FETCH FIRST " + LIMIT + " ROWS ONLY")
                .params(params)
                .query((rs, n) -> {
                    Timestamp sent = rs.getTimestamp("sent_at");
                    Timestamp failed = rs.getTimestamp("failed_at");
                    Timestamp ended = sent != null ? sent : failed;
                    String recipients = rs.getString("recipients");
                    return new Mail(rs.getLong("id"), rs.getString("kind"), rs.getString("unit_id"),
                            recipients == null || recipients.isEmpty() ? List.of() : List.of(recipients.split(",")),
                            rs.getString("subject"), rs.getString("status"), rs.getString("last_error"),
                            rs.getTimestamp("created_at").toInstant(), ended == null ? null : ended.toInstant());
                })
                .list();
    }
}
