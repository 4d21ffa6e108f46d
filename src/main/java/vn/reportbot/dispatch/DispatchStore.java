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
import vn.reportbot.dispatchtext.Cadence;

/** The {@code dispatch} table: stored dispatches and their parsed form. */
@Repository
class DispatchStore implements DispatchCatalog {

    private static final String COLUMNS = "id, office_id, parsed_json, imported_at, closed_on, closed_by, reopened_on,"
            + " reopened_by";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final CadenceDefaults cadences;
    /**
     * Each office's dispatches, newest first, as of a version of the {@code change_counter} row; the same list
     * instance until a dispatch is added or corrected, by this process or any other.
     */
    private volatile Cached cached = Cached.NONE;
    /** Bound to a transaction that changed dispatches, until it ends. */
    private final Object changesOfThisTransaction = new Object();

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

    /** How many of the office's dispatches of that year have a number starting so (placeholders of unnumbered ones). */
    int countNumbersStartingWith(String officeId, int year, String prefix) {
        return jdbc.sql("SELECT COUNT(*) FROM dispatch WHERE office_id = ? AND issued_year = ? AND number LIKE ?")
                .params(officeId, year, prefix.replace("%", "") + "%").query(Integer.class).single();
    }

    Optional<StoredDispatch> find(String officeId, String number, int year) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dispatch WHERE office_id = ? AND number = ? AND issued_year = ?")
                .params(officeId, number, year).query(this::row).optional();
    }

    long insert(String officeId, int year, DispatchJson parsed) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO dispatch (office_id, number, issued_year, issued_on, subject, deadline, source_name,"
                        + " parsed_json, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(officeId, parsed.number(), year, parsed.issuedOn(), parsed.subject(), parsed.deadline(),
                        parsed.file(), json.writeValueAsString(parsed.withoutLife()), Timestamp.from(clock.instant()))
                .update(keys, "id");
        changed();
        return keys.getKeyAs(Number.class).longValue();
    }

    void update(long id, DispatchJson parsed) {
        jdbc.sql("UPDATE dispatch SET number = ?, subject = ?, deadline = ?, parsed_json = ? WHERE id = ?")
                .params(parsed.number(), parsed.subject(), parsed.deadline(), json.writeValueAsString(parsed.withoutLife()),
                        id).update();
        changed();
    }

    /** Records that {@code by} closes the dispatch from that day on. */
    void close(long id, LocalDate on, String by) {
        jdbc.sql("UPDATE dispatch SET closed_on = ?, closed_by = ?, closed_at = ? WHERE id = ?")
                .params(on, by, Timestamp.from(clock.instant()), id).update();
        changed();
    }

    /** Records that {@code by} reopened the dispatch on that day: no closing day is set any more. */
    void reopen(long id, LocalDate on, String by) {
        jdbc.sql("UPDATE dispatch SET closed_on = NULL, closed_by = NULL, closed_at = NULL, reopened_on = ?,"
                        + " reopened_by = ?, reopened_at = ? WHERE id = ?")
                .params(on, by, Timestamp.from(clock.instant()), id).update();
        changed();
    }

    List<StoredDispatch> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dispatch ORDER BY id DESC").query(this::row).list();
    }

    Optional<StoredDispatch> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dispatch WHERE id = ?").param(id).query(this::row).optional();
    }

    /**
     * The office's dispatches as committed now, by any process: one read of the counter row, then the cached list
     * if no change was committed since it was read. The counter is read before the list, so that a list is never
     * older than the version it is kept under. A transaction that changed dispatches sees its own changes, uncached.
     */
    @Override
    public List<KnownDispatch> dispatchesOf(String officeId) {
        if (TransactionSynchronizationManager.hasResource(changesOfThisTransaction)) {
            return load(officeId);
        }
        long version = jdbc.sql("SELECT version FROM change_counter WHERE name = 'dispatch'").query(Long.class).single();
        Cached current = cached;
        if (current.version() != version) {
            current = new Cached(version, new ConcurrentHashMap<>());
            cached = current;
        }
        return current.byOffice().computeIfAbsent(officeId, this::load);
    }

    /** The office's dispatches open on that day (as {@link #dispatchesOf}, without those closed by then). */
    @Override
    public List<KnownDispatch> openDispatchesOf(String officeId, LocalDate day) {
        return dispatchesOf(officeId).stream().filter(d -> d.isOpenOn(day)).toList();
    }

    private List<KnownDispatch> load(String officeId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dispatch WHERE office_id = ? ORDER BY id DESC")
                .param(officeId).query(this::row).list().stream().map(this::known).toList();
    }

    /**
     * Bumps the counter as the current transaction commits (or now, outside one), so that every process reloads its
     * lists once the change is visible to it. The counter's row is locked from then to the commit only, so that
     * imports beside each other wait for each other no longer than that.
     */
    private void changed() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            bumpCounter();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(changesOfThisTransaction)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(changesOfThisTransaction, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                bumpCounter();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(changesOfThisTransaction);
            }
        });
    }

    private void bumpCounter() {
        jdbc.sql("UPDATE change_counter SET version = version + 1 WHERE name = 'dispatch'").update();
    }

    @Override
    public Optional<KnownDispatch> byId(long id) {
        return find(id).map(this::known);
    }

    private StoredDispatch row(ResultSet rs, int n) throws SQLException {
        DispatchJson parsed = json.readValue(rs.getString("parsed_json"), new TypeReference<DispatchJson>() { });
        Timestamp imported = rs.getTimestamp("imported_at");
        DispatchLife life = new DispatchLife(rs.getObject("closed_on", LocalDate.class), rs.getString("closed_by"),
                rs.getObject("reopened_on", LocalDate.class), rs.getString("reopened_by"),
                imported == null ? null : LocalDate.ofInstant(imported.toInstant(), clock.getZone()));
        return new StoredDispatch(rs.getLong("id"), rs.getString("office_id"), parsed, life);
    }

    KnownDispatch known(StoredDispatch d) {
        DispatchJson p = d.parsed();
        Cadence cadence = cadences.effective(d.officeId(), p.cadence());
        return new KnownDispatch(d.id(), d.officeId(), p.number(), p.issuedOn(), p.subject(), p.deadline(), p.tasks(),
                cadence, p.recipients(), d.life().closesOn(p.deadline(), cadence, cadences.closeAfterDays()));
    }

    /** The stored dispatch in the JSON of the API: with its id, its closing day and whether it is open today. */
    DispatchJson json(StoredDispatch d) {
        KnownDispatch known = known(d);
        return d.parsed().withId(d.id()).withLife(known.closedOn(), known.isOpenOn(LocalDate.now(clock)));
    }

    /** The lists of the offices asked for so far, as of one version of the counter. */
    private record Cached(long version, Map<String, List<KnownDispatch>> byOffice) {
        static final Cached NONE = new Cached(-1, Map.of());
    }

    /** A stored dispatch with its parsed form and what staff did to its life. */
    record StoredDispatch(long id, String officeId, DispatchJson parsed, DispatchLife life) {

        LocalDate deadline() {
            return parsed.deadline();
        }
    }
}
