package vn.reportbot.notify;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Which mails of the outbox to list, by where they stand. */
public enum OutboxFilter {
    /** Every mail, newest first. */
    ALL(List.of()),
    /** Queued, not yet taken for sending (some after a refused try, waiting for their back-off). */
    WAITING(List.of("QUEUED")),
    /** Being handed to the SMTP server now, or interrupted while it was: whether it went out is not known. */
    SENDING(List.of("SENDING", "INTERRUPTED")),
    /** Given up on, with the reason. */
    FAILED(List.of("FAILED")),
    /** Sent, the latest first. */
    SENT(List.of("SENT"));

    private final List<String> statuses;

    OutboxFilter(List<String> statuses) {
        this.statuses = statuses;
    }

    /** The statuses it lists; empty for all. */
    public List<String> statuses() {
        return statuses;
    }

    /** The filter named (case-insensitive, as in {@code ?status=failed}); empty for an unknown name. */
    public static Optional<OutboxFilter> named(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(ALL);
        }
        for (OutboxFilter filter : values()) {
            if (filter.name().equals(name.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(filter);
            }
        }
        return Optional.empty();
    }
}
