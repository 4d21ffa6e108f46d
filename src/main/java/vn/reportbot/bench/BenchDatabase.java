package vn.reportbot.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/**
 * The database the service under bench runs on: H2 in files under the bench's folder (as on embedded defaults), or a
 * database of its own created on a PostgreSQL server ({@code --database postgres}, {@code --postgres-url}) and
 * dropped afterwards, so that the bench never touches what is already there.
 */
sealed interface BenchDatabase extends AutoCloseable {

    /** The service's arguments that put it on this database. */
    List<String> serviceArguments();

    /** How the table's heading names it. */
    String description();

    @Override
    void close();

    static BenchDatabase of(String kind, String postgresUrl, String postgresUser, Path folder) {
        return switch (kind) {
            case "h2" -> new H2(folder);
            case "postgres", "postgresql" -> Postgres.create(postgresUrl, postgresUser);
            default -> throw new IllegalArgumentException("--database must be h2 or postgres (was " + kind + ")");
        };
    }

    /** H2 in files: the service's own default, under {@code reportbot.data-dir}. */
    record H2(Path folder) implements BenchDatabase {
        @Override
        public List<String> serviceArguments() {
            return List.of();
        }

        @Override
        public String description() {
            return "H2 in a temporary folder";
        }

        @Override
        public void close() {
            // the folder goes with the bench's
        }
    }

    /** A database created for the run on the server of {@code url}, dropped when the bench ends. */
    record Postgres(String serverUrl, String user, String database) implements BenchDatabase {

        static Postgres create(String serverUrl, String user) {
            String database = "reportbot_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Connection c = DriverManager.getConnection(serverUrl, user, "");
                 Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + database);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create a database for the bench on " + serverUrl + " as " + user
                        + ": " + e.getMessage(), e);
            }
            return new Postgres(serverUrl, user, database);
        }

        String url() {
            return serverUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");
        }

        @Override
        public List<String> serviceArguments() {
            return List.of("--spring.datasource.url=" + url(), "--spring.datasource.username=" + user,
                    "--spring.datasource.password=");
        }

        @Override
        public String description() {
            return "PostgreSQL at " + serverUrl.replaceFirst("/[^/?]*(\\?.*)?$", "") + ", database " + database
                    + " created for the run";
        }

        @Override
        public void close() {
            try (Connection c = DriverManager.getConnection(serverUrl, user, "");
                 Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            } catch (SQLException e) {
                System.err.println("reportbot bench: could not drop the database " + database + ": " + e.getMessage());
            }
        }
    }
}
