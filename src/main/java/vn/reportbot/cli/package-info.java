/**
 * The command line: {@link vn.reportbot.cli.CommandLine} reads the arguments (with picocli) and runs a command.
 * Its own commands, {@code parse-dispatch} and {@code classify}, run the service's parsing and matching classes
 * offline, without a database or a mail server. The commands that start the service ({@code import-dispatch},
 * {@code bench}) live beside what they start and reach the command line as {@link vn.reportbot.cli.CliCommand}s.
 */
package vn.reportbot.cli;
