/**
 * The command line: {@code parse-dispatch} and {@code classify} run the service's own parsing and
 * matching classes offline, without a database or a mail server; {@code import-dispatch} starts the
 * service's beans without its servers; {@code bench} is handed to {@link vn.reportbot.bench.BenchCommand}.
 * {@link vn.reportbot.cli.CommandLine} is the entry point.
 */
package vn.reportbot.cli;
