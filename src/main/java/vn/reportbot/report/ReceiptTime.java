package vn.reportbot.report;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import vn.reportbot.intake.ReceivedMessage;

/**
 * When a report counts as received: when the office's server received it (the IMAP {@code INTERNALDATE}; for a
 * message read from a file, its topmost {@code Received:} field), never what the sender's clock wrote in
 * {@code Date:}, which may be wrong by years. A time ahead of the bot's own clock counts as now.
 */
final class ReceiptTime {

    /** How far the sender's {@code Date:} may be from the receipt before staff are told. */
    static final Duration LARGE_GAP = Duration.ofHours(24);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private ReceiptTime() {
    }

    /**
     * @param deliveredAt the server's own receipt time (IMAP {@code INTERNALDATE}), or null when there is none
     * @param now         the bot's clock
     */
    static OffsetDateTime of(ReceivedMessage message, Instant deliveredAt, OffsetDateTime now) {
        OffsetDateTime received = deliveredAt != null ? OffsetDateTime.ofInstant(deliveredAt, now.getOffset())
                : message.receivedAt() != null ? message.receivedAt() : now;
        return received.isAfter(now) ? now : received;
    }

    /** A reason for staff when the sender's {@code Date:} is more than {@link #LARGE_GAP} away from the receipt. */
    static Optional<String> gapReason(ReceivedMessage message, OffsetDateTime received, ZoneId zone) {
        if (message.date() == null) {
            return Optional.empty();
        }
        Duration gap = Duration.between(message.date(), received);
        if (gap.abs().compareTo(LARGE_GAP) <= 0) {
            return Optional.empty();
        }
        long days = Math.max(1, gap.abs().toDays());
        return Optional.of("ngày gửi ghi trong thư (" + SHOWN.format(message.date().atZoneSameInstant(zone))
                + ") " + (gap.isNegative() ? "sau" : "trước") + " thời điểm máy chủ nhận thư ("
                + SHOWN.format(received.atZoneSameInstant(zone)) + ") " + days
                + " ngày: thời hạn được tính theo thời điểm máy chủ nhận");
    }
}
