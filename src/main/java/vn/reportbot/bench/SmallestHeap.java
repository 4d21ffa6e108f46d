package vn.reportbot.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedFileInputStream;

/**
 * The smallest heap the whole service needs to take in a report with a large attachment: for each {@code -Xmx} of a
 * ladder, a fresh loopback mailbox in this JVM holds the message, and the service runs in a child JVM of that heap
 * ({@link LargeMessagePoll}, launched by {@link ChildJvm}) on a fresh folder: it takes the message in when one poll
 * reads, records, acknowledges and marks it {@code \Seen} on the server, and the JVM ends without an {@link
 * OutOfMemoryError} (it is started with {@code -XX:+ExitOnOutOfMemoryError}). The mail server's memory does not count.
 * Assuming that a larger heap takes in what a smaller one does, the ladder is searched by halves from its top: about
 * four child JVMs, each some ten seconds.
 *
 * <p>Call it as {@code SmallestHeap.run(ReportbotApplication.class, folder, 25, System.err)} from the project folder
 * (the service reads {@code templates/}), in the tests or from {@code java -jar target/reportbot.jar}. Figures:
 * {@code smallest_xmx_<N>mb_mb}, the smallest heap of the ladder that took the message in (0 when not even the
 * largest did), and {@code peak_heap_<N>mb_service_mb}, the poll's peak heap above the start in the child JVM at the
 * ladder's top (without the mail server's share, unlike {@code peak_heap_<N>mb_mb}).
 */
final class SmallestHeap {

    /** The heaps tried, in MB, smallest first. */
    static final List<Integer> LADDER = List.of(48, 64, 80, 96, 112, 128, 160, 192, 256);

    private static final Pattern DONE = Pattern.compile("read 1 matched 1 sent 1");
    private static final Pattern PEAK = Pattern.compile("peak_bytes (\\d+)");

    private SmallestHeap() {
    }

    /** What one child JVM did with the message. */
    record Attempt(int xmxMb, boolean tookItIn, double seconds, long peakBytes, String why) {
    }

    /**
     * @param application  the Spring Boot application class the child JVM starts
     * @param folder       an empty folder for the message, the services' folders and the children's output
     * @param attachmentMb the attachment's size, MiB
     * @param progress     one line per child JVM
     */
    static Section run(Class<?> application, Path folder, int attachmentMb, PrintStream progress)
            throws IOException, MessagingException, InterruptedException {
        GeneratedDistrict district = new GeneratedDistrict(9, LocalDate.now());
        Path directory = Files.writeString(folder.resolve("directory.yml"), district.directoryYaml());
        Path dispatch = Files.writeString(folder.resolve("dispatch.txt"), district.dispatchText());
        Path message = LargeReport.writeTo(folder.resolve("large-report.eml"), district.communes().get(0).email(),
                GeneratedDistrict.MAILBOX, attachmentMb);
        Map<Integer, Attempt> tried = new TreeMap<>();
        int low = 0;
        int high = LADDER.size() - 1;
        Attempt top = attempt(application, folder, directory, dispatch, message, LADDER.get(high), progress);
        tried.put(top.xmxMb(), top);
        Optional<Integer> smallest = Optional.empty();
        if (top.tookItIn()) {
            smallest = Optional.of(high);
            high--;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                Attempt a = attempt(application, folder, directory, dispatch, message, LADDER.get(middle), progress);
                tried.put(a.xmxMb(), a);
                if (a.tookItIn()) {
                    smallest = Optional.of(middle);
                    high = middle - 1;
                } else {
                    low = middle + 1;
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (Attempt a : tried.values()) {
            lines.add(String.format(java.util.Locale.ROOT, "-Xmx%-4s %-44s %6.1f s",
                    a.xmxMb() + "m", a.tookItIn() ? "took it in, poll peak " + LargeMessageHeap.megabytes(a.peakBytes()) + " MB"
                            : "did not: " + a.why(), a.seconds()));
        }
        lines.add(smallest.map(i -> "smallest -Xmx of the ladder " + LADDER + " that took it in: " + LADDER.get(i) + " MB")
                .orElse("not even -Xmx" + LADDER.get(LADDER.size() - 1) + "m took it in"));
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("smallest_xmx_" + attachmentMb + "mb_mb", String.valueOf(smallest.map(LADDER::get).orElse(0)));
        if (top.tookItIn()) {
            figures.put("peak_heap_" + attachmentMb + "mb_service_mb",
                    String.valueOf(LargeMessageHeap.megabytes(top.peakBytes())));
        }
        return new Section(String.format(java.util.Locale.ROOT,
                "the service alone in a child JVM, taking in the message with a %d MB attachment (%.1f MB as sent)",
                attachmentMb, Files.size(message) / (1024.0 * 1024.0)), lines, figures);
    }

    private static Attempt attempt(Class<?> application, Path folder, Path directory, Path dispatch, Path message,
                                   int xmxMb, PrintStream progress)
            throws IOException, MessagingException, InterruptedException {
        progress.printf("bench: the service in a child JVM with -Xmx%dm takes in the large message%n", xmxMb);
        Path service = folder.resolve("service-" + xmxMb);
        Path output = folder.resolve("child-" + xmxMb + ".out");
        try (LoopbackMailServer mail = new LoopbackMailServer(GeneratedDistrict.MAILBOX)) {
            deliver(mail, message);
            long start = System.nanoTime();
            Process child = new ProcessBuilder(ChildJvm.command(xmxMb, LargeMessagePoll.class, List.of(
                    application.getName(), service.toString(), directory.toString(), dispatch.toString(), mail.imapUrl(),
                    String.valueOf(mail.smtpPort()))))
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            boolean ended = child.waitFor(5, TimeUnit.MINUTES);
            if (!ended) {
                child.destroyForcibly().waitFor();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            Matcher peak = PEAK.matcher(printed);
            long peakBytes = peak.find() ? Long.parseLong(peak.group(1)) : 0;
            String why = !ended ? "still running after 5 minutes"
                    : printed.contains("OutOfMemoryError") ? "OutOfMemoryError"
                    : child.exitValue() != 0 ? "exit status " + child.exitValue()
                    : !DONE.matcher(printed).find() ? "the poll did not read, match and acknowledge it"
                    : !seen(mail) ? "not marked \\Seen" : null;
            return new Attempt(xmxMb, why == null, seconds, peakBytes, why);
        }
    }

    static void deliver(LoopbackMailServer mail, Path file) throws MessagingException, IOException {
        Session session = LoopbackMailServer.clientSession();
        try (SharedFileInputStream in = new SharedFileInputStream(file.toFile());
             Transport transport = session.getTransport("smtp")) {
            transport.connect("127.0.0.1", mail.smtpPort(), null, null);
            transport.sendMessage(new MimeMessage(session, in), new Address[] {new InternetAddress(mail.mailbox())});
        }
    }

    /** Whether the mailbox's first message is marked {@code \Seen} on the server. */
    static boolean seen(LoopbackMailServer mail) throws MessagingException {
        try (Store store = LoopbackMailServer.clientSession().getStore("imap")) {
            store.connect("127.0.0.1", mail.imapPort(), mail.mailbox(), LoopbackMailServer.PASSWORD);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                return inbox.getMessageCount() > 0 && inbox.getMessage(1).isSet(Flags.Flag.SEEN);
            } finally {
                inbox.close(false);
            }
        }
    }
}
