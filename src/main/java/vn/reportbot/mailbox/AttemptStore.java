package vn.reportbot.mailbox;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Failed processing attempts per office and raw message (by SHA-256), kept outside the transaction that failed,
 * so that they count across polls and restarts.
 */
@Repository
class AttemptStore {

    /** What is known of a message's earlier attempts. */
    record Attempts(int count, String lastError, boolean quarantined) {
        static final Attempts NONE = new Attempts(0, "", false);
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AttemptStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Attempts find(String officeId, String sha256) {
        return jdbc.sql("SELECT attempts, last_error, quarantined FROM mailbox_attempt WHERE office_id = ? AND raw_sha256 = ?")
                .params(officeId, sha256)
                .query((rs, n) -> new Attempts(rs.getInt(1), rs.getString(2), rs.getBoolean(3)))
                .optional().orElse(Attempts.NONE);
    }

    /** Counts one more failed attempt and returns the count. */
    int recordFailure(String officeId, String sha256, String error) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("UPDATE mailbox_attempt SET attempts = attempts + 1, last_error = ?, updated_at = ?"
                        + " WHERE office_id = ? AND raw_sha256 = ?")
                .params(error, now, officeId, sha256).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO mailbox_attempt (office_id, raw_sha256, attempts, last_error, quarantined, updated_at)"
                            + " VALUES (?, ?, 1, ?, FALSE, ?)")
                    .params(officeId, sha256, error, now).update();
        }
        return find(officeId, sha256).count();
    }

    void markQuarantined(String officeId, String sha256) {
        jdbc.sql("UPDATE mailbox_attempt SET quarantined = TRUE, updated_at = ? WHERE office_id = ? AND raw_sha256 = ?")
                .params(Timestamp.from(clock.instant()), officeId, sha256).update();
    }

    void forget(String officeId, String sha256) {
        jdbc.sql("DELETE FROM mailbox_attempt WHERE office_id = ? AND raw_sha256 = ?").params(officeId, sha256).update();
    }
}
