package vn.reportbot;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.reportbot.cli.CommandLine;

/** Every command, the ones that start the service too, has {@code --help} and the same usage errors. */
class CommandLineUsageTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "parse-dispatch  | usage: parse-dispatch [--directory FILE] FILE...                                       | --directory FILE",
            "classify        | usage: classify --directory FILE --dispatch FILE [--dispatch FILE]... [--at ISO-DATE-TIME] PATH... | --at ISO-DATE-TIME",
            "import-dispatch | usage: import-dispatch FILE... [--office ID]                                           | --office ID",
            "bench           | usage: bench [--messages N] [--units N] [--attachment-mb N]                            | --attachment-mb N"})
    void helpPrintsTheUsageTheOptionsAndTheExitStatusesAndExitsZero(String command, String usage, String option) {
        CommandRun run = run(command, "--help");

        assertThat(run.status()).isZero();
        assertThat(run.out().replaceAll("\\s+", " ")).startsWith(usage).contains(option, "-h, --help", "Exit status:",
                "wrong usage");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theTopLevelHelpListsEveryCommandAndIsACommandNotTheService() {
        CommandRun run = run("--help");

        assertThat(CommandLine.isCommand(new String[] {"--help"}, ReportbotApplication.serviceCommands())).isTrue();
        assertThat(CommandLine.isCommand(new String[] {"--server.port=8081"}, ReportbotApplication.serviceCommands())).isFalse();
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("usage: java -jar reportbot.jar [COMMAND] [OPTIONS]")
                .contains("parse-dispatch", "classify", "import-dispatch", "bench", "Exit status:");
    }

    @ParameterizedTest
    @CsvSource({"parse-dispatch, a.txt", "classify, --directory config/directory.yml a.eml", "import-dispatch, a.txt",
            "bench, ''"})
    void anUnknownOptionExitsTwoNamingItThenTheUsage(String command, String rest) {
        CommandRun run = run((command + " --nonsense " + rest).trim().split(" "));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).first().isEqualTo("reportbot " + command + ": unknown option --nonsense");
        assertThat(run.err().lines().toList().get(1)).startsWith("usage: " + command);
    }

    @ParameterizedTest
    @CsvSource({"parse-dispatch, --directory, a file", "classify, --at, an ISO date-time",
            "import-dispatch, --office, a value", "bench, --messages, a number"})
    void anOptionWithoutItsValueExitsTwoSayingWhatItNeeds(String command, String option, String what) {
        CommandRun run = run(command, "x", option);

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("reportbot " + command + ": " + option + " needs " + what + "\nusage: " + command);
    }

    @Test
    void aValueOfTheWrongTypeExitsTwoSayingWhatItNeeds() {
        assertThat(run("bench", "--units", "1.5").err()).startsWith("reportbot bench: --units needs a whole number, not '1.5'");
        CommandRun at = run("classify", "--directory", "config/directory.yml", "--at", "20/09/2021", "a.eml");
        assertThat(at.status()).isEqualTo(2);
        assertThat(at.err()).startsWith("reportbot classify: --at needs an ISO date-time such as 2021-09-20T08:00:00+07:00,"
                + " not '20/09/2021'");
    }

    @Test
    void aMissingRequiredOptionExitsTwoNamingIt() {
        CommandRun run = run("classify", "a.eml");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("reportbot classify: --directory is required\nusage: classify");
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }
}
