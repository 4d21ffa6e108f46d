package vn.reportbot.dispatch;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@link DispatchLifeTests} on the PostgreSQL of the end-to-end tests (127.0.0.1:5432, database {@code test}), each
 * test in a schema of its own that is dropped afterwards; skipped with a message where none runs, except under
 * {@code CI=true}.
 */
class DispatchLifePostgresIT extends DispatchLifeTests {

    private static final String URL = System.getProperty("reportbot.it.postgres-url", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getProperty("reportbot.it.postgres-user", "postgres");
    private static final List<String> SCHEMAS = new CopyOnWriteArrayList<>();

    @Override
    JdbcClient migratedDatabase() {
        try (Connection c = DriverManager.getConnection(URL, USER, "")) {
            c.isValid(2);
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but PostgreSQL at " + URL + " cannot be reached: " + e.getMessage(), e);
            }
            Assumptions.abort("PostgreSQL at " + URL + " cannot be reached (" + e.getMessage() + "): skipped");
        }
        String schema = "reportbot_life_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        SCHEMAS.add(schema);
        DriverManagerDataSource dataSource = new DriverManagerDataSource(URL + "?currentSchema=" + schema, USER, "");
        Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true).load().migrate();
        return JdbcClient.create(dataSource);
    }

    @AfterAll
    static void dropSchemas() throws SQLException {
        if (SCHEMAS.isEmpty()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(URL, USER, ""); Statement s = c.createStatement()) {
            for (String schema : SCHEMAS) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }
}
