package vn.reportbot.notify;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Repository;

import vn.reportbot.matching.SentMail;
import vn.reportbot.matching.SentMailIndex;
import vn.reportbot.matching.SubjectToken;
import vn.reportbot.system.Leases;
import vn.reportbot.templates.RenderedMail;

/**
 * The {@code outbox} table: each mail the bot sends, with the Message-ID it gave it, and its status: {@code QUEUED},
 * {@code SENDING} while it is handed to the SMTP server, then {@code SENT}; {@code FAILED} when it could not be
 * rendered or addressed, or after {@link #MAX_ATTEMPTS} tries the server refused or could not be reached (retried with
 * a back-off, {@link #backOff}); {@code INTERRUPTED} when whether the server got it cannot be known (the service died
 * while sending it, or the server never answered the end of its data): it is never sent again.
 */
@Repository
class Outbox implements SentMailIndex {

    static final int MAX_ATTEMPTS = 8;
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String messageIdDomain;
    private final Leases leases;
    private final TransactionOperations transactions;

    Outbox(JdbcClient jdbc, Clock clock, NotifyProperties properties, Leases leases, PlatformTransactionManager transactions) {
        this.transactions = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.clock = clock;
        this.messageIdDomain = properties.messageIdDomain();
        this.leases = leases;
    }

    /** Queues the mail unless one was already queued for the same occasion; returns whether it was queued. */
    boolean enqueue(OutgoingMail mail, RenderedMail content) {
        if (exists(mail)) {
            return false;
        }
        String token = mail.unitId() == null ? null : unusedToken();
        String subject = token == null ? content.subject() : content.subject() + " [" + token + "]";
        insert(mail, subject, content.text(), content.html(), token, null);
        return true;
    }

    /**
     * Keeps, as {@code FAILED} with the reason, a mail whose template could not render it, so that the occasion is
     * recorded (and not queued again) and the staff learn of it.
     */
    void keepUnrendered(OutgoingMail mail, String reason) {
        if (!exists(mail)) {
            insert(mail, "", "", "", null, reason);
        }
    }

    private boolean exists(OutgoingMail mail) {
        return has(mail.dedupeKey());
    }

