package vn.reportbot;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;

/**
 * A month of reminders on PostgreSQL (127.0.0.1:5432, database {@code test}), in a schema of its own that is dropped
 * afterwards. Skipped with a message where no PostgreSQL runs, except under {@code CI=true}, where it must run.
 */
class ReminderMonthPostgresIT extends ReminderMonth {

    private final String schema = "reportbot_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @BeforeEach
    void requirePostgres() {
        try (Connection c = DriverManager.getConnection(EndToEndPostgresIT.URL, EndToEndPostgresIT.USER, "")) {
            c.isValid(2);
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but PostgreSQL at " + EndToEndPostgresIT.URL + " cannot be reached: "
                        + e.getMessage(), e);
            }
            Assumptions.abort("PostgreSQL at " + EndToEndPostgresIT.URL + " cannot be reached (" + e.getMessage()
                    + "): the PostgreSQL run of the month of reminders is skipped");
        }
    }

    @AfterEach
    void dropSchema() throws SQLException {
        try (Connection c = DriverManager.getConnection(EndToEndPostgresIT.URL, EndToEndPostgresIT.USER, "");
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw e;
            }
        }
    }

    @Override
    List<String> databaseArguments(Path dataDir) {
        return List.of("--spring.datasource.url=" + EndToEndPostgresIT.URL + "?currentSchema=" + schema,
                "--spring.datasource.username=" + EndToEndPostgresIT.USER, "--spring.datasource.password=",
                "--spring.flyway.schemas=" + schema, "--spring.flyway.create-schemas=true");
    }
}
