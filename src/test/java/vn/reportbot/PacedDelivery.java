package vn.reportbot;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Delivers messages over SMTP on a thread of its own, a batch every {@code period}, so that mail keeps arriving
 * while the service runs, dies and starts again.
 */
final class PacedDelivery implements AutoCloseable {

    private final List<ReportTraffic.Mail> mails;
    private final int smtpPort;
    private final int batch;
    private final AtomicInteger delivered = new AtomicInteger();
    private final AtomicReference<IOException> failure = new AtomicReference<>();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "paced-delivery");
        t.setDaemon(true);
        return t;
    });

    private PacedDelivery(List<ReportTraffic.Mail> mails, int smtpPort, int batch) {
        this.mails = mails;
        this.smtpPort = smtpPort;
        this.batch = batch;
    }

    /** Starts delivering {@code mails}, {@code batch} of them every {@code period}, the first batch now. */
    static PacedDelivery start(List<ReportTraffic.Mail> mails, int smtpPort, int batch, Duration period) {
        PacedDelivery delivery = new PacedDelivery(mails, smtpPort, batch);
        delivery.executor.scheduleAtFixedRate(delivery::deliverBatch, 0, period.toMillis(), TimeUnit.MILLISECONDS);
        return delivery;
    }

    private void deliverBatch() {
        int from = delivered.get();
        for (int i = from; i < Math.min(from + batch, mails.size()) && failure.get() == null; i++) {
            ReportTraffic.Mail mail = mails.get(i);
            try {
                RawSmtp.deliver(smtpPort, mail.from(), mail.mailbox(), mail.raw());
                delivered.incrementAndGet();
            } catch (IOException e) {
                failure.set(e);
            }
        }
        if (delivered.get() == mails.size() || failure.get() != null) {
            executor.shutdown();
        }
    }

    int delivered() {
        return delivered.get();
    }

    /** Whether every message was delivered; throws when the mail server refused one. */
    boolean done() {
        IOException e = failure.get();
        if (e != null) {
            throw new IllegalStateException("delivering message " + (delivered.get() + 1) + " failed: " + e.getMessage(), e);
        }
        return delivered.get() == mails.size();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
