package vn.reportbot.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * How soon a unit has its acknowledgement when the service waits on IMAP IDLE, as in production: reports arrive one
 * by one, one every {@link #INTERVAL_MS} ms, each from the unit whose turn it is; for each, the time from the moment the
 * loopback server took it (the end of the SMTP {@code DATA}) to the moment the acknowledgement that answers it
 * ({@code In-Reply-To}) is in the unit's inbox, on the server's clock. A few reports first, not counted, let the
 * service warm up. Figures: {@code idle_ack_p50_s}, {@code idle_ack_p99_s}, {@code idle_ack_max_s}.
 */
final class IdleLatency {

    /** The pace at which reports arrive: one every 200 ms, 5 a second, a deadline morning at a province's office. */
    static final long INTERVAL_MS = 200;
    private static final int WARM_UP = 10;
    private static final long WAIT_AFTER_LAST_MS = 120_000;

    private IdleLatency() {
    }

    static Section run(Class<?> application, Path folder, int units, int reports, PrintStream progress)
            throws IOException, MessagingException, InterruptedException {
        GeneratedDistrict district = new GeneratedDistrict(units, LocalDate.now());
        Path directory = Files.writeString(folder.resolve("directory.yml"), district.directoryYaml());
        List<byte[]> messages = new ReportMails(district).generate(WARM_UP + reports);
        Session session = LoopbackMailServer.clientSession();
        List<MimeMessage> parsed = new ArrayList<>(messages.size());
        for (byte[] raw : messages) {
            parsed.add(new MimeMessage(session, new ByteArrayInputStream(raw)));
        }
        Map<String, Long> deliveredAt = new HashMap<>();
        Map<String, String> unitOf = new HashMap<>();
        long[] latencies;
        try (LoopbackMailServer mail = new LoopbackMailServer(GeneratedDistrict.MAILBOX);
             ServiceUnderBench service = ServiceUnderBench.startWatching(application, folder, directory, mail)) {
            service.importDispatch(district.dispatchText());
            try (Transport transport = session.getTransport("smtp")) {
                transport.connect("127.0.0.1", mail.smtpPort(), null, null);
                Address[] to = {new InternetAddress(mail.mailbox())};
                deliverOne(transport, parsed.get(0), to, deliveredAt, unitOf); // the first waits for the watcher
                awaitAcknowledgements(mail, unitOf, 1, WAIT_AFTER_LAST_MS);
                long start = System.nanoTime();
                for (int i = 1; i < parsed.size(); i++) {
                    long due = start + TimeUnit.MILLISECONDS.toNanos(INTERVAL_MS * (i - 1));
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    deliverOne(transport, parsed.get(i), to, deliveredAt, unitOf);
                }
            }
            awaitAcknowledgements(mail, unitOf, parsed.size(), WAIT_AFTER_LAST_MS);
            latencies = latencies(mail, parsed.subList(WARM_UP, parsed.size()), deliveredAt, unitOf);
        }
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        double p50 = percentile(sorted, 0.50);
        double p99 = percentile(sorted, 0.99);
        double max = sorted[sorted.length - 1] / 1000.0;
        List<String> lines = List.of(
                String.format(Locale.ROOT, "%d reports, one every %d ms, each from the unit whose turn it is"
                        + " (%d before them not counted)", reports, INTERVAL_MS, WARM_UP),
                String.format(Locale.ROOT, "delivered to acknowledged in the unit's inbox: p50 %.3f s, p90 %.3f s,"
                        + " p99 %.3f s, max %.3f s", p50, percentile(sorted, 0.90), p99, max));
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("idle_ack_p50_s", Section.value("%.3f", p50));
        figures.put("idle_ack_p99_s", Section.value("%.3f", p99));
        figures.put("idle_ack_max_s", Section.value("%.3f", max));
        return new Section("Acknowledgement latency on IMAP IDLE (" + units + " units)", lines, figures);
    }

    private static void deliverOne(Transport transport, MimeMessage message, Address[] to, Map<String, Long> deliveredAt,
                                   Map<String, String> unitOf) throws MessagingException {
        transport.sendMessage(message, to);
        String id = message.getMessageID();
        deliveredAt.put(id, System.currentTimeMillis()); // the server stored it before it answered DATA
        unitOf.put(id, ((InternetAddress) message.getFrom()[0]).getAddress());
    }

    /** Waits until the units' inboxes hold {@code count} mails in all, or {@code patienceMs} passed without a new one. */
    private static void awaitAcknowledgements(LoopbackMailServer mail, Map<String, String> unitOf, int count,
                                              long patienceMs) throws InterruptedException {
        List<String> addresses = unitOf.values().stream().distinct().toList();
        int seen = -1;
        long lastChange = System.nanoTime();
        while (true) {
            int now = addresses.stream().mapToInt(mail::inboxCount).sum();
            if (now >= count) {
                return;
            }
            if (now != seen) {
                seen = now;
                lastChange = System.nanoTime();
            } else if (System.nanoTime() - lastChange > TimeUnit.MILLISECONDS.toNanos(patienceMs)) {
                throw new IllegalStateException("the units had " + now + " acknowledgement(s) of " + count
                        + " reports, and no more came in " + patienceMs / 1000 + " s");
            }
            Thread.sleep(20);
        }
    }

    /** Milliseconds from each report's delivery to its acknowledgement's. */
    private static long[] latencies(LoopbackMailServer mail, List<MimeMessage> counted, Map<String, Long> deliveredAt,
                                    Map<String, String> unitOf) throws MessagingException {
        Map<String, Long> acknowledgedAt = new HashMap<>();
        for (String address : unitOf.values().stream().distinct().toList()) {
            for (LoopbackMailServer.Stored stored : mail.inboxOf(address)) {
                String[] inReplyTo = stored.message().getHeader("In-Reply-To");
                if (inReplyTo != null) {
                    acknowledgedAt.merge(inReplyTo[0].trim(), stored.receivedAtMillis(), Math::min);
                }
            }
        }
        long[] latencies = new long[counted.size()];
        for (int i = 0; i < counted.size(); i++) {
            String id = counted.get(i).getMessageID();
            Long acknowledged = acknowledgedAt.get(id);
            if (acknowledged == null) {
                throw new IllegalStateException("no acknowledgement answers the report " + id + " of " + unitOf.get(id));
            }
            latencies[i] = acknowledged - deliveredAt.get(id);
        }
        return latencies;
    }

    /** The nearest-rank percentile of sorted milliseconds, in seconds. */
    private static double percentile(long[] sortedMillis, double p) {
        int rank = (int) Math.ceil(p * sortedMillis.length);
        return sortedMillis[Math.max(0, Math.min(sortedMillis.length, rank) - 1)] / 1000.0;
    }
}
