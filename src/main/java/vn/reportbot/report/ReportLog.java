package vn.reportbot.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code report} table: every processed message with its decision. */
@Repository
public class ReportLog {

    private static final String COLUMNS = "r.id, r.received_at, r.sent_at, r.from_address, r.subject, r.file_name, r.message_id, r.kind,"
            + " r.decision, r.office_id, r.unit_id, r.dispatch_id, r.task_id, d.number AS dispatch_number, r.tasks, r.confidence,"
            + " r.reasons, r.attachments";
    private static final String FROM = " FROM report r LEFT JOIN dispatch d ON d.id = r.dispatch_id";
    /** The columns, with the office a message under review belongs to: the mailbox's when the matcher named none. */
    private static final String REVIEW_COLUMNS = COLUMNS.replace("r.office_id,",
            "COALESCE(r.office_id, r.mailbox_office) AS office_id,");

    private final JdbcClient jdbc;
    private final java.time.ZoneId zone;

    ReportLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    /** The report recorded under that key in that mailbox, if any. */
    Optional<Recorded> find(String mailboxOffice, String messageKey) {
        return jdbc.sql("SELECT id, content_sha256, kind, office_id, unit_id, dispatch_id FROM report"
                        + " WHERE mailbox_office = ? AND message_key = ?")
                .params(mailboxOffice, messageKey)
                .query(ReportLog::recorded).optional();
    }

    private static Recorded recorded(ResultSet rs, int n) throws SQLException {
        long dispatchId = rs.getLong("dispatch_id");
        Long dispatch = rs.wasNull() ? null : dispatchId;
        return new Recorded(rs.getLong("id"), rs.getString("content_sha256"), rs.getString("kind"),
                rs.getString("office_id"), rs.getString("unit_id"), dispatch);
    }

    /** The first report recorded for exactly these bytes in that mailbox, if any. */
    Optional<Long> findRaw(String mailboxOffice, String rawSha256) {
        return jdbc.sql("SELECT MIN(id) FROM report WHERE mailbox_office = ? AND raw_sha256 = ?")
                .params(mailboxOffice, rawSha256).query(Long.class).optional();
    }

    /** Where each report recorded for exactly these bytes in that mailbox was delivered (null: not known), by id. */
    java.util.Map<Long, String> deliveriesOf(String mailboxOffice, String rawSha256) {
        java.util.Map<Long, String> deliveries = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT id, delivery FROM report WHERE mailbox_office = ? AND raw_sha256 = ? ORDER BY id")
                .params(mailboxOffice, rawSha256)
                .query(rs -> {
                    deliveries.put(rs.getLong("id"), rs.getString("delivery"));
                });
        return deliveries;
    }

    /** The first report recorded in that mailbox with this content ({@link ContentDigest}), if any. */
    Optional<Recorded> findContent(String mailboxOffice, String contentSha256) {
        return jdbc.sql("SELECT id, content_sha256, kind, office_id, unit_id, dispatch_id FROM report"
                        + " WHERE mailbox_office = ? AND content_sha256 = ? ORDER BY id FETCH FIRST 1 ROWS ONLY")
                .params(mailboxOffice, contentSha256).query(ReportLog::recorded).optional();
    }

    /** What report {@code id} was recorded as. */
    Recorded recorded(long id) {
        return jdbc.sql("SELECT id, content_sha256, kind, office_id, unit_id, dispatch_id FROM report WHERE id = ?")
                .param(id).query(ReportLog::recorded).single();
    }

    /**
     * A report already recorded: its id, the digest of its content (null for reports recorded before it was kept),
     * and what it was recorded as.
     */
    record Recorded(long id, String contentSha256, String kind, String officeId, String unitId, Long dispatchId) {
    }

