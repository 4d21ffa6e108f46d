package vn.reportbot.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parts of the bench beyond the poll job, each with its own baseline measured in the same run, in the order they
 * run and print; {@code --skip} names those to leave out. Each runs in a temporary folder of its own, deleted after.
 */
final class BenchParts {

    /** One part: its name for {@code --skip}, and how it runs. */
    record Part(String name, String description, Runner runner) {
    }

    @FunctionalInterface
    interface Runner {
        Section run(Path folder, PrintStream progress) throws Exception;
    }

    private BenchParts() {
    }

    /** The parts in order, as {@code options} sets their sizes. */
    static List<Part> all(BenchOptions options, Class<?> application) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part("matching", "matching one message at 10 to 10,000 units and " + MatchingCost.DISPATCHES
                + " dispatches", (folder, progress) -> MatchingCost.run()));
        parts.add(new Part("import", "importing a dispatch for " + options.fanoutUnits() + " units",
                (folder, progress) -> DispatchImport.run(application, folder, options.fanoutUnits(), progress)));
        parts.add(new Part("reminders", "the reminder fan-out to " + options.units() + " units",
                (folder, progress) -> ReminderFanout.run(application, folder, options.units(), "", progress)));
        if (options.fanoutUnits() != options.units()) {
            parts.add(new Part("reminders-" + options.fanoutUnits(), "the reminder fan-out to " + options.fanoutUnits()
                    + " units", (folder, progress) -> ReminderFanout.run(application, folder, options.fanoutUnits(),
                    "_" + options.fanoutUnits() + "_units", progress)));
        }
        parts.add(new Part("idle", options.idleReports() + " reports arriving one by one on IMAP IDLE",
                (folder, progress) -> IdleLatency.run(application, folder, options.units(), options.idleReports(),
                        progress)));
        parts.add(new Part("digest", "the digest of " + options.units() + " units and " + DigestBench.DISPATCHES
                + " open dispatches", (folder, progress) -> DigestBench.run(application, folder, options.units(), "",
                progress)));
        for (int units : new java.util.LinkedHashSet<>(options.digestUnits())) {
            if (units != options.units()) {
                parts.add(new Part("digest-" + units, "the digest of " + units + " units and " + DigestBench.DISPATCHES
                        + " open dispatches", (folder, progress) -> DigestBench.run(application, folder, units,
                        "_" + units + "_units", progress)));
            }
        }
        if (options.attachmentMb() > 0) {
            parts.add(new Part("heap", "the smallest -Xmx at which the service takes in the message with a "
                    + options.attachmentMb() + " MB attachment (child JVMs)",
                    (folder, progress) -> SmallestHeap.run(application, folder, options.attachmentMb(), progress)));
        }
        return parts;
    }

    /** The names {@code --skip} takes: {@code poll} (the poll job and the large message) and those of the parts. */
    static Set<String> names(BenchOptions options, Class<?> application) {
        Set<String> names = new java.util.LinkedHashSet<>(List.of("poll"));
        all(options, application).forEach(part -> names.add(part.name()));
        return names;
    }

    /** Runs the parts not skipped; a part that fails is reported and the others run on. */
    static Map<String, Section> run(List<Part> parts, Set<String> skip, PrintStream progress) {
        Map<String, Section> sections = new LinkedHashMap<>();
        for (Part part : parts) {
            if (skip.contains(part.name())) {
                continue;
            }
            progress.println("bench: " + part.description());
            try {
                Path folder = Files.createTempDirectory("reportbot-bench-" + part.name());
                try {
                    sections.put(part.name(), part.runner().run(folder, progress));
                } finally {
                    TemporaryFolder.delete(folder);
                }
            } catch (Exception e) {
                progress.println("reportbot bench: the part '" + part.name() + "' failed: " + e);
                e.printStackTrace(progress);
                sections.put(part.name(), null);
            }
        }
        return sections;
    }
}
