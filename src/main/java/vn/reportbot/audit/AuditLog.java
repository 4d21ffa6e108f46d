package vn.reportbot.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code audit_log} table. A change is recorded in the transaction that makes it (call {@link #record} inside
 * it), so that the log never says something happened that did not, nor misses what did.
 */
@Repository
public class AuditLog {

    /** Longer before/after texts are cut to this many characters, with an ellipsis. */
    public static final int MAX_TEXT = 100_000;

    private static final RowMapper<AuditEntry> ENTRY = (rs, n) -> new AuditEntry(rs.getLong("id"),
            rs.getTimestamp("at").toInstant().atOffset(ZoneOffset.UTC), rs.getString("actor"), rs.getString("subject"),
            rs.getString("subject_id"), rs.getString("action"), rs.getString("before_text"),
            rs.getString("after_text"));

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records that {@code actor} did {@code action} to the {@code subject} {@code subjectId}; {@code before} and
     * {@code after} may be null (nothing before a creation, nothing after a removal).
     */
    public void record(String actor, String subject, String subjectId, String action, String before, String after) {
        jdbc.sql("INSERT INTO audit_log (at, actor, subject, subject_id, action, before_text, after_text)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(Timestamp.from(clock.instant()), actor == null ? "?" : actor, subject, subjectId, action,
                        cut(before), cut(after))
                .update();
    }

    /** The changes to one thing, newest first, at most {@code limit}. */
    public List<AuditEntry> entriesFor(String subject, String subjectId, int limit) {
        return jdbc.sql("SELECT * FROM audit_log WHERE subject = ? AND subject_id = ? ORDER BY at DESC, id DESC"
                        + " FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY")
                .params(subject, subjectId).query(ENTRY).list();
    }

    /** The changes to every thing of one kind, newest first, at most {@code limit}. */
    public List<AuditEntry> entriesOf(String subject, int limit) {
        return jdbc.sql("SELECT * FROM audit_log WHERE subject = ? ORDER BY at DESC, id DESC"
                        + " FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY")
                .param(subject).query(ENTRY).list();
    }

    /** The latest changes of all, newest first, at most {@code limit}. */
    public List<AuditEntry> latest(int limit) {
        return jdbc.sql("SELECT * FROM audit_log ORDER BY at DESC, id DESC FETCH FIRST " + Math.max(1, limit)
                + " ROWS ONLY").query(ENTRY).list();
    }

    private static String cut(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }
}
