package vn.reportbot.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;

/**
 * Runs a command and returns its exit status: {@code parse-dispatch} and {@code classify}, which need neither a
 * database nor a mail server, and the commands that start the service ({@code import-dispatch}, {@code bench}),
 * which the application hands in as {@link CliCommand}s. picocli reads the arguments: every command has
 * {@code --help}, and a wrong option or a missing value is a one-line message, the usage, and exit status 2.
 */
public final class CommandLine {

    private static final Map<String, String> EXIT_STATUS = exitStatus();

    @Command(name = "reportbot", customSynopsis = "java -jar reportbot.jar [COMMAND] [OPTIONS]",
            description = {"Runs one command and exits. With no command it runs the service; Spring settings such as "
                    + "--server.port=8081 or --reportbot.data-dir=DIR are handed to it."},
            commandListHeading = "%nCommands:%n", footer = {"", "'java -jar reportbot.jar COMMAND --help' shows a command's options."})
    private static final class Top {
    }

    private CommandLine() {
    }

    /** Whether the arguments name a command (or ask for the help), rather than settings for the service. */
    public static boolean isCommand(String[] args, CliCommand... serviceCommands) {
        return args.length > 0
                && (commands(serviceCommands).getSubcommands().containsKey(args[0]) || List.of("-h", "--help").contains(args[0]));
    }

    /** Runs the command on standard output and error, in UTF-8; an offline command logs to standard error. */
    public static int run(String[] args, CliCommand... serviceCommands) {
        OfflineLogging.toStandardError(args);
        return run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8), serviceCommands);
    }

    /** @param serviceCommands the commands that start the service, beside the offline ones */
    public static int run(String[] args, PrintStream out, PrintStream err, CliCommand... serviceCommands) {
        picocli.CommandLine top = commands(serviceCommands);
        try {
            ParseResult parsed = top.parseArgs(args);
            ParseResult command = parsed.subcommand();
            if (command == null && parsed.isUsageHelpRequested()) {
                top.usage(out, Ansi.OFF);
                return 0;
            }
            if (command == null) {
                throw new ParameterException(top, "no command given");
            }
            if (command.isUsageHelpRequested()) {
                command.commandSpec().commandLine().usage(out, Ansi.OFF);
                return 0;
            }
            return ((CliCommand) command.commandSpec().userObject()).run(out, err);
        } catch (ParameterException e) {
            picocli.CommandLine where = e.getCommandLine();
            String name = where.getParent() != null ? " " + where.getCommandName()
                    : args.length > 0 && !args[0].startsWith("-") ? " " + args[0] : "";
            err.println("reportbot" + name + ": " + UsageProblem.of(e, args));
            err.println("usage: " + String.join(" ", where.getCommandSpec().usageMessage().customSynopsis()));
            err.println("'java -jar reportbot.jar" + (where.getParent() != null ? name : "") + " --help' says more.");
            return 2;
        }
    }

    private static picocli.CommandLine commands(CliCommand... serviceCommands) {
        picocli.CommandLine top = new picocli.CommandLine(new Top());
        Stream.concat(Stream.of(new ParseDispatchCommand(), new ClassifyCommand()), Stream.of(serviceCommands))
                .forEach(top::addSubcommand);
        Stream.concat(Stream.of(top), top.getSubcommands().values().stream()).map(picocli.CommandLine::getCommandSpec)
                .forEach(CommandLine::addHelpUsageAndExitStatus);
        top.setSeparator(" ");
        top.setOverwrittenOptionsAllowed(true);
        top.setExpandAtFiles(false);
        top.setUsageHelpAutoWidth(true);
        top.registerConverter(Integer.class, CommandLine::wholeNumber);
        top.registerConverter(int.class, CommandLine::wholeNumber);
        return top;
    }

    private static void addHelpUsageAndExitStatus(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Shows this help and exits.").build());
        spec.usageMessage().sortOptions(false).synopsisHeading("usage: ").descriptionHeading("%n").parameterListHeading("%nParameters:%n")
                .optionListHeading("%nOptions:%n").exitCodeListHeading("%nExit status:%n").exitCodeList(EXIT_STATUS);
    }

    private static Map<String, String> exitStatus() {
        Map<String, String> status = new LinkedHashMap<>();
        status.put("0", "all went well");
        status.put("1", "some input could not be handled (the rest is still done), or the run failed");
        status.put("2", "wrong usage: an unknown option, a missing or wrong value");
        return status;
    }

    private static Integer wholeNumber(String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("a whole number");
        }
    }
}
