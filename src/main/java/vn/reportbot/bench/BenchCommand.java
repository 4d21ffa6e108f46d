package vn.reportbot.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.mail.MessagingException;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import vn.reportbot.cli.CliCommand;
import vn.reportbot.system.JakartaMailStreamProvider;

/**
 * {@code bench [--messages N] [--units N] [--attachment-mb N]}: measures this machine and this build (see
 * {@link BenchRun}) and prints a table, then one {@code figure NAME VALUE} line per figure. Exit status 0 when every
 * message was read, matched and acknowledged, 1 when not or when a step failed.
 */
@Command(name = "bench", customSynopsis = "bench [--messages N] [--units N] [--attachment-mb N] [--database h2|postgres] [--fanout-units N]"
        + " [--idle-reports N] [--digest-units N,N] [--skip PART,…]",
        description = {"Measures this machine and this build: fills an embedded loopback mail server, runs the real "
                + "pipeline against it and the plain Jakarta Mail baselines in the same run, then prints a table and, "
                + "last, one line per figure: figure NAME VALUE. Run it in the project folder, which holds the templates."})
public final class BenchCommand implements CliCommand {

    @Spec
    private CommandSpec spec;

    @Option(names = "--messages", paramLabel = "N", defaultValue = "5000",
            description = "How many report messages fill the mailbox, 1 to " + BenchOptions.MAX_MESSAGES
                    + " (default: ${DEFAULT-VALUE}).")
    private int messages;

    @Option(names = "--units", paramLabel = "N", defaultValue = "50",
            description = "How many units the generated office has, 1 to " + BenchOptions.MAX_UNITS
                    + " (default: ${DEFAULT-VALUE}).")
    private int units;

    @Option(names = "--attachment-mb", paramLabel = "N", defaultValue = "25",
            description = "The attachment of the large message whose peak heap is measured, in MB, 0 to "
                    + BenchOptions.MAX_ATTACHMENT_MB + "; 0 leaves "
                    + "it out (default: ${DEFAULT-VALUE}).")
    private int attachmentMb;

    @Option(names = "--database", paramLabel = "h2|postgres", defaultValue = "h2",
            description = "The database the service runs on: H2 in a temporary folder, or a database the bench creates"
                    + " for the run on the PostgreSQL server of --postgres-url and drops afterwards (default: ${DEFAULT-VALUE}).")
    private String database;

    @Option(names = "--postgres-url", paramLabel = "URL", defaultValue = "jdbc:postgresql://127.0.0.1:5432/test",
            description = "A JDBC URL of the PostgreSQL server for --database postgres (default: ${DEFAULT-VALUE}).")
    private String postgresUrl;

    @Option(names = "--postgres-user", paramLabel = "NAME", defaultValue = "postgres",
            description = "The PostgreSQL user, without a password (default: ${DEFAULT-VALUE}).")
    private String postgresUser;

    @Option(names = "--fanout-units", paramLabel = "N", defaultValue = "3321",
            description = "How many units the office of the second reminder fan-out and of the dispatch import"
                    + " has (default: ${DEFAULT-VALUE}, the country's communes).")
    private int fanoutUnits;

    @Option(names = "--idle-reports", paramLabel = "N", defaultValue = "500",
            description = "How many reports arrive one by one while the service waits on IMAP IDLE (default: ${DEFAULT-VALUE}).")
    private int idleReports;

    @Option(names = "--digest-units", paramLabel = "N,N", split = ",", defaultValue = "170,3321",
            description = "The sizes of the offices whose digest is timed, each with 20 open dispatches"
                    + " (default: ${DEFAULT-VALUE}).")
    private List<Integer> digestUnits;

    @Option(names = "--skip", paramLabel = "PART,PART", split = ",",
            description = "Parts to leave out: poll (the poll job and the large message), matching (its cost at 10"
                    + " to 10,000 units), import (a dispatch for --fanout-units units), reminders (the fan-out to"
                    + " --units units), reminders-N (to --fanout-units units when it differs), idle (the latency of"
                    + " acknowledgements on IMAP IDLE), digest (for --units units), digest-N (for each of"
                    + " --digest-units), heap (the smallest -Xmx for the large message).")
    private Set<String> skip = new LinkedHashSet<>();

    private final Class<?> application;

    /** @param application the Spring Boot application class: the service the bench starts */
    public BenchCommand(Class<?> application) {
        this.application = application;
    }

    /**
     * @param out the table and the figures
     * @param err progress, and what went wrong
     */
    @Override
    public int run(PrintStream out, PrintStream err) {
        BenchOptions options = new BenchOptions(within("--messages", messages, 1, BenchOptions.MAX_MESSAGES),
                within("--units", units, 1, BenchOptions.MAX_UNITS),
                within("--attachment-mb", attachmentMb, 0, BenchOptions.MAX_ATTACHMENT_MB), database(), postgresUrl,
                postgresUser, within("--fanout-units", fanoutUnits, 1, BenchOptions.MAX_UNITS),
                within("--idle-reports", idleReports, 1, BenchOptions.MAX_MESSAGES), digestUnits());
        Set<String> known = BenchParts.names(options, application);
        for (String part : skip) {
            if (!known.contains(part)) {
                throw new ParameterException(spec.commandLine(), "--skip: no part '" + part + "'; parts: "
                        + String.join(", ", known));
            }
        }
        // before the service sets up logging, the loopback server would log every IMAP command at DEBUG
        LoggingSystem.get(BenchCommand.class.getClassLoader()).setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
        JakartaMailStreamProvider.name(); // as the service does when it starts: the baselines run under the same setting
        BenchResults results = null;
        if (!skip.contains("poll")) {
            try {
                results = new BenchRun(options, application, err).run();
            } catch (IOException | MessagingException | RuntimeException e) {
                err.println("reportbot bench: " + e);
                return 1;
            }
        }
        Map<String, Section> sections = BenchParts.run(BenchParts.all(options, application), skip, err);
        ResultTable.print(results, sections.values().stream().filter(java.util.Objects::nonNull).toList(), out);
        int status = 0;
        if (results != null && !results.complete()) {
            err.println("reportbot bench: not every message was read, matched and acknowledged: " + results.poll().details()
                    + results.large().map(l -> "; the large message: " + l.pollResult().details()).orElse(""));
            status = 1;
        }
        if (sections.containsValue(null)) {
            status = 1;
        }
        return status;
    }

    private List<Integer> digestUnits() {
        for (int n : digestUnits) {
            within("--digest-units", n, 1, BenchOptions.MAX_UNITS);
        }
        return List.copyOf(digestUnits);
    }

    private String database() {
        if (!database.equals("h2") && !database.equals("postgres")) {
            throw new ParameterException(spec.commandLine(), "--database must be h2 or postgres (was " + database + ")");
        }
        return database;
    }

    private int within(String option, int n, int min, int max) {
        if (n < min || n > max) {
            throw new ParameterException(spec.commandLine(), option + " must be between " + min + " and " + max + " (was " + n + ")");
        }
        return n;
    }
}
