package vn.reportbot.bench;

/**
 * One timed step: how many messages (and bytes of them) it handled in how many nanoseconds.
 */
record Measurement(String step, int messages, long bytes, long nanos) {

    double seconds() {
        return nanos / 1e9;
    }

    double messagesPerSecond() {
        return messages / seconds();
    }

    double megabytesPerSecond() {
        return bytes / 1e6 / seconds();
    }
}
