package vn.reportbot.cli;

import java.io.PrintStream;

/**
 * A command of the {@link CommandLine}: a picocli {@code @Command} whose options and parameters are filled in before
 * it runs. The commands that start the service implement it where they live and are handed to the command line by
 * the application, so that this package holds only the offline commands.
 */
public interface CliCommand {

    /**
     * @param out the command's output
     * @param err progress, and what went wrong
     * @return 0 when all went well, 1 when some input could not be handled or the run failed
     * @throws picocli.CommandLine.ParameterException the arguments are wrong in a way only the command can tell
     */
    int run(PrintStream out, PrintStream err);
}