    long insert(NewReport r) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO report (mailbox_office, message_key, message_id, raw_sha256, content_sha256, delivery,"
                        + " file_name, received_at, sent_at, from_address, subject, kind, decision, office_id, unit_id,"
                        + " dispatch_id, task_id, tasks, confidence, reasons, attachments, own_text, attachment_text,"
                        + " references_header) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.mailboxOffice(), r.messageKey(), r.messageId(), r.sha256(), r.contentSha256(), r.delivery(),
                        r.fileName(),
                        Timestamp.from(r.receivedAt().toInstant()),
                        r.sentAt() == null ? null : Timestamp.from(r.sentAt().toInstant()), r.from(), r.subject(), r.kind(), r.decision(),
                        r.officeId(), r.unitId(), r.dispatchId(), r.taskId(), joinInts(r.tasks()), r.confidence(),
                        String.join("\n", r.reasons()), String.join("\n", r.attachments()),
                        r.text() == null ? null : r.text().ownText(), r.text() == null ? null : r.text().attachmentText(),
                        r.references() == null || r.references().isEmpty() ? null : String.join(" ", r.references()))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Processed messages, newest first, optionally only those with a decision or of an office. */
    public List<ReportView> list(Optional<String> decision, Optional<String> officeId, int limit) {
        return list(decision, officeId, 0, limit);
    }

