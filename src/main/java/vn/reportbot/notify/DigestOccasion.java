package vn.reportbot.notify;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * What one digest is for, as its outbox key: run by the schedule, the office and the slot its cron names
 * ({@code digest:bac-ai-mttq:2021-09-24T16:30:00}, in the office's zone), so that two fires for one slot (a misfire and a restart, two
 * instances) queue one digest; run by hand, the office and the day ({@code digest:bac-ai-mttq:2021-09-24}), as before.
 */
final class DigestOccasion {

    private static final DateTimeFormatter SLOT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private DigestOccasion() {
    }

    static String dedupeKey(String officeId, Optional<ZonedDateTime> slot, LocalDate today) {
        return "digest:" + officeId + ":" + slot.map(SLOT::format).orElse(today.toString());
    }
}