    /** Whether a mail was already queued (or kept failed) for that occasion. */
    boolean has(String dedupeKey) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE dedupe_key = ?").param(dedupeKey)
                .query(Integer.class).single() > 0;
    }

    /** Inserts a queued mail, or a failed one when {@code failure} is given. */
    private void insert(OutgoingMail mail, String subject, String text, String html, String token, String failure) {
        String messageId = "<" + mail.kind() + "." + UUID.randomUUID() + "@" + messageIdDomain + ">";
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("INSERT INTO outbox (dedupe_key, kind, office_id, dispatch_id, unit_id, recipients, subject, body_text,"
                        + " body_html, message_id, in_reply_to, attach_document_of, status, attempts, created_at,"
                        + " subject_token, last_error, failed_at, references_header, cc, send_order)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)")
                .params(mail.dedupeKey(), mail.kind(), mail.officeId(), mail.dispatchId(), mail.unitId(),
                        String.join(",", mail.recipients()), subject, text, html, messageId, mail.inReplyTo(),
                        mail.attachDocumentOf(), failure == null ? "QUEUED" : "FAILED", now, token, failure,
                        failure == null ? null : now,
                        mail.references().isEmpty() ? null : String.join(" ", mail.references()),
                        mail.cc().isEmpty() ? null : String.join(",", mail.cc()), sendOrder(mail.kind()))
                .update();
        if (failure == null && !mail.attachments().isEmpty()) {
            long id = jdbc.sql("SELECT id FROM outbox WHERE dedupe_key = ?").param(mail.dedupeKey())
                    .query(Long.class).single();
            int part = 0;
            for (MailAttachment file : mail.attachments()) {
                jdbc.sql("INSERT INTO outbox_attachment (outbox_id, part_no, file_name, content_type, content)"
                                + " VALUES (?, ?, ?, ?, ?)")
                        .params(id, part++, file.fileName(), file.contentType(), file.content())
                        .update();
            }
        }
    }

    /** The files stored with a queued mail, in their order; empty for most mails. */
    List<MailAttachment> attachments(long id) {
        return jdbc.sql("SELECT file_name, content_type, content FROM outbox_attachment WHERE outbox_id = ?"
                        + " ORDER BY part_no")
                .param(id)
                .query((rs, n) -> new MailAttachment(rs.getString("file_name"), rs.getString("content_type"),
                        rs.getBytes("content")))
                .list();
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

    /** How many mails are in each of {@code statuses}, with one query; a status no mail is in counts 0. */
    Map<String, Integer> countsByStatus(List<String> statuses) {
        Map<String, Integer> counts = new HashMap<>();
        statuses.forEach(status -> counts.put(status, 0));
        jdbc.sql("SELECT status, COUNT(*) FROM outbox WHERE status IN (:statuses) GROUP BY status")
                .param("statuses", statuses).query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }

    /**
     * Takes the next queued mail whose time has come for sending by this instance, if there is one: a few of the
     * oldest due mails are read (no lock) and the first of them still {@code QUEUED} is marked {@code SENDING},
     * {@code claimed_by} this instance, by an update guarded on its status ({@link #claim}), which commits at once. A
     * mail another instance claimed meanwhile fails the guard and the next is tried, so no two instances send the same
     * mail. From then on it is this instance's until it is marked sent, retried or failed; if the instance dies
     * meanwhile, {@link #markInterrupted} run by any instance finds it so once its liveness lease has expired.
     *
     * <p>No {@code SELECT … FOR UPDATE}: H2 locks every row its condition meets before it sorts and cuts to the first,
     * which rewrote each queued row on every claim (a flush of 5,000 mails took ten minutes). The candidates come in
     * the order of the index on {@code (status, send_order, id)}, read from it without a sort (H2 sees that only when
     * the order names every column): answers to a person first ({@link #sendOrder}), then the oldest.
     */
    Optional<QueuedMail> claimNext() {
        for (int round = 0; round < CLAIM_ROUNDS; round++) {
            Instant now = clock.instant();
            List<Long> candidates = jdbc.sql("SELECT id FROM outbox WHERE status = 'QUEUED' AND " + DUE + " ORDER BY status, send_order, id"
                            + " FETCH FIRST " + CLAIM_CANDIDATES + " ROWS ONLY")
                    .params(Timestamp.from(now), Timestamp.from(now.plus(LONGEST_WAIT))).query(Long.class).list();
            if (candidates.isEmpty()) {
                return Optional.empty();
            }
            for (long id : candidates) {
                if (claim(id)) {
                    return queued(id);
                }
            }
        }
        return Optional.empty(); // others claim every candidate as fast as this one reads them: their flushes send them
    }

    /** The kinds of mail a run sends to many (claimed after answers to one person's own mail or action). */
    private static final Set<String> RUN_KINDS = Set.of("reminder", "announcement", "digest");

    /**
     * Where a mail of {@code kind} comes in the claim order: 0 for an answer to a person (an acknowledgement, a login
     * link, a reply), 1 for a mail of a run, so that an acknowledgement does not wait behind a fan-out.
     */
    static int sendOrder(String kind) {
        return RUN_KINDS.contains(kind) ? 1 : 0;
    }

    /**
     * Marks the mail {@code sentId} sent ({@link #markSent}) and claims the next, as {@link #claimNext}, in one
     * transaction: one commit per mail sent rather than two, the same durable state after it. When that transaction
     * fails, the mail is still marked sent on its own before the failure is passed on.
     */
    Optional<QueuedMail> markSentAndClaimNext(long sentId) {
        try {
            return transactions.execute(status -> {
                markSent(sentId);
                return claimNext();
            });
        } catch (RuntimeException e) {
            markSent(sentId);
            throw e;
        }
    }

    /** How many due mails a claim reads at once, and how many times it reads again when others took them all. */
    private static final int CLAIM_CANDIDATES = 8;
    private static final int CLAIM_ROUNDS = 16;

    /**
     * Takes a queued mail for sending by this instance ({@code SENDING}, {@code claimed_by} this instance); false when
     * it was no longer queued (another instance, or thread, took it first).
     */
    boolean claim(long id) {
        return jdbc.sql("UPDATE outbox SET status = 'SENDING', claimed_by = ?, claimed_at = ? WHERE id = ?"
                        + " AND status = 'QUEUED'")
                .params(leases.instanceId(), Timestamp.from(leases.now()), id).update() == 1;
    }

    /**
     * Marks {@code INTERRUPTED} the mails left {@code SENDING} by an instance that died while sending them (its
     * liveness lease expired, or the mail was claimed before claims named their instance): they may have gone out, so
     * they are never sent again. A mail claimed by a live instance, this one or another, is left to it: it is being
     * sent. Only mails claimed before the live instances are read are looked at, so an instance started meanwhile is
     * never taken for dead.
     *
     * @return the dedupe keys of those mails
     */
    List<String> markInterrupted() {
        Timestamp before = Timestamp.from(leases.now());
        Set<String> live = leases.liveInstances();
        List<Object[]> sending = jdbc.sql("SELECT id, dedupe_key, claimed_by, claimed_at FROM outbox WHERE status = 'SENDING'"
                        + " ORDER BY id")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4)})
                .list();
        List<String> keys = new java.util.ArrayList<>();
        for (Object[] row : sending) {
            String claimant = (String) row[2];
            Timestamp claimedAt = (Timestamp) row[3];
            boolean dead = claimant == null || claimedAt == null
                    || !live.contains(claimant) && !claimant.equals(leases.instanceId()) && !claimedAt.after(before);
            if (!dead) {
                continue;
            }
            // a mail left SENDING is claimed again by nobody (claims take QUEUED mails only): no race here
            int marked = jdbc.sql("UPDATE outbox SET status = 'INTERRUPTED', last_error = ?, failed_at = ?"
                            + " WHERE id = ? AND status = 'SENDING'")
                    .params(INTERRUPTED_REASON, Timestamp.from(clock.instant()), row[0])
                    .update();
            if (marked == 1) {
                keys.add((String) row[1]);
            }
        }
        return keys;
    }

    private static final String INTERRUPTED_REASON =
            "Dịch vụ dừng khi đang gửi thư: thư có thể đã được gửi đi, nên hệ thống không gửi lại.";

    /**
     * The queued mails whose time has come: never tried, or whose back-off has passed. A back-off never reaches further
     * than {@link #LONGEST_WAIT} ahead, so a next try further away than that was set before the clock went back: it is
     * due now, rather than held for as long as the clock jumped.
     */
    List<QueuedMail> due() {
        Instant now = clock.instant();
        return jdbc.sql("SELECT " + QUEUED_COLUMNS + " FROM outbox WHERE status = 'QUEUED' AND " + DUE)
                .params(Timestamp.from(now), Timestamp.from(now.plus(LONGEST_WAIT)))
                .query(Outbox::queuedMail)
                .list();
    }

    /** A queued mail's time has come (parameters: now, now + {@link #LONGEST_WAIT}); see {@link #due}. */
    private static final String DUE = "(next_attempt_at IS NULL OR next_attempt_at <= ? OR next_attempt_at > ?)";

    private Optional<QueuedMail> queued(long id) {
        return jdbc.sql("SELECT " + QUEUED_COLUMNS + " FROM outbox WHERE id = ?").param(id).query(Outbox::queuedMail)
                .optional();
    }

    private static final String QUEUED_COLUMNS = "id, kind, office_id, recipients, subject, body_text, body_html,"
            + " message_id, in_reply_to, attach_document_of, attempts, references_header, cc";

    private static QueuedMail queuedMail(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        {
                    long document = rs.getLong("attach_document_of");
                    Long attach = rs.wasNull() ? null : document;
                    String references = rs.getString("references_header");
                    String cc = rs.getString("cc");
                    return new QueuedMail(rs.getLong("id"), rs.getString("kind"), rs.getString("office_id"),
                            List.of(rs.getString("recipients").split(",")), rs.getString("subject"), rs.getString("body_text"),
                            rs.getString("body_html"), rs.getString("message_id"), rs.getString("in_reply_to"),
                            attach, rs.getInt("attempts"),
                            references == null || references.isBlank() ? List.of() : List.of(references.trim().split("\\s+")),
                            cc == null || cc.isEmpty() ? List.of() : List.of(cc.split(",")));
        }
    }

    void markSent(long id) {
        jdbc.sql("UPDATE outbox SET status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?")
                .params(Timestamp.from(clock.instant()), id).update();
    }

    /**
     * A try that certainly did not deliver the mail (refused, or cut before the end of its data): it is queued again
     * after {@link #backOff}, or {@code FAILED} after {@link #MAX_ATTEMPTS} tries.
     */
    void markRetry(long id, int attempts, String error) {
        int tried = attempts + 1;
        if (tried >= MAX_ATTEMPTS) {
            end(id, "FAILED", error);
            return;
        }
        jdbc.sql("UPDATE outbox SET status = 'QUEUED', attempts = ?, last_error = ?, next_attempt_at = ? WHERE id = ?")
                .params(tried, error, Timestamp.from(clock.instant().plus(backOff(tried))), id).update();
    }

    /** How long mail waits after the SMTP server could not be reached at all. */
    static final java.time.Duration UNREACHABLE_WAIT = java.time.Duration.ofMinutes(1);

    /**
     * The SMTP server could not be reached: nothing is wrong with the mail, so no attempt is counted and it never
     * fails for that; it is tried again after {@link #UNREACHABLE_WAIT}, however long the server stays away.
     */
    void markUnreachable(long id, String error) {
        jdbc.sql("UPDATE outbox SET status = 'QUEUED', last_error = ?, next_attempt_at = ? WHERE id = ?")
                .params(error, Timestamp.from(clock.instant().plus(UNREACHABLE_WAIT)), id).update();
    }

    /** A mail that can never be sent as it is (its office left the directory, its file cannot be read…). */
    void markFailed(long id, String error) {
        end(id, "FAILED", error);
    }

    /** A mail whose data the server may have taken without answering: it is never sent again. */
    void markUncertain(long id, String error) {
        end(id, "INTERRUPTED", error);
    }

    private void end(long id, String status, String error) {
        jdbc.sql("UPDATE outbox SET status = ?, attempts = attempts + 1, last_error = ?, failed_at = ? WHERE id = ?")
                .params(status, error, Timestamp.from(clock.instant()), id).update();
    }

    /** How long a mail waits after its {@code tries}-th failed try: 1 min, 2, 4… up to an hour. */
    static Duration backOff(int tries) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(Math.max(tries - 1, 0), 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** The mails that ended {@code FAILED} or {@code INTERRUPTED} since that moment, oldest first; of one office or all. */
    List<FailedMail> failures(Optional<String> officeId, Instant since) {
        return jdbc.sql(FAILED_MAILS + " AND failed_at >= ?" + (officeId.isPresent() ? " AND office_id = ?" : "")
                        + " ORDER BY failed_at, id")
                .params(officeId.isPresent() ? List.of(Timestamp.from(since), officeId.get()) : List.of(Timestamp.from(since)))
                .query(Outbox::failedMail)
                .list();
    }

    private static final String FAILED_MAILS = "SELECT dedupe_key, kind, office_id, unit_id, recipients, status,"
            + " last_error, failed_at FROM outbox WHERE status IN ('FAILED', 'INTERRUPTED')";

    private static FailedMail failedMail(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp at = rs.getTimestamp("failed_at");
        return new FailedMail(rs.getString("dedupe_key"), rs.getString("kind"), rs.getString("office_id"),
                rs.getString("unit_id"), List.of(rs.getString("recipients").split(",")), rs.getString("status"),
                rs.getString("last_error"), at == null ? null : at.toInstant());
    }

    /** When the office's last digest before this moment was queued, if it had one. */
    Optional<Instant> lastDigestBefore(String officeId, Instant moment) {
        return jdbc.sql("SELECT MAX(created_at) FROM outbox WHERE kind = 'digest' AND office_id = ? AND created_at < ?")
                .params(officeId, Timestamp.from(moment))
                .query((rs, n) -> rs.getTimestamp(1)).optional().map(Timestamp::toInstant);
    }

    /** How many mails are {@code FAILED} and {@code INTERRUPTED}, and the latest of them. */
    Failures failureSummary() {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql("SELECT status, COUNT(*) FROM outbox WHERE status IN ('FAILED', 'INTERRUPTED') GROUP BY status")
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        Optional<FailedMail> latest = jdbc.sql(FAILED_MAILS + " ORDER BY failed_at DESC NULLS LAST, id DESC"
                + " FETCH FIRST 1 ROWS ONLY").query(Outbox::failedMail).optional();
        return new Failures(counts.getOrDefault("FAILED", 0), counts.getOrDefault("INTERRUPTED", 0), latest);
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

    /** A mail that was not sent: {@code FAILED}, or {@code INTERRUPTED} (it may have gone out). */
    record FailedMail(String dedupeKey, String kind, String officeId, String unitId, List<String> recipients,
                      String status, String reason, Instant at) {
    }

    /** The counts of failed and interrupted mails, and the latest one. */
    record Failures(int failed, int interrupted, Optional<FailedMail> latest) {
    }

    /**
     * A queued mail, as the sender reads it.
     *
     * @param references its {@code References}, oldest first; empty: the {@code inReplyTo} alone
     * @param cc         the addresses in Cc; empty for none
     */
    record QueuedMail(long id, String kind, String officeId, List<String> recipients, String subject, String text,
                      String html, String messageId, String inReplyTo, Long attachDocumentOf, int attempts,
                      List<String> references, List<String> cc) {
    }
}
