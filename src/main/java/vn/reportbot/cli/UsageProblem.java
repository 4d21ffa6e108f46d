package vn.reportbot.cli;

import java.nio.file.Path;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/** The one-line message of a usage error, worded alike for every command. */
final class UsageProblem {

    private UsageProblem() {
    }

    /** @param args the whole command line, to tell an option given without its value from one not given */
    static String of(ParameterException e, String[] args) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched);
        }
        if (e instanceof MissingParameterException missing) {
            return missing.getMissing().stream().map(a -> missing(a, args)).collect(Collectors.joining("; "));
        }
        if (e.getCause() instanceof TypeConversionException wrong && e.getArgSpec() != null) {
            return name(e.getArgSpec()) + " needs " + wrong.getMessage() + ", not '" + e.getValue() + "'";
        }
        return e.getMessage();
    }

    private static String unmatched(UnmatchedArgumentException e) {
        String arg = e.getUnmatched().get(0);
        boolean option = arg.startsWith("-");
        if (e.getCommandLine().getParent() == null && !option) {
            return "unknown command " + arg;
        }
        String problem = (option ? "unknown option " : "unexpected argument ") + arg;
        List<String> suggestions = e.getSuggestions();
        return suggestions.isEmpty() ? problem : problem + " (did you mean " + String.join(" or ", suggestions) + "?)";
    }

    private static String missing(ArgSpec arg, String[] args) {
        if (!(arg instanceof OptionSpec option)) {
            return "no " + arg.paramLabel().toLowerCase(Locale.ROOT) + " given";
        }
        boolean given = Arrays.stream(option.names()).anyMatch(Arrays.asList(args)::contains);
        return given ? option.longestName() + " needs " + noun(option.type()) : option.longestName() + " is required";
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /** What a value of that type is called: the option's own type, so a repeatable option's is a list's. */
    private static String noun(Class<?> type) {
        if (type == Path.class) {
            return "a file";
        }
        if (type == int.class || type == Integer.class) {
            return "a number";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO date-time";
        }
        return "a value";
    }
}
