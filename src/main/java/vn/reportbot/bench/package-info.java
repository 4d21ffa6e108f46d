/**
 * The {@code bench} command: measures this machine and this build. It fills a loopback mail server with
 * generated Vietnamese report messages, times a bare Jakarta Mail send loop and a bare IMAP fetch of them, then the
 * whole service reading the same mailbox, and reports the heap a 25 MB message needs.
 * {@link vn.reportbot.bench.BenchCommand} is the entry point: a command the application hands to {@link vn.reportbot.cli.CommandLine}.
 */
package vn.reportbot.bench;
