package vn.reportbot.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as the staff's page reads and acts on it: the mails of some offices by where they stand, paged, and
 * sending one again deliberately. A resend only changes the outbox, in the caller's transaction: the mail leaves on
 * the next {@link OutboxSender#flush}, after that transaction committed, so nothing goes out before the decision to
 * send it is durable.
 */
@Component
public class OutboxDesk {

    private static final String COLUMNS = "id, kind, office_id, dispatch_id, unit_id, recipients, cc, subject, status,"
            + " attempts, last_error, created_at, sent_at, failed_at, next_attempt_at,"
            + " CASE WHEN body_text = '' AND body_html = '' THEN 0 ELSE 1 END AS rendered";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String messageIdDomain;

    OutboxDesk(JdbcClient jdbc, Clock clock, NotifyProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.messageIdDomain = properties.messageIdDomain();
    }

    /**
     * The mails of these offices (all offices when empty) that the filter lists, newest first (sent ones by when they
     * were sent), {@code limit} of them from {@code offset}.
     */
    public List<OutboxView> list(Collection<String> offices, OutboxFilter filter, int offset, int limit) {
        String order = filter == OutboxFilter.SENT ? " ORDER BY sent_at DESC, id DESC" : " ORDER BY id DESC";
        return where(jdbc.sql("SELECT " + COLUMNS + " FROM outbox" + condition(offices, filter) + order
                        + " OFFSET " + Math.max(0, offset) + " ROWS FETCH NEXT " + Math.max(1, limit) + " ROWS ONLY"),
                offices, filter)
                .query(OutboxDesk::view).list();
    }

    /** How many mails of these offices (all when empty) the filter lists. */
    public int count(Collection<String> offices, OutboxFilter filter) {
        return where(jdbc.sql("SELECT COUNT(*) FROM outbox" + condition(offices, filter)), offices, filter)
                .query(Integer.class).single();
    }

    public Optional<OutboxView> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM outbox WHERE id = ?").param(id).query(OutboxDesk::view).optional();
    }

    /**
     * Sends the mail again, in the caller's transaction: a failed or interrupted one goes back to the queue with its
     * tries counted afresh (same Message-ID, so a copy the recipient may already have is recognised as the same mail);
     * a sent one is queued again as a new mail with its own Message-ID, its files and its conversation, so that the
     * record of the first sending stays.
     *
     * @return the mail as it was, and the one that now waits to go out
     * @throws IllegalStateException when the mail cannot be resent (any more): see {@link OutboxView#resendable}
     */
    @Transactional
    public Resent resend(long id) {
        OutboxView before = find(id).orElseThrow(() -> new IllegalStateException("no mail " + id + " in the outbox"));
        if (!before.resendable()) {
            throw new IllegalStateException("mail " + id + " (" + before.status() + ") cannot be resent");
        }
        long queued;
        if ("SENT".equals(before.status())) {
            queued = copy(id);
        } else {
            int changed = jdbc.sql("UPDATE outbox SET status = 'QUEUED', attempts = 0, last_error = NULL,"
                            + " next_attempt_at = NULL, failed_at = NULL WHERE id = ? AND status = ?")
                    .params(id, before.status()).update();
            if (changed != 1) {
                throw new IllegalStateException("mail " + id + " changed while it was being resent");
            }
            queued = id;
        }
        return new Resent(before, find(queued).orElseThrow());
    }

    /**
     * A new queued row with the content of a sent one, its files and its place in the claim order (an acknowledgement
     * resent still goes before a fan-out); its subject token stays with the first.
     */
    private long copy(long id) {
        String key = "resend:" + id + ":" + UUID.randomUUID();
        String messageId = "<resend." + UUID.randomUUID() + "@" + messageIdDomain + ">";
        jdbc.sql("INSERT INTO outbox (dedupe_key, kind, office_id, dispatch_id, unit_id, recipients, subject, body_text,"
                        + " body_html, message_id, in_reply_to, attach_document_of, status, attempts, created_at,"
                        + " references_header, cc, send_order)"
                        + " SELECT ?, kind, office_id, dispatch_id, unit_id, recipients, subject, body_text, body_html, ?,"
                        + " in_reply_to, attach_document_of, 'QUEUED', 0, ?, references_header, cc, send_order"
                        + " FROM outbox WHERE id = ?")
                .params(key, messageId, Timestamp.from(clock.instant()), id).update();
        long copy = jdbc.sql("SELECT id FROM outbox WHERE dedupe_key = ?").param(key).query(Long.class).single();
        jdbc.sql("INSERT INTO outbox_attachment (outbox_id, part_no, file_name, content_type, content)"
                        + " SELECT ?, part_no, file_name, content_type, content FROM outbox_attachment WHERE outbox_id = ?")
                .params(copy, id).update();
        return copy;
    }

    private static String condition(Collection<String> offices, OutboxFilter filter) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (!offices.isEmpty()) {
            where.append(" AND office_id IN (:offices)");
        }
        if (!filter.statuses().isEmpty()) {
            where.append(" AND status IN (:statuses)");
        }
        return where.toString();
    }

    private static JdbcClient.StatementSpec where(JdbcClient.StatementSpec sql, Collection<String> offices,
                                                  OutboxFilter filter) {
        if (!offices.isEmpty()) {
            sql = sql.param("offices", List.copyOf(offices));
        }
        if (!filter.statuses().isEmpty()) {
            sql = sql.param("statuses", filter.statuses());
        }
        return sql;
    }

    private static OutboxView view(ResultSet rs, int row) throws SQLException {
        long dispatch = rs.getLong("dispatch_id");
        Long dispatchId = rs.wasNull() ? null : dispatch;
        String cc = rs.getString("cc");
        return new OutboxView(rs.getLong("id"), rs.getString("kind"), rs.getString("office_id"), dispatchId,
                rs.getString("unit_id"), List.of(rs.getString("recipients").split(",")),
                cc == null || cc.isEmpty() ? List.of() : List.of(cc.split(",")), rs.getString("subject"),
                rs.getString("status"), rs.getInt("attempts"), rs.getString("last_error"), instant(rs, "created_at"),
                instant(rs, "sent_at"), instant(rs, "failed_at"), instant(rs, "next_attempt_at"),
                rs.getInt("rendered") == 1);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    /** A resend: the mail as it was, and the one that now waits to go out (the same row, or its new copy). */
    public record Resent(OutboxView before, OutboxView queued) {
    }
}
