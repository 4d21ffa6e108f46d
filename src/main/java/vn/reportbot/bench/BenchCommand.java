package vn.reportbot.bench;

import java.io.IOException;
import java.io.PrintStream;

import jakarta.mail.MessagingException;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

import vn.reportbot.system.JakartaMailStreamProvider;

/**
 * {@code bench [--messages N] [--units N] [--attachment-mb N]}: measures this machine and this build (see
 * {@link BenchRun}) and prints a table, then one {@code figure NAME VALUE} line per figure. Exit status 0 when every
 * message was read, matched and acknowledged, 1 when not or when a step failed.
 */
public final class BenchCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final Class<?> application;

    /**
     * @param out         the table and the figures
     * @param err         progress, and what went wrong
     * @param application the Spring Boot application class: the service the bench starts
     */
    public BenchCommand(PrintStream out, PrintStream err, Class<?> application) {
        this.out = out;
        this.err = err;
        this.application = application;
    }

    /** @throws BenchUsageException the arguments are not {@code [--messages N] [--units N] [--attachment-mb N]} */
    public int run(String[] args) {
        BenchOptions options = BenchOptions.parse(args);
        // before the service sets up logging, the loopback server would log every IMAP command at DEBUG
        LoggingSystem.get(BenchCommand.class.getClassLoader()).setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
        JakartaMailStreamProvider.name(); // as the service does when it starts: the baselines run under the same setting
        BenchResults results;
        try {
            results = new BenchRun(options, application, err).run();
        } catch (IOException | MessagingException e) {
            err.println("reportbot bench: " + e);
            return 1;
        }
        ResultTable.print(results, out);
        if (!results.complete()) {
            err.println("reportbot bench: not every message was read, matched and acknowledged: " + results.poll().details()
                    + results.large().map(l -> "; the large message: " + l.pollResult().details()).orElse(""));
            return 1;
        }
        return 0;
    }
}
