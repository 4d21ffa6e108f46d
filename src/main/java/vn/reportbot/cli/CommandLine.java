package vn.reportbot.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

import vn.reportbot.bench.BenchCommand;
import vn.reportbot.bench.BenchUsageException;

/**
 * Runs a command ({@code parse-dispatch}, {@code classify}, {@code import-dispatch}, {@code bench}) and returns its
 * exit status: 0 when all went well, 1 when some input could not be handled (the others are still printed), 2 on a
 * usage error.
 */
public final class CommandLine {

    private static final Set<String> COMMANDS = Set.of("parse-dispatch", "classify", "import-dispatch", "bench");

    private CommandLine() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /**
     * @param application the Spring Boot application class, for the commands that start the service
     *                    ({@code import-dispatch}, {@code bench})
     */
    public static int run(String[] args, Class<?> application) {
        return run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8), application);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, null);
    }

    static int run(String[] args, PrintStream out, PrintStream err, Class<?> application) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "parse-dispatch" -> new ParseDispatchCommand(out, err).run(rest);
                case "classify" -> new ClassifyCommand(out, err).run(rest);
                case "import-dispatch" -> new ImportDispatchCommand(out, application).run(rest);
                case "bench" -> bench(rest, out, err, application);
                default -> throw new UsageException("unknown command " + args[0]);
            };
        } catch (UsageException e) {
            err.println("reportbot " + args[0] + ": " + e.getMessage());
            return 2;
        }
    }

    private static int bench(String[] args, PrintStream out, PrintStream err, Class<?> application) {
        try {
            return new BenchCommand(out, err, application).run(args);
        } catch (BenchUsageException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
