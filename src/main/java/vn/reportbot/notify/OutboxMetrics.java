package vn.reportbot.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * ({@code INTERRUPTED}), read from the database (one query a scrape), so that every instance sharing it tells the
 * same, as the outbox component of {@code /actuator/health} does.
 */
final class OutboxMetrics implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(OutboxMetrics.class);
    private static final Duration FRESH = Duration.ofSeconds(1);
    private static final Map<String, String> STATUSES = Map.of("waiting", "QUEUED", "failed", "FAILED",
            "interrupted", "INTERRUPTED");

    private final Outbox outbox;
    private final Clock clock;
    private volatile Instant readAt = Instant.MIN;
    private volatile Map<String, Integer> counts = Map.of();

    OutboxMetrics(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        STATUSES.forEach((name, status) -> Gauge.builder("reportbot.outbox.mails", this, m -> m.count(status))
                .description("mails in the outbox by status: waiting to be sent, failed, interrupted while sent")
                .tag("status", name).register(registry));
    }

    private double count(String status) {
        Integer count = fresh().get(status);
        return count == null ? Double.NaN : count;
    }

    private synchronized Map<String, Integer> fresh() {
        Instant now = clock.instant();
        if (readAt.plus(FRESH).isAfter(now)) {
            return counts;
        }
        try {
            counts = outbox.countsByStatus(List.copyOf(STATUSES.values()));
        } catch (RuntimeException e) {
            log.debug("The outbox cannot be counted: {}", e.toString());
            counts = Map.of(); // unknown while the database does not answer
        }
        readAt = now;
        return counts;
    }
}
