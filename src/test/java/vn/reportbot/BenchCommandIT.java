package vn.reportbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@code bench} through the command line, small: 200 messages, a 1 MB attachment, offices of 50 units and 20 reports
 * on IDLE instead of 5,000, 25 MB, 3,321 units and 500 reports, so that it runs in a minute or so. The figures
 * themselves are not checked, only that they are measured and printed. An integration test: it starts the service
 * several times, mail servers and child JVMs.
 */
class BenchCommandIT {

    @Test
    void aSmallBenchPrintsTheTableThenTheFiguresLastWithAPositiveIngestRatio() {
        CommandRun run = run("bench", "--messages", "200", "--attachment-mb", "1", "--fanout-units", "50",
                "--idle-reports", "20", "--digest-units", "50");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("200 report messages from 50 units", "bare Jakarta Mail SMTP send loop",
                "bare Jakarta Mail IMAP fetch", "the bot's poll job, end to end",
                "the poll job read 200 messages, matched 200 and sent 200 acknowledgements", "a message with a 1 MB attachment");
        List<String> lines = run.lines();
        int firstFigure = lines.indexOf(lines.stream().filter(l -> l.startsWith("figure ")).findFirst().orElseThrow());
        assertThat(lines.subList(firstFigure, lines.size())).as("the figures come last, one per line")
                .allMatch(l -> l.matches("figure [a-z0-9_]+ [0-9.]+"));
        String ratio = lines.stream().filter(l -> l.startsWith("figure ingest_vs_raw_fetch ")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(ratio.substring("figure ingest_vs_raw_fetch ".length()))).isPositive();
        assertThat(lines).anyMatch(l -> l.startsWith("figure peak_heap_1mb_mb "))
                .anyMatch(l -> l.startsWith("figure acknowledging_vs_raw_send "))
                .anyMatch(l -> l.startsWith("figure reminders_vs_raw_send "))
                .anyMatch(l -> l.startsWith("figure idle_ack_p50_s "))
                .anyMatch(l -> l.startsWith("figure idle_ack_p99_s "))
                .anyMatch(l -> l.startsWith("figure digest_s "))
                .anyMatch(l -> l.startsWith("figure digest_peak_heap_mb "))
                .anyMatch(l -> l.startsWith("figure matching_cost_ratio "))
                .anyMatch(l -> l.startsWith("figure dispatch_import_vs_bare_insert "));
        assertThat(run.out()).contains("Reminder fan-out to 50 units", "20 reports, one every 200 ms",
                "Digest of an office of 50 units with 20 open dispatches", ".xlsx", ".docx",
                "10,000 units against 10, with 1,000 dispatches", "Import of a dispatch for 50 units");
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }
}
