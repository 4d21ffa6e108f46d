package vn.reportbot.system;

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
 * {@link ScheduleRestarts} on PostgreSQL (127.0.0.1:5432, database {@code test}; Quartz's {@code PostgreSQLDelegate}),
 * in a schema of its own dropped afterwards. Skipped with a message where no PostgreSQL runs, except under
 * {@code CI=true}.
 */
class ScheduleSurvivesRestartPostgresIT extends ScheduleRestarts {

    private static final String URL = System.getProperty("reportbot.it.postgres-url", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getProperty("reportbot.it.postgres-user", "postgres");

    private final String schema = "reportbot_quartz_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @BeforeEach
    void requirePostgres() {
        try (Connection c = DriverManager.getConnection(URL, USER, "")) {
            c.isValid(2);
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but PostgreSQL at " + URL + " cannot be reached: " + e.getMessage(), e);
            }
            Assumptions.abort("PostgreSQL at " + URL + " cannot be reached (" + e.getMessage()
                    + "): the PostgreSQL run of the schedule tests is skipped");
        }
    }

    @AfterEach
    void dropSchema() throws SQLException {
        stopAll(); // before the schema goes
        try (Connection c = DriverManager.getConnection(URL, USER, ""); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw e;
            }
        }
    }

    @Override
    List<String> databaseArguments(Path dataDir) {
        return List.of("--spring.datasource.url=" + URL + "?currentSchema=" + schema,
                "--spring.datasource.username=" + USER, "--spring.datasource.password=",
                "--spring.flyway.schemas=" + schema, "--spring.flyway.create-schemas=true");
    }
}
