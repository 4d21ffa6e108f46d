package vn.reportbot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database the crash test runs the service on: how the service is started on it, and how the test reads what
 * the service committed, while it runs and after it has stopped for good.
 */
interface CrashDatabase extends AutoCloseable {

    /** What the test run says in its output and its seed line. */
    String name();

    /** Starts the service, in a JVM of its own, on this database, with {@code arguments} and its output in {@code log}. */
    ServiceProcess start(List<String> arguments, Path log) throws IOException;

    /** Queries what the service committed. While no service runs, a query may fail. */
    JdbcClient jdbc();

    /** The last service has stopped (SIGTERM, not killed): from now on {@link #jdbc()} reads the database itself. */
    default void serviceStoppedForGood() {
    }

    @Override
    void close() throws Exception;
}
