package vn.reportbot.bench;

import java.io.PrintStream;
import java.util.Locale;

/** Prints a run's results: a table for people, then one {@code figure NAME VALUE} line per figure, last. */
final class ResultTable {

    private ResultTable() {
    }

    /** The poll job's table (when it ran: {@code r} not null), the further parts', then every figure. */
    static void print(BenchResults r, java.util.List<Section> sections, PrintStream out) {
        if (r != null) {
            printPoll(r, out);
        }
        sections.forEach(section -> section.printTable(out));
        out.println();
        if (r != null) {
            printPollFigures(r, out);
        }
        sections.forEach(section -> section.printFigures(out));
    }

    private static void printPoll(BenchResults r, PrintStream out) {
        out.printf(Locale.ROOT, "%nreportbot bench: %,d report messages from %,d units of a generated office;"
                + " GreenMail on 127.0.0.1; %s%n%n", r.options().messages(), r.options().units(), r.database());
        out.printf(Locale.ROOT, "  %-50s %9s %9s %9s %7s%n", "step", "messages", "seconds", "msgs/s", "MB/s");
        row(out, "bare Jakarta Mail SMTP send loop, one connection", r.send());
        row(out, "bare Jakarta Mail IMAP fetch, " + RawFetch.CHUNK + " per FETCH", r.fetch());
        row(out, "the bot's poll job, end to end", r.ingest());
        row(out, "  fetch, store, read, match, record, mark \\Seen", r.recording());
        row(out, "  send the acknowledgements (SMTP)", r.acknowledging());
        out.printf(Locale.ROOT, "%n  the poll job read %,d messages, matched %,d and sent %,d acknowledgements%n",
                r.poll().messagesRead(), r.poll().mailsQueued(), r.poll().mailsSent());
        out.printf(Locale.ROOT, "  bot / bare fetch: %.2f end to end, %.2f until the last report was recorded;"
                + " acknowledgements / bare send loop: %.2f%n", r.ingestVsRawFetch(), r.recordingVsRawFetch(),
                r.acknowledgingVsRawSend());
        r.large().ifPresent(large -> printLarge(large, out));
    }

    private static void printPollFigures(BenchResults r, PrintStream out) {
        figure(out, "send_rate", "%.1f", r.send().messagesPerSecond());
        figure(out, "raw_fetch_rate", "%.1f", r.fetch().messagesPerSecond());
        figure(out, "ingest_rate", "%.1f", r.ingest().messagesPerSecond());
        figure(out, "ingest_vs_raw_fetch", "%.2f", r.ingestVsRawFetch());
        figure(out, "recording_vs_raw_fetch", "%.2f", r.recordingVsRawFetch());
        figure(out, "acknowledging_vs_raw_send", "%.2f", r.acknowledgingVsRawSend());
        r.large().ifPresent(large -> {
            String prefix = "peak_heap_" + large.attachmentMb() + "mb";
            figure(out, prefix + "_mb", "%d", LargeMessageHeap.megabytes(large.poll()));
            figure(out, prefix + "_bare_fetch_mb", "%d", LargeMessageHeap.megabytes(large.bareFetch()));
            figure(out, prefix + "_read_mb", "%d", LargeMessageHeap.megabytes(large.read()));
        });
    }

    private static void printLarge(LargeMessageHeap large, PrintStream out) {
        out.printf(Locale.ROOT, "%n  a message with a %d MB attachment (%.1f MB as sent): peak heap above the start%n",
                large.attachmentMb(), large.messageBytes() / 1e6);
        out.printf(Locale.ROOT, "    MessageReader.read(InputStream) from a file               %5d MB%n",
                LargeMessageHeap.megabytes(large.read()));
        out.printf(Locale.ROOT, "    bare Jakarta Mail fetch of it (with the server's share)   %5d MB%n",
                LargeMessageHeap.megabytes(large.bareFetch()));
        out.printf(Locale.ROOT, "    the bot's poll job on it (with the server's share)        %5d MB%n",
                LargeMessageHeap.megabytes(large.poll()));
    }

    private static void row(PrintStream out, String step, Measurement m) {
        out.println(String.format(Locale.ROOT, "  %-50s %9d %9.2f %9.1f %7s", step, m.messages(), m.seconds(),
                m.messagesPerSecond(), m.bytes() == 0 ? "" : String.format(Locale.ROOT, "%.2f", m.megabytesPerSecond()))
                .stripTrailing());
    }

    private static void figure(PrintStream out, String name, String format, Object value) {
        out.printf(Locale.ROOT, "figure %s " + format + "%n", name, value);
    }
}
