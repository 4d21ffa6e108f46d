package vn.reportbot.mailbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.reportbot.system.SettingsException;

/**
 * {@code reportbot.mailbox.*}: how every office's mailbox is read.
 *
 * @param processedFolder where a message goes once its result is committed; empty keeps it in place, only flagged
 *                        {@code \Seen}. Created when missing.
 * @param maxAttempts     how many times a message whose processing fails is tried before it is put on the review list
 * @param idle            keep one IMAP IDLE connection per mailbox so that a report is read within seconds
 * @param reconnectMin    first wait before reconnecting a dropped IDLE connection; doubled after each failure
 * @param reconnectMax    the longest such wait
 * @param idleRecheck     how long an IDLE may last before a {@code NOOP} interrupts it, to keep the connection alive
 *                        and to catch a message the server stored without announcing it
 */
@ConfigurationProperties("reportbot.mailbox")
record MailboxSettings(String processedFolder, Integer maxAttempts, Boolean idle, Duration reconnectMin,
                       Duration reconnectMax, Duration idleRecheck) {

    MailboxSettings {
        processedFolder = processedFolder == null ? "" : processedFolder.trim();
        maxAttempts = maxAttempts == null ? 3 : maxAttempts;
        idle = idle == null || idle;
        reconnectMin = reconnectMin == null ? Duration.ofSeconds(1) : reconnectMin;
        reconnectMax = reconnectMax == null ? Duration.ofMinutes(5) : reconnectMax;
        idleRecheck = idleRecheck == null ? Duration.ofMinutes(1) : idleRecheck;
        if (maxAttempts < 1) {
            throw new SettingsException("reportbot.mailbox.max-attempts: must be at least 1 (was " + maxAttempts + ")");
        }
        if (reconnectMin.isNegative() || reconnectMin.isZero()) {
            throw new SettingsException("reportbot.mailbox.reconnect-min: must be longer than zero (was " + reconnectMin + ")");
        }
        if (reconnectMax.compareTo(reconnectMin) < 0) {
            throw new SettingsException("reportbot.mailbox.reconnect-max: must not be shorter than reportbot.mailbox.reconnect-min ("
                    + reconnectMax + " < " + reconnectMin + ")");
        }
        if (idleRecheck.compareTo(Duration.ofSeconds(1)) < 0 || idleRecheck.compareTo(Duration.ofMinutes(29)) > 0) {
            throw new SettingsException("reportbot.mailbox.idle-recheck: must be from 1 s to 29 min, within the 30 minutes"
                    + " after which a server may end an IDLE (was " + idleRecheck + ")");
        }
    }

    boolean movesProcessed() {
        return !processedFolder.isEmpty();
    }

    /** Checks the settings against one office's mailbox. */
    void checkAgainst(MailboxEndpoint endpoint) {
        if (movesProcessed() && processedFolder.equalsIgnoreCase(endpoint.folder())) {
            throw new SettingsException("reportbot.mailbox.processed-folder: '" + processedFolder
                    + "' is the folder read for office " + endpoint.officeId() + "; name another folder, or leave it empty");
        }
    }
}
