package vn.reportbot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import vn.reportbot.cli.CommandLine;

/**
 * {@code java -jar reportbot.jar [COMMAND] [OPTIONS]}: with a command ({@code parse-dispatch},
 * {@code classify}, {@code import-dispatch}, {@code bench}) runs it and exits; without one runs the service.
 */
@SpringBootApplication
public class ReportbotApplication {

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(args, ReportbotApplication.class));
        }
        SpringApplication.run(ReportbotApplication.class, args);
    }
}
