package vn.reportbot.notify;

import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code reportbot_outbox_mails{status="waiting|failed|interrupted"}}: how many mails of the outbox wait to be sent
 * ({@code QUEUED}), could not be sent ({@code FAILED}) or may or may not have reached the server
 * ({@code INTERRUPTED}), read from the database at each scrape (a count on the status index per gauge), so that every
 * instance sharing it tells the same, as the outbox component of {@code /actuator/health} does, and a scrape right
 * after a poll tells what that poll left. Unknown (NaN) while the database does not answer.
 */
final class OutboxMetrics implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(OutboxMetrics.class);
    private static final Map<String, String> STATUSES = Map.of("waiting", "QUEUED", "failed", "FAILED",
            "interrupted", "INTERRUPTED");

    private final Outbox outbox;

    OutboxMetrics(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        STATUSES.forEach((name, status) -> Gauge.builder("reportbot.outbox.mails", this, m -> m.count(status))
                .description("mails in the outbox by status: waiting to be sent, failed, interrupted while sent")
                .tag("status", name).register(registry));
    }

    private double count(String status) {
        try {
            Integer count = outbox.countsByStatus(List.of(status)).get(status);
            return count == null ? Double.NaN : count;
        } catch (RuntimeException e) {
            log.debug("The outbox cannot be counted: {}", e.toString());
            return Double.NaN;
        }
    }
}