    /** The {@code limit} processed messages after the first {@code offset}, newest first, of those {@link #count} counts. */
    public List<ReportView> list(Optional<String> decision, Optional<String> officeId, long offset, int limit) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT " + COLUMNS + FROM + where(decision, officeId, params)
                + " ORDER BY r.received_at DESC, r.id DESC LIMIT " + Math.max(1, limit) + " OFFSET " + Math.max(0, offset);
        return jdbc.sql(sql).params(params).query(this::row).list();
    }

    /** How many processed messages there are, optionally only those with a decision or of an office. */
    public long count(Optional<String> decision, Optional<String> officeId) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql("SELECT COUNT(*) FROM report r" + where(decision, officeId, params)).params(params)
                .query(Long.class).single();
    }

    private static String where(Optional<String> decision, Optional<String> officeId, List<Object> params) {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        decision.ifPresent(d -> {
            sql.append(" AND r.decision = ?");
            params.add(d);
        });
        officeId.ifPresent(o -> {
            sql.append(" AND (r.office_id = ? OR (r.office_id IS NULL AND r.mailbox_office = ?))");
            params.add(o);
            params.add(o);
        });
        return sql.toString();
    }

    /**
     * The {@code limit} messages on the review list after the first {@code offset}, of the offices given (empty: all),
     * oldest or newest first; each with the office it belongs to (the mailbox's when the matcher named none).
     */
    public List<ReportView> underReview(List<String> offices, boolean oldestFirst, long offset, int limit) {
        List<Object> params = new ArrayList<>();
        String order = oldestFirst ? " ASC" : " DESC";
        return jdbc.sql("SELECT " + REVIEW_COLUMNS + FROM + reviewWhere(offices, params)
                        + " ORDER BY r.received_at" + order + ", r.id" + order + " LIMIT " + Math.max(1, limit)
                        + " OFFSET " + Math.max(0, offset))
                .params(params).query(this::row).list();
    }

    /** How many messages are on the review list of the offices given (empty: all). */
    public long countUnderReview(List<String> offices) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql("SELECT COUNT(*)" + FROM + reviewWhere(offices, params)).params(params).query(Long.class).single();
    }

    /** How many messages on the review list of the offices given (empty: all) each of these senders sent. */
    public java.util.Map<String, Long> countUnderReviewFrom(java.util.Collection<String> senders, List<String> offices) {
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        if (senders.isEmpty()) {
            return counts;
        }
        List<Object> params = new ArrayList<>();
        String where = reviewWhere(offices, params) + " AND r.from_address IN (" + marks(senders.size()) + ")";
        params.addAll(senders);
        jdbc.sql("SELECT r.from_address, COUNT(*) AS n" + FROM + where + " GROUP BY r.from_address").params(params)
                .query(rs -> {
                    counts.put(rs.getString("from_address"), rs.getLong("n"));
                });
        return counts;
    }

    /** A message as the review list shows it (with the mailbox's office when the matcher named none), if any. */
    public Optional<ReportView> findForReview(long id) {
        return jdbc.sql("SELECT " + REVIEW_COLUMNS + FROM + " WHERE r.id = ?").param(id).query(this::row).optional();
    }

    /** At most {@code limit} ids of messages under review from that sender, of the offices given (empty: all). */
    List<Long> idsUnderReviewFrom(String sender, List<String> offices, int limit) {
        List<Object> params = new ArrayList<>();
        String where = reviewWhere(offices, params) + " AND r.from_address = ?";
        params.add(sender);
        return jdbc.sql("SELECT r.id" + FROM + where + " ORDER BY r.id LIMIT " + Math.max(1, limit)).params(params)
                .query(Long.class).list();
    }

    private static String reviewWhere(List<String> offices, List<Object> params) {
        StringBuilder sql = new StringBuilder(" WHERE r.decision = 'NEEDS_REVIEW'");
        if (!offices.isEmpty()) {
            sql.append(" AND (r.office_id IN (").append(marks(offices.size())).append(") OR (r.office_id IS NULL AND")
                    .append(" r.mailbox_office IN (").append(marks(offices.size())).append(")))");
            params.addAll(offices);
            params.addAll(offices);
        }
        return sql.toString();
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** Keeps the candidates the matcher ranked for a message under review. */
    void keepCandidates(long id, List<vn.reportbot.matching.MatchResult.Candidate> candidates) {
        String lines = String.join("\n", candidates.stream().map(c -> (c.unitId() == null ? "" : c.unitId()) + "\t"
                + (c.dispatch() == null ? "" : String.valueOf(c.dispatch().id())) + "\t" + c.score()).toList());
        jdbc.sql("UPDATE report SET candidates = ? WHERE id = ?").params(lines, id).update();
    }

    /**
     * The units and dispatches the matcher found the report may answer, best first; for a report recorded before
     * they were kept, its best guess alone (none when it had none).
     */
    public List<ReviewCandidate> candidates(long id) {
        Optional<ReportView> report = find(id);
        if (report.isEmpty()) {
            return List.of();
        }
        String kept = jdbc.sql("SELECT candidates FROM report WHERE id = ?").param(id).query(String.class).optional()
                .orElse(null);
        if (kept == null || kept.isBlank()) {
            ReportView r = report.get();
            return r.unit() == null && r.dispatchId() == null ? List.of()
                    : List.of(new ReviewCandidate(r.unit(), r.dispatchId(), r.dispatch(), r.confidence()));
        }
        List<ReviewCandidate> candidates = new ArrayList<>();
        for (String line : kept.split("\n")) {
            String[] f = line.split("\t", -1);
            Long dispatchId = f[1].isEmpty() ? null : Long.valueOf(f[1]);
            String number = dispatchId == null ? null : jdbc.sql("SELECT number FROM dispatch WHERE id = ?")
                    .param(dispatchId).query(String.class).optional().orElse(null);
            candidates.add(new ReviewCandidate(f[0].isEmpty() ? null : f[0], dispatchId, number, Double.parseDouble(f[2])));
        }
        return candidates;
    }

    public Optional<ReportView> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE r.id = ?").param(id).query(this::row).optional();
    }

    /** The hex SHA-256 of the raw message report {@code id} was read from (where it is stored), if there is one. */
    public Optional<String> rawSha256(long id) {
        return jdbc.sql("SELECT raw_sha256 FROM report WHERE id = ?").param(id).query(String.class).optional()
                .map(String::strip);
    }

    /** Records a person's decision on a report under review. */
    void settle(long id, String decision, String officeId, String unitId, Long dispatchId, Long taskId,
                double confidence, List<String> reasons) {
        jdbc.sql("UPDATE report SET decision = ?, office_id = ?, unit_id = ?, dispatch_id = ?, task_id = ?, confidence = ?,"
                        + " reasons = ? WHERE id = ?")
                .params(decision, officeId, unitId, dispatchId, taskId, confidence, String.join("\n", reasons), id).update();
    }

    /** Records the numbered tasks a person said the report addresses. */
    void settleTasks(long id, List<Integer> tasks) {
        jdbc.sql("UPDATE report SET tasks = ? WHERE id = ?").params(joinInts(tasks), id).update();
    }

    /** The report's References (its conversation, oldest first); empty when it had none or it was not kept. */
    List<String> references(long id) {
        String references = jdbc.sql("SELECT references_header FROM report WHERE id = ?").param(id)
                .query(String.class).optional().orElse(null);
        return references == null || references.isBlank() ? List.of() : List.of(references.trim().split("\\s+"));
    }

    /** The ids of the reports recorded against a task, oldest first. */
    public List<Long> idsForTask(long taskId) {
        return jdbc.sql("SELECT id FROM report WHERE task_id = ? ORDER BY id").param(taskId).query(Long.class).list();
    }

    /**
     * The reports recorded against a task, oldest first, each with the numbered tasks it said it addresses (empty:
     * it named none, so it counts for all of them).
     */
    public java.util.Map<Long, List<Integer>> tasksOfReportsFor(long taskId) {
        java.util.Map<Long, List<Integer>> reports = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT id, tasks FROM report WHERE task_id = ? ORDER BY id").param(taskId)
                .query(rs -> {
                    reports.put(rs.getLong("id"), splitInts(rs.getString("tasks")));
                });
        return reports;
    }

    /** Reports recorded for a dispatch, oldest first. */
    public List<ReportView> forDispatch(long dispatchId) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE r.dispatch_id = ? AND r.decision = 'MATCHED' ORDER BY r.id")
                .param(dispatchId).query(this::row).list();
    }

    private ReportView row(ResultSet rs, int n) throws SQLException {
        long dispatchId = rs.getLong("dispatch_id");
        Long dispatch = rs.wasNull() ? null : dispatchId;
        long taskId = rs.getLong("task_id");
        Long task = rs.wasNull() ? null : taskId;
        Timestamp sentAt = rs.getTimestamp("sent_at");
        return new ReportView(rs.getLong("id"), rs.getTimestamp("received_at").toInstant().atZone(zone).toOffsetDateTime(),
                sentAt == null ? null : sentAt.toInstant().atZone(zone).toOffsetDateTime(),
                rs.getString("from_address"), rs.getString("subject"), rs.getString("file_name"), rs.getString("message_id"),
                rs.getString("kind"), rs.getString("decision"), rs.getString("office_id"), rs.getString("unit_id"),
                rs.getString("dispatch_number"), dispatch, task, splitInts(rs.getString("tasks")), rs.getDouble("confidence"),
                splitLines(rs.getString("reasons")), splitLines(rs.getString("attachments")));
    }

    private static String joinInts(List<Integer> ints) {
        return String.join(",", ints.stream().map(String::valueOf).toList());
    }

    private static List<Integer> splitInts(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.stream(s.split(",")).map(Integer::valueOf).toList();
    }

    private static List<String> splitLines(String s) {
        return s == null || s.isEmpty() ? List.of() : List.of(s.split("\n"));
    }

    /** A row to insert. */
    record NewReport(String mailboxOffice, String messageKey, String messageId, String sha256, String contentSha256,
                     String delivery, String fileName, OffsetDateTime receivedAt, OffsetDateTime sentAt, String from, String subject, String kind, String decision, String officeId,
                     String unitId, Long dispatchId, Long taskId, List<Integer> tasks, double confidence,
                     List<String> reasons, List<String> attachments, ReportText text, List<String> references) {

        /** A row whose References are not kept. */
        NewReport(String mailboxOffice, String messageKey, String messageId, String sha256, String contentSha256,
                  String delivery, String fileName, OffsetDateTime receivedAt, OffsetDateTime sentAt, String from,
                  String subject, String kind, String decision, String officeId, String unitId, Long dispatchId,
                  Long taskId, List<Integer> tasks, double confidence, List<String> reasons, List<String> attachments,
                  ReportText text) {
            this(mailboxOffice, messageKey, messageId, sha256, contentSha256, delivery, fileName, receivedAt, sentAt, from,
                    subject, kind, decision, officeId, unitId, dispatchId, taskId, tasks, confidence, reasons, attachments,
                    text, null);
        }
    }

    /** What report {@code id} says, if it was kept (reports recorded before it was kept say nothing). */
    public Optional<ReportText> text(long id) {
        return jdbc.sql("SELECT own_text, attachment_text FROM report WHERE id = ?").param(id)
                .query((rs, n) -> rs.getString("own_text") == null && rs.getString("attachment_text") == null ? null
                        : new ReportText(rs.getString("own_text"), rs.getString("attachment_text")))
                .optional();
    }

    /** What each report matched to the dispatch says, by report id (oldest first), for those it was kept of. */
    public java.util.Map<Long, ReportText> textsForDispatch(long dispatchId) {
        java.util.Map<Long, ReportText> texts = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT id, own_text, attachment_text FROM report WHERE dispatch_id = ? AND decision = 'MATCHED'"
                        + " AND (own_text IS NOT NULL OR attachment_text IS NOT NULL) ORDER BY id")
                .param(dispatchId)
                .query(rs -> {
                    texts.put(rs.getLong("id"), new ReportText(rs.getString("own_text"), rs.getString("attachment_text")));
                });
        return texts;
    }
}
