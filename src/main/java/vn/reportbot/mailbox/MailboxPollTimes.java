package vn.reportbot.mailbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * When each office's mailbox was last polled successfully ({@code mailbox_poll}), whichever instance polled it: what
 * the metric of the last successful poll reads, so that every instance sharing the database tells the same.
 */
@Repository
class MailboxPollTimes {

    private final JdbcClient jdbc;

    MailboxPollTimes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void polled(String officeId, Instant at) {
        Timestamp time = Timestamp.from(at);
        if (update(officeId, time) == 0) {
            try {
                jdbc.sql("INSERT INTO mailbox_poll (office_id, polled_at) VALUES (?, ?)").params(officeId, time).update();
            } catch (DuplicateKeyException e) {
                update(officeId, time); // another instance inserted it just now
            }
        }
    }

    /** Every office's last successful poll, by office id. */
    Map<String, Instant> all() {
        Map<String, Instant> all = new HashMap<>();
        jdbc.sql("SELECT office_id, polled_at FROM mailbox_poll")
                .query(rs -> {
                    all.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                });
        return all;
    }

    private int update(String officeId, Timestamp time) {
        // never backwards: two instances polling one after the other may write in the other order
        return jdbc.sql("UPDATE mailbox_poll SET polled_at = CASE WHEN polled_at > ? THEN polled_at ELSE ? END"
                + " WHERE office_id = ?").params(time, time, officeId).update();
    }
}
