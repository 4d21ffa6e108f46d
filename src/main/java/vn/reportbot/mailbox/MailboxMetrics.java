package vn.reportbot.mailbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mailboxes' metrics, each tagged {@code mailbox} with the office id: the messages polls read and recorded
 * ({@code reportbot_messages_read_total}), of them those matched ({@code reportbot_messages_matched_total}) and those
 * put on the review list ({@code reportbot_messages_needing_review_total}), counted by this instance once each is
 * committed; and the time of each mailbox's last successful poll by any instance, read from the database
 * ({@code reportbot_mailbox_last_successful_poll_timestamp_seconds}, seconds since 1970; absent before the first).
 */
final class MailboxMetrics {

    private static final Logger log = LoggerFactory.getLogger(MailboxMetrics.class);
    /**
     * A scrape reads every mailbox's time with one query, at most once in this long; a poll of this instance makes
     * the next scrape read it again, so that only another instance's poll may be told up to this late.
     */
    private static final Duration FRESH = Duration.ofSeconds(1);

    private final MeterRegistry registry;
    private final MailboxPollTimes times;
    private final Clock clock;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    /** How many polls this instance recorded: a snapshot read before the latest is not used. */
    private final java.util.concurrent.atomic.AtomicLong polls = new java.util.concurrent.atomic.AtomicLong();
    private volatile Snapshot snapshot = new Snapshot(Instant.MIN, -1, Map.of());

    private record Snapshot(Instant at, long afterPolls, Map<String, Instant> polled) {
    }

    MailboxMetrics(MeterRegistry registry, MailboxPollTimes times, Clock clock) {
        this.registry = registry;
        this.times = times;
        this.clock = clock;
    }

    /** Counts one message newly recorded from {@code officeId}'s mailbox, with the decision it got. */
    void recorded(String officeId, String decision) {
        counter("reportbot.messages.read", officeId).increment();
        if ("MATCHED".equals(decision)) {
            counter("reportbot.messages.matched", officeId).increment();
        } else if ("NEEDS_REVIEW".equals(decision)) {
            counter("reportbot.messages.needing.review", officeId).increment();
        }
    }

    /** Records that {@code officeId}'s mailbox was read to the end without an error at {@code at}. */
    void polled(String officeId, Instant at) {
        times.polled(officeId, at);
        polls.incrementAndGet();
    }

    /** Registers the counters at zero and the last-poll gauge of each of {@code officeIds}. */
    void register(Collection<String> officeIds) {
        for (String officeId : officeIds) {
            counter("reportbot.messages.read", officeId);
            counter("reportbot.messages.matched", officeId);
            counter("reportbot.messages.needing.review", officeId);
            Gauge.builder("reportbot.mailbox.last.successful.poll.timestamp", this, m -> m.lastPolled(officeId))
                    .description("when the mailbox was last read to the end without an error, by any instance")
                    .baseUnit("seconds").tag("mailbox", officeId).strongReference(true).register(registry);
        }
    }

    private Counter counter(String name, String officeId) {
        return counters.computeIfAbsent(name + " " + officeId, k -> Counter.builder(name).tag("mailbox", officeId)
                .register(registry));
    }

    private double lastPolled(String officeId) {
        Instant at = fresh().polled().get(officeId);
        return at == null ? Double.NaN : at.toEpochMilli() / 1000.0;
    }

    private Snapshot fresh() {
        Snapshot last = snapshot;
        Instant now = clock.instant();
        long recorded = polls.get();
        if (last.afterPolls() == recorded && last.at().plus(FRESH).isAfter(now)) {
            return last;
        }
        Map<String, Instant> polled;
        try {
            polled = times.all();
        } catch (RuntimeException e) {
            log.debug("The mailboxes' last poll times cannot be read: {}", e.toString());
            polled = Map.of(); // unknown while the database does not answer
        }
        Snapshot next = new Snapshot(now, recorded, polled);
        snapshot = next;
        return next;
    }
}
