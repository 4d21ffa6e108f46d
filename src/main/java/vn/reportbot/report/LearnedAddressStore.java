package vn.reportbot.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.reportbot.matching.LearnedAddresses;

/** The {@code learned_address} table. */
@Repository
class LearnedAddressStore implements LearnedAddresses {

    private final JdbcClient jdbc;
    private final Clock clock;

    LearnedAddressStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<UnitRef> unitFor(String address) {
        if (address == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT office_id, unit_id FROM learned_address WHERE address = ?")
                .param(address.toLowerCase(Locale.ROOT))
                .query((rs, n) -> new UnitRef(rs.getString(1), rs.getString(2))).optional();
    }

    void remember(String address, String officeId, String unitId, long reportId) {
        String key = address.toLowerCase(Locale.ROOT);
        jdbc.sql("DELETE FROM learned_address WHERE address = ?").param(key).update();
        jdbc.sql("INSERT INTO learned_address (address, office_id, unit_id, report_id, learned_at) VALUES (?, ?, ?, ?, ?)")
                .params(key, officeId, unitId, reportId, Timestamp.from(clock.instant())).update();
    }
}
