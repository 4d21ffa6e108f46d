package vn.reportbot.notify;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.reportbot.matching.SentMail;
import vn.reportbot.matching.SentMailIndex;
import vn.reportbot.matching.SubjectToken;

/**
 * The {@code outbox} table: each mail the bot sends, with the Message-ID it gave it, and its status: {@code QUEUED},
 * {@code SENDING} while it is handed to the SMTP server, then {@code SENT}, {@code FAILED} after
 * {@link #MAX_ATTEMPTS} refusals, or {@code INTERRUPTED} when the service died while sending it.
 */
@Repository
class Outbox implements SentMailIndex {

    static final int MAX_ATTEMPTS = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String messageIdDomain;

    Outbox(JdbcClient jdbc, Clock clock, NotifyProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.messageIdDomain = properties.messageIdDomain();
    }

    /** Queues the mail unless one was already queued for the same occasion; returns whether it was queued. */
    boolean enqueue(OutgoingMail mail) {
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM outbox WHERE dedupe_key = ?").param(mail.dedupeKey())
                .query(Integer.class).single() > 0;
        if (exists) {
            return false;
        }
        String messageId = "<" + mail.kind() + "." + UUID.randomUUID() + "@" + messageIdDomain + ">";
        String token = mail.unitId() == null ? null : unusedToken();
        String subject = token == null ? mail.content().subject() : mail.content().subject() + " [" + token + "]";
        jdbc.sql("INSERT INTO outbox (dedupe_key, kind, office_id, dispatch_id, unit_id, recipients, subject, body_text,"
                        + " body_html, message_id, in_reply_to, attach_document_of, status, attempts, created_at,"
                        + " subject_token) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', 0, ?, ?)")
                .params(mail.dedupeKey(), mail.kind(), mail.officeId(), mail.dispatchId(), mail.unitId(),
                        String.join(",", mail.recipients()), subject, mail.content().text(),
                        mail.content().html(), messageId, mail.inReplyTo(), mail.attachDocumentOf(),
                        Timestamp.from(clock.instant()), token)
                .update();
        return true;
    }

    /** A fresh {@link SubjectToken}: the odds of drawing a used one are tiny, and a used one is drawn again. */
    private String unusedToken() {
        while (true) {
            String token = SubjectToken.random(RANDOM);
            boolean used = jdbc.sql("SELECT COUNT(*) FROM outbox WHERE subject_token = ?").param(token)
                    .query(Integer.class).single() > 0;
            if (!used) {
                return token;
            }
        }
    }

    int waitingCount() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE status = 'QUEUED'").query(Integer.class).single();
    }

    /**
     * Takes a queued mail for sending. From then on it is {@code SENDING} until it is marked sent or failed; if the
     * service dies meanwhile, {@link #markInterrupted} finds it so. Returns false when it was no longer queued.
     */
    boolean claim(long id) {
        return jdbc.sql("UPDATE outbox SET status = 'SENDING' WHERE id = ? AND status = 'QUEUED'").param(id).update() == 1;
    }

    /**
     * Marks {@code INTERRUPTED} the mails left {@code SENDING} by a service that died while sending them: they may
     * have gone out, so they are never sent again. Only to be called while no mail is being sent.
     *
     * @return the dedupe keys of those mails
     */
    List<String> markInterrupted() {
        List<String> keys = jdbc.sql("SELECT dedupe_key FROM outbox WHERE status = 'SENDING' ORDER BY id")
                .query(String.class).list();
        if (!keys.isEmpty()) {
            jdbc.sql("UPDATE outbox SET status = 'INTERRUPTED', last_error = ? WHERE status = 'SENDING'")
                    .param("the service stopped while sending it: it may have gone out, so it is not sent again").update();
        }
        return keys;
    }

    List<QueuedMail> queued() {
        return jdbc.sql("SELECT id, kind, office_id, recipients, subject, body_text, body_html, message_id, in_reply_to,"
                        + " attach_document_of, attempts FROM outbox WHERE status = 'QUEUED' ORDER BY id")
                .query((rs, n) -> {
                    long document = rs.getLong("attach_document_of");
                    Long attach = rs.wasNull() ? null : document;
                    return new QueuedMail(rs.getLong("id"), rs.getString("kind"), rs.getString("office_id"),
                            List.of(rs.getString("recipients").split(",")), rs.getString("subject"), rs.getString("body_text"),
                            rs.getString("body_html"), rs.getString("message_id"), rs.getString("in_reply_to"),
                            attach, rs.getInt("attempts"));
                })
                .list();
    }

    void markSent(long id) {
        jdbc.sql("UPDATE outbox SET status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?")
                .params(Timestamp.from(clock.instant()), id).update();
    }

    void markFailed(long id, int attempts, String error) {
        String status = attempts + 1 >= MAX_ATTEMPTS ? "FAILED" : "QUEUED";
        jdbc.sql("UPDATE outbox SET status = ?, attempts = attempts + 1, last_error = ? WHERE id = ?")
                .params(status, error, id).update();
    }

    @Override
    public Optional<SentMail> byMessageId(String messageId) {
        return sentMail("message_id", messageId);
    }

    @Override
    public Optional<SentMail> bySubjectToken(String token) {
        return sentMail("subject_token", token);
    }

    private Optional<SentMail> sentMail(String column, String value) {
        return jdbc.sql("SELECT kind, office_id, dispatch_id, unit_id FROM outbox WHERE " + column + " = ?").param(value)
                .query((rs, n) -> {
                    long dispatchId = rs.getLong("dispatch_id");
                    return new SentMail(rs.getString("kind"), rs.getString("office_id"),
                            rs.wasNull() ? null : dispatchId, rs.getString("unit_id"));
                })
                .optional();
    }

    /** A queued mail, as the sender reads it. */
    record QueuedMail(long id, String kind, String officeId, List<String> recipients, String subject, String text,
                      String html, String messageId, String inReplyTo, Long attachDocumentOf, int attempts) {
    }
}
