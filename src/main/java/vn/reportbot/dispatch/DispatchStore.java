package vn.reportbot.dispatch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code dispatch} table: stored dispatches and their parsed form. */
@Repository
class DispatchStore implements DispatchCatalog {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final CadenceDefaults cadences;
    /** Each office's dispatches, newest first; the same list instance until a dispatch is added. */
    private final Map<String, List<KnownDispatch>> byOffice = new ConcurrentHashMap<>();

    DispatchStore(JdbcClient jdbc, JsonMapper json, Clock clock, CadenceDefaults cadences) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.cadences = cadences;
    }

    boolean exists(String officeId, String number, int year) {
        return jdbc.sql("SELECT COUNT(*) FROM dispatch WHERE office_id = ? AND number = ? AND issued_year = ?")
                .params(officeId, number, year).query(Integer.class).single() > 0;
    }

    Optional<StoredDispatch> find(String officeId, String number, int year) {
        return jdbc.sql("SELECT id, office_id, parsed_json FROM dispatch WHERE office_id = ? AND number = ? AND issued_year = ?")
                .params(officeId, number, year).query(this::row).optional();
    }

    long insert(String officeId, int year, DispatchJson parsed) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO dispatch (office_id, number, issued_year, issued_on, subject, deadline, source_name,"
                        + " parsed_json, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(officeId, parsed.number(), year, parsed.issuedOn(), parsed.subject(), parsed.deadline(),
                        parsed.file(), json.writeValueAsString(parsed), Timestamp.from(clock.instant()))
                .update(keys, "id");
        forgetAfterCompletion(officeId);
        return keys.getKeyAs(Number.class).longValue();
    }

    void update(long id, String officeId, DispatchJson parsed) {
        jdbc.sql("UPDATE dispatch SET subject = ?, deadline = ?, parsed_json = ? WHERE id = ?")
                .params(parsed.subject(), parsed.deadline(), json.writeValueAsString(parsed), id).update();
        forgetAfterCompletion(officeId);
    }

    List<StoredDispatch> all() {
        return jdbc.sql("SELECT id, office_id, parsed_json FROM dispatch ORDER BY id DESC").query(this::row).list();
    }

    Optional<StoredDispatch> find(long id) {
        return jdbc.sql("SELECT id, office_id, parsed_json FROM dispatch WHERE id = ?").param(id).query(this::row).optional();
    }

    @Override
    public List<KnownDispatch> dispatchesOf(String officeId) {
        return byOffice.computeIfAbsent(officeId, id -> jdbc
                .sql("SELECT id, office_id, parsed_json FROM dispatch WHERE office_id = ? ORDER BY id DESC")
                .param(id).query(this::row).list().stream().map(this::known).toList());
    }

    /** Drops the office's cached list now and again when the current transaction ends, committed or not. */
    private void forgetAfterCompletion(String officeId) {
        byOffice.remove(officeId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(
                    new TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            byOffice.remove(officeId);
                        }
                    });
        }
    }

    @Override
    public Optional<KnownDispatch> byId(long id) {
        return find(id).map(this::known);
    }

    private StoredDispatch row(ResultSet rs, int n) throws SQLException {
        DispatchJson parsed = json.readValue(rs.getString("parsed_json"), new TypeReference<DispatchJson>() { });
        return new StoredDispatch(rs.getLong("id"), rs.getString("office_id"), parsed);
    }

    KnownDispatch known(StoredDispatch d) {
        DispatchJson p = d.parsed();
        return new KnownDispatch(d.id(), d.officeId(), p.number(), p.issuedOn(), p.subject(), p.deadline(), p.tasks(),
                cadences.effective(d.officeId(), p.cadence()));
    }

    /** A stored dispatch with its parsed form. */
    record StoredDispatch(long id, String officeId, DispatchJson parsed) {

        LocalDate deadline() {
            return parsed.deadline();
        }
    }
}
