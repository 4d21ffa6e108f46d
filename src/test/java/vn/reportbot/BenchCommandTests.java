package vn.reportbot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code bench} through the command line: what it says of options it cannot take. A small run of it is
 * {@link BenchCommandIT}.
 */
class BenchCommandTests {

    @Test
    void anUnknownOptionIsAUsageErrorThatSaysHowToCallIt() {
        CommandRun run = run("bench", "--mesages", "200");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("reportbot bench: unknown option --mesages", "usage: bench [--messages N] [--units N]");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aCountThatIsNotAPositiveNumberIsAUsageError() {
        assertThat(run("bench", "--messages", "many").err()).contains("--messages needs a whole number, not 'many'");
        assertThat(run("bench", "--units", "0").status()).isEqualTo(2);
        assertThat(run("bench", "--units").err()).contains("--units needs a number");
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }
}
