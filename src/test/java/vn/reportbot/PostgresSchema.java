package vn.reportbot;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A fresh schema on the PostgreSQL of the end-to-end tests, for a service started in another process: the service
 * creates it (Flyway), the test reads it and drops it afterwards. Where no PostgreSQL runs the test is skipped with
 * a message, except under {@code CI=true}, where it must run.
 */
final class PostgresSchema implements CrashDatabase {

    private final String name = "reportbot_crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private SingleConnectionDataSource connection;

    private PostgresSchema() {
    }

    static PostgresSchema requireServer(String what) {
        try (Connection c = DriverManager.getConnection(EndToEndPostgresIT.URL, EndToEndPostgresIT.USER, "")) {
            c.isValid(2);
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but PostgreSQL at " + EndToEndPostgresIT.URL + " cannot be reached: "
                        + e.getMessage(), e);
            }
            Assumptions.abort("PostgreSQL at " + EndToEndPostgresIT.URL + " cannot be reached (" + e.getMessage() + "): "
                    + what + " is skipped");
        }
        return new PostgresSchema();
    }

    @Override
    public String name() {
        return "PostgreSQL, schema " + name;
    }

    @Override
    public ServiceProcess start(List<String> arguments, Path log) throws IOException {
        List<String> all = new ArrayList<>(arguments);
        all.addAll(serviceArguments());
        return ServiceProcess.start(all, log);
    }

    /** The service's {@code --spring.datasource.*} and {@code --spring.flyway.*} arguments. */
    List<String> serviceArguments() {
        return serviceArguments(url());
    }

    /**
     * As {@link #serviceArguments()}, the service reaching the server at {@code 127.0.0.1:port} (a proxy in front of
     * it) instead; the test itself still reads the schema directly.
     */
    List<String> serviceArgumentsThrough(int port) {
        return serviceArguments(url().replaceFirst("//[^/]+/", "//127.0.0.1:" + port + "/"));
    }

    /** The server's host and port, as {@code reportbot.it.postgres-url} names them. */
    static java.net.InetSocketAddress server() {
        java.net.URI uri = java.net.URI.create(EndToEndPostgresIT.URL.substring("jdbc:".length()));
        return java.net.InetSocketAddress.createUnresolved(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort());
    }

    private List<String> serviceArguments(String url) {
        return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + EndToEndPostgresIT.USER,
                "--spring.datasource.password=", "--spring.flyway.schemas=" + name, "--spring.flyway.create-schemas=true");
    }

    /** Queries in the schema, on one connection kept open, as the test reads what the service wrote. */
    @Override
    public JdbcClient jdbc() {
        if (connection == null) {
            connection = new SingleConnectionDataSource(url(), EndToEndPostgresIT.USER, "", true);
        }
        return JdbcClient.create(connection);
    }

    private String url() {
        return EndToEndPostgresIT.URL + "?currentSchema=" + name;
    }

    @Override
    public void close() throws SQLException {
        if (connection != null) {
            connection.destroy();
        }
        try (Connection c = DriverManager.getConnection(EndToEndPostgresIT.URL, EndToEndPostgresIT.USER, "");
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        }
    }
}
