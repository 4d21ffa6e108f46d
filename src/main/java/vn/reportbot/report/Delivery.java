package vn.reportbot.report;

import java.time.Instant;

/**
 * Where and when the office's server holds a message: its folder, the folder's UIDVALIDITY and the message's UID
 * (RFC 3501 section 2.3.1.1), and its {@code INTERNALDATE}. Two UIDs of one folder and one UIDVALIDITY are two
 * deliveries, even of the very same bytes; the same UID read again, or the folder read again under a new
 * UIDVALIDITY, is the same delivery fetched again.
 *
 * @param receivedAt when the server received it, or null when it did not say
 */
public record Delivery(String folder, long uidValidity, long uid, Instant receivedAt) {

    /** How the delivery is stored with its report. */
    String key() {
        return uidValidity + "/" + uid + "/" + folder;
    }

    /** Whether a report recorded for the same bytes at {@code earlierKey} (null: not known) was this delivery. */
    boolean isFetchedAgainOf(String earlierKey) {
        if (earlierKey == null) {
            return true;
        }
        String[] parts = earlierKey.split("/", 3);
        if (parts.length < 3 || !parts[2].equals(folder) || !parts[0].equals(String.valueOf(uidValidity))) {
            return true; // another folder, or this one read whole again under a new UIDVALIDITY
        }
        return parts[1].equals(String.valueOf(uid));
    }
}
