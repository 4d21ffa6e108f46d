package vn.reportbot.mailbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.reportbot.report.ProcessingOutcome;
import vn.reportbot.report.ReportProcessor;

/**
 * Reads one office's mailbox. For each message above the last UID done (all of them again when the folder's
 * UIDVALIDITY changed; processing recognises what it already recorded): store the raw bytes, process and commit,
 * then mark it processed on the server ({@link ProcessedFolder}) and remember its UID.
 *
 * <p>A message whose processing throws is left where it is, its attempt counted ({@link AttemptStore}), and the
 * next messages are processed; the last UID done stops below it, so it is tried again on the next polls (the
 * messages after it are then recognised, not processed twice). After {@code maxAttempts} it is put on the review
 * list ({@link ReportProcessor#quarantine}) and counts as done.
 */
final class MailboxPoller {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

    private final MailboxEndpoint endpoint;
    private final RawMessageStore rawStore;
    private final MailboxStateStore states;
    private final AttemptStore attempts;
    private final ReportProcessor processor;
    private final MailboxSettings settings;
    private final Clock clock;
    private volatile PollStatus status = PollStatus.NEVER;

    /** The outcome of the latest poll, for health. */
    record PollStatus(boolean up, Instant at, String detail) {
        static final PollStatus NEVER = new PollStatus(true, null, "not polled yet");
    }

    MailboxPoller(MailboxEndpoint endpoint, RawMessageStore rawStore, MailboxStateStore states, AttemptStore attempts,
                  ReportProcessor processor, MailboxSettings settings, Clock clock) {
        this.endpoint = endpoint;
        this.rawStore = rawStore;
        this.states = states;
        this.attempts = attempts;
        this.processor = processor;
        this.settings = settings;
        this.clock = clock;
    }

    MailboxEndpoint endpoint() {
        return endpoint;
    }

    PollStatus status() {
        return status;
    }

    /** How many messages a poll read, how many were matched (each queues an acknowledgement), how many failed. */
    record PollCount(int read, int matched, int failed) {
    }

    /** Processes everything new in the mailbox. */
    PollCount poll() throws MessagingException {
        PollCount read;
        Session session = Session.getInstance(endpoint.sessionProperties(Duration.ofSeconds(60)));
        try (Store store = session.getStore(endpoint.protocol())) {
            store.connect(endpoint.host(), endpoint.port(), endpoint.user(), endpoint.secret());
            ProcessedFolder processed = ProcessedFolder.of(store, settings.processedFolder());
            Folder folder = store.getFolder(endpoint.folder());
            folder.open(Folder.READ_WRITE);
            try {
                read = pollFolder(folder, processed);
            } finally {
                if (folder.isOpen()) {
                    folder.close(false);
                }
            }
            status = new PollStatus(true, clock.instant(), read.read() + " message(s) read from " + endpoint.display()
                    + (read.failed() == 0 ? "" : ", " + read.failed() + " failed and will be tried again"));
        } catch (MessagingException | RuntimeException e) {
            status = new PollStatus(false, clock.instant(), endpoint.display() + ": " + e.getMessage());
            throw e;
        }
        return read;
    }

    private PollCount pollFolder(Folder folder, ProcessedFolder processed) throws MessagingException {
        UIDFolder uids = (UIDFolder) folder;
        long validity = uids.getUIDValidity();
        MailboxStateStore.State state = states.find(endpoint.officeId(), endpoint.folder()).orElse(null);
        long from = 1;
        if (state != null && state.uidValidity() == validity) {
            from = state.lastUid() + 1;
        } else if (state != null) {
            log.warn("Mailbox {} changed its UIDVALIDITY ({} -> {}): reading it all again; messages already recorded"
                    + " are recognised and not processed twice", endpoint.display(), state.uidValidity(), validity);
        }
        Message[] messages = uids.getMessagesByUID(from, UIDFolder.LASTUID);
        FetchProfile profile = new FetchProfile();
        profile.add(UIDFolder.FetchProfileItem.UID);
        folder.fetch(messages, profile);
        int read = 0;
        int matched = 0;
        int failed = 0;
        boolean allDoneSoFar = true;
        for (Message message : messages) {
            long uid = uids.getUID(message);
            if (uid < from) {
                continue; // "n:*" always returns the last message, even below n
            }
            byte[] raw = rawBytes(message);
            String sha = rawStore.store(raw);
            ProcessingOutcome outcome = processOrCount(uid, raw, sha);
            if (outcome == null) {
                failed++;
                allDoneSoFar = false;
                continue;
            }
            processed.done(folder, message);
            if (allDoneSoFar) {
                states.save(endpoint.officeId(), endpoint.folder(), new MailboxStateStore.State(validity, uid));
            }
            if (outcome.alreadyRecorded()) {
                log.info("Message UID {} in {} was already recorded as report {}; marked processed", uid,
                        endpoint.display(), outcome.reportId());
            }
            read++;
            if (!outcome.alreadyRecorded() && "MATCHED".equals(outcome.decision())) {
                matched++;
            }
        }
        return new PollCount(read, matched, failed);
    }

    /** Processes one message; null when it failed and is to be tried again. */
    private ProcessingOutcome processOrCount(long uid, byte[] raw, String sha) {
        String office = endpoint.officeId();
        AttemptStore.Attempts earlier = attempts.find(office, sha);
        if (earlier.count() >= settings.maxAttempts()) {
            return quarantine(uid, raw, sha, earlier.count(), earlier.lastError());
        }
        try {
            ProcessingOutcome outcome = processor.process(office, raw, sha, null);
            if (earlier.count() > 0) {
                attempts.forget(office, sha);
            }
            return outcome;
        } catch (RuntimeException e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            int count = attempts.recordFailure(office, sha, error);
            log.error("Processing message UID {} in {} failed (attempt {} of {}): {}", uid, endpoint.display(), count,
                    settings.maxAttempts(), error, e);
            return count >= settings.maxAttempts() ? quarantine(uid, raw, sha, count, error) : null;
        }
    }

    private ProcessingOutcome quarantine(long uid, byte[] raw, String sha, int count, String error) {
        String reason = "processing failed " + count + " time(s); the last error: " + error;
        try {
            ProcessingOutcome outcome = processor.quarantine(endpoint.officeId(), raw, sha, null, reason);
            attempts.markQuarantined(endpoint.officeId(), sha);
            return outcome;
        } catch (RuntimeException e) {
            log.error("Message UID {} in {} cannot even be put on the review list; it stays in the mailbox: {}", uid,
                    endpoint.display(), e.toString(), e);
            return null;
        }
    }

    private static byte[] rawBytes(Message message) throws MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, message.getSize()));
        try {
            message.writeTo(out);
        } catch (IOException e) {
            throw new MessagingException("cannot read the message from the server: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
