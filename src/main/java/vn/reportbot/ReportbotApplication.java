package vn.reportbot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import vn.reportbot.bench.BenchCommand;
import vn.reportbot.cli.CliCommand;
import vn.reportbot.cli.CommandLine;

/**
 * {@code java -jar reportbot.jar [COMMAND] [OPTIONS]}: with a command ({@code parse-dispatch},
 * {@code classify}, {@code import-dispatch}, {@code bench}) or {@code --help} runs it and exits; without one runs the
 * service.
 */
@SpringBootApplication
public class ReportbotApplication {

    public static void main(String[] args) {
        if (CommandLine.isCommand(args, serviceCommands())) {
            System.exit(CommandLine.run(args, serviceCommands()));
        }
        SpringApplication.run(ReportbotApplication.class, args);
    }

    /** The commands that start this application, for the command line beside its offline ones: new for each run. */
    static CliCommand[] serviceCommands() {
        return new CliCommand[] {new ImportDispatchCommand(), new BenchCommand(ReportbotApplication.class)};
    }
}
