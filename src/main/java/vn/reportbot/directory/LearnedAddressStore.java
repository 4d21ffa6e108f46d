package vn.reportbot.directory;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;


/** The {@code learned_address} table: the addresses staff confirmed for a unit when they settled a report. */
@Repository
public class LearnedAddressStore implements LearnedAddresses {

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

    /** From now on, mail from {@code address} comes from that unit (confirmed on report {@code reportId}). */
    public void remember(String address, String officeId, String unitId, long reportId) {
        String key = address.toLowerCase(Locale.ROOT);
        jdbc.sql("DELETE FROM learned_address WHERE address = ?").param(key).update();
        jdbc.sql("INSERT INTO learned_address (address, office_id, unit_id, report_id, learned_at) VALUES (?, ?, ?, ?, ?)")
                .params(key, officeId, unitId, reportId, Timestamp.from(clock.instant())).update();
    }

    /** An address confirmed for a unit, when and on which report ({@code reportId} null once that report is gone). */
    public record LearnedAddress(String address, String officeId, String unitId, Long reportId, Instant learnedAt) {
    }

    /** The addresses confirmed for the units of an office, by unit and address. */
    public List<LearnedAddress> ofOffice(String officeId) {
        return jdbc.sql("SELECT address, office_id, unit_id, report_id, learned_at FROM learned_address"
                        + " WHERE office_id = ? ORDER BY unit_id, address")
                .param(officeId)
                .query((rs, n) -> new LearnedAddress(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4) == null ? null : rs.getLong(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** Mail from {@code address} is no longer taken as its unit's; false when it was not learned. */
    public boolean forget(String address) {
        return address != null && jdbc.sql("DELETE FROM learned_address WHERE address = ?")
                .param(address.trim().toLowerCase(Locale.ROOT)).update() > 0;
    }
}
