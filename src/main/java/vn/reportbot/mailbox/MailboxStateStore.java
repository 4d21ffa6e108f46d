package vn.reportbot.mailbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** How far each office's mailbox folder has been read: its UIDVALIDITY and the last UID processed. */
@Repository
class MailboxStateStore {

    record State(long uidValidity, long lastUid) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    MailboxStateStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<State> find(String officeId, String folder) {
        return jdbc.sql("SELECT uid_validity, last_uid FROM mailbox_state WHERE office_id = ? AND folder = ?")
                .params(officeId, folder).query((rs, n) -> new State(rs.getLong(1), rs.getLong(2))).optional();
    }

    void save(String officeId, String folder, State state) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("UPDATE mailbox_state SET uid_validity = ?, last_uid = ?, updated_at = ? WHERE office_id = ? AND folder = ?")
                .params(state.uidValidity(), state.lastUid(), now, officeId, folder).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO mailbox_state (office_id, folder, uid_validity, last_uid, updated_at) VALUES (?, ?, ?, ?, ?)")
                    .params(officeId, folder, state.uidValidity(), state.lastUid(), now).update();
        }
    }
}
