package vn.reportbot.mailbox;

import java.time.Duration;

/** Waits that double after each failure, from {@code min} up to {@code max}, and start again after a success. */
final class Backoff {

    private final Duration min;
    private final Duration max;
    private Duration next;

    Backoff(Duration min, Duration max) {
        this.min = min;
        this.max = max;
        this.next = min;
    }

    /** The wait before the next try; the one after it is twice as long, up to the maximum. */
    Duration next() {
        Duration now = next;
        next = now.multipliedBy(2).compareTo(max) > 0 ? max : now.multipliedBy(2);
        return now;
    }

    void reset() {
        next = min;
    }
}
