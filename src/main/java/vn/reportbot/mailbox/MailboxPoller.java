package vn.reportbot.mailbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.reportbot.report.Delivery;
import vn.reportbot.report.ProcessingOutcome;
import vn.reportbot.report.ReportProcessor;

/**
 * Reads one office's mailbox. For each message above the last UID done (all of them again when the folder's
 * UIDVALIDITY changed; processing recognises what it already recorded): store the raw bytes, process and commit,
 * then mark it processed on the server ({@link ProcessedFolder}) and remember its UID.
 *
 * <p>The messages are read in batches ({@link FetchBatches}), so that a poll costs a few round trips to the server
 * rather than several per message: one command fetches a batch ({@link BodyFetch}), each message of it is then stored
 * and processed in its own transaction, and one command marks the batch's committed messages processed before the
 * last UID done moves forward. A crash in between leaves committed messages unmarked; the next poll reads them again
 * and recognises them.
 *
 * <p>A message whose processing throws is left where it is, its attempt counted ({@link AttemptStore}), and the
 * next messages are processed; the last UID done stops below it, so it is tried again on the next polls (the
 * messages after it are then recognised, not processed twice). After {@code maxAttempts} it is put on the review
 * list ({@link ReportProcessor#quarantine}) and counts as done.
 */
final class MailboxPoller {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);
    /** From this size on, a fetched message is read back from the raw store rather than copied from its response. */
    static final int READ_BACK_BYTES = 1024 * 1024;

    private final MailboxEndpoint endpoint;
    private final RawMessageStore rawStore;
    private final MailboxStateStore states;
    private final AttemptStore attempts;
    private final ReportProcessor processor;
    private final MailboxSettings settings;
    private final Clock clock;
    private final MailboxMetrics metrics;
    private volatile PollStatus status = PollStatus.NEVER;
    private volatile boolean leftFailures;

    /** The outcome of the latest poll, for health. */
    record PollStatus(boolean up, Instant at, String detail) {
        static final PollStatus NEVER = new PollStatus(true, null, "not polled yet");
    }

    MailboxPoller(MailboxEndpoint endpoint, RawMessageStore rawStore, MailboxStateStore states, AttemptStore attempts,
                  ReportProcessor processor, MailboxSettings settings, Clock clock, MailboxMetrics metrics) {
        this.endpoint = endpoint;
        this.rawStore = rawStore;
        this.states = states;
        this.attempts = attempts;
        this.processor = processor;
        this.settings = settings;
        this.clock = clock;
        this.metrics = metrics;
    }

    MailboxEndpoint endpoint() {
        return endpoint;
    }

    /** Whether the latest poll left a message whose processing failed, to be tried again by the next poll. */
    boolean leftFailures() {
        return leftFailures;
    }

    PollStatus status() {
        return status;
    }

    /** How many messages a poll read, how many were matched (each queues an acknowledgement), how many failed. */
    record PollCount(int read, int matched, int failed) {
    }

    /**
     * Processes everything new in the mailbox; one poll at a time (this instance alone reads the mailbox: it holds
     * its lease, {@link PollJob}).
     */
    synchronized PollCount poll() throws MessagingException {
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
            Instant at = clock.instant();
            metrics.polled(endpoint.officeId(), at);
            leftFailures = read.failed() > 0;
            status = new PollStatus(true, at, read.read() + " message(s) read from " + endpoint.display()
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
        profile.add(FetchProfile.Item.SIZE);
        folder.fetch(messages, profile);
        List<Message> fresh = new ArrayList<>(messages.length);
        for (Message message : messages) {
            if (uids.getUID(message) >= from) { // "n:*" always returns the last message, even below n
                fresh.add(message);
            }
        }
        Tally tally = new Tally();
        for (List<Message> batch : FetchBatches.of(fresh, uids)) {
            pollBatch(folder, processed, validity, batch, tally);
        }
        return new PollCount(tally.read, tally.matched, tally.failed);
    }

    /** What a poll did so far; {@code allDoneSoFar} stays true until a message fails. */
    private static final class Tally {
        int read;
        int matched;
        int failed;
        boolean allDoneSoFar = true;
    }

    /**
     * Fetches a batch with one command; stores, processes and commits each message in turn; then marks those done
     * processed on the server with one command, and only then moves the last UID done forward.
     */
    private void pollBatch(Folder folder, ProcessedFolder processed, long validity, List<Message> batch, Tally tally)
            throws MessagingException {
        UIDFolder uids = (UIDFolder) folder;
        long[] wanted = new long[batch.size()];
        for (int i = 0; i < wanted.length; i++) {
            wanted[i] = uids.getUID(batch.get(i));
        }
        Map<Long, BodyFetch.Fetched> bodies = BodyFetch.fetch((IMAPFolder) folder, wanted);
        List<Message> done = new ArrayList<>(batch.size());
        long lastUidDone = -1;
        for (Message message : batch) {
            long uid = uids.getUID(message);
            BodyFetch.Fetched fetched = bodies.remove(uid);
            if (fetched == null) {
                log.info("Message UID {} in {} was removed from the mailbox before it could be read", uid, endpoint.display());
                lastUidDone = tally.allDoneSoFar ? uid : lastUidDone;
                continue;
            }
            Instant receivedAt = fetched.receivedAt();
            String sha = rawStore.store(fetched.buffer(), fetched.start(), fetched.length());
            boolean large = fetched.length() >= READ_BACK_BYTES;
            byte[] raw = large ? null : fetched.raw();
            fetched = null; // the response buffer it came in is garbage from here on
            if (large) {
                raw = readBack(sha);
            }
            ProcessingOutcome outcome = processOrCount(uid, raw, sha,
                    new Delivery(endpoint.folder(), validity, uid, receivedAt));
            if (outcome == null) {
                tally.failed++;
                tally.allDoneSoFar = false;
                continue;
            }
            done.add(message);
            lastUidDone = tally.allDoneSoFar ? uid : lastUidDone;
            if (outcome.alreadyRecorded()) {
                log.info("Message UID {} in {} was already recorded as report {}; marked processed", uid,
                        endpoint.display(), outcome.reportId());
            }
            tally.read++;
            if (!outcome.alreadyRecorded()) {
                metrics.recorded(endpoint.officeId(), outcome.decision());
                if ("MATCHED".equals(outcome.decision())) {
                    tally.matched++;
                }
            }
        }
        processed.done(folder, done);
        if (lastUidDone > 0) {
            states.save(endpoint.officeId(), endpoint.folder(), new MailboxStateStore.State(validity, lastUidDone));
        }
    }

    /**
     * A large message just stored, read back from the store to be processed rather than copied from the response it
     * came in, so that it is never in memory twice (the response and the copy); the file is still in the page cache.
     */
    private byte[] readBack(String sha) {
        return rawStore.read(sha).orElseThrow(() -> new IllegalStateException("the raw message " + sha
                + " just stored is missing from the data folder"));
    }

    /** Processes one message; null when it failed and is to be tried again. */
    private ProcessingOutcome processOrCount(long uid, byte[] raw, String sha, Delivery delivery) {
        String office = endpoint.officeId();
        AttemptStore.Attempts earlier = attempts.find(office, sha);
        if (earlier.count() >= settings.maxAttempts()) {
            return quarantine(uid, raw, sha, earlier.count(), earlier.lastError(), delivery);
        }
        try {
            ProcessingOutcome outcome = processor.process(office, raw, sha, null, delivery);
            if (earlier.count() > 0) {
                attempts.forget(office, sha);
            }
            return outcome;
        } catch (RuntimeException e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            int count = attempts.recordFailure(office, sha, error);
            log.error("Processing message UID {} in {} failed (attempt {} of {}): {}", uid, endpoint.display(), count,
                    settings.maxAttempts(), error, e);
            return count >= settings.maxAttempts() ? quarantine(uid, raw, sha, count, error, delivery) : null;
        }
    }

    private ProcessingOutcome quarantine(long uid, byte[] raw, String sha, int count, String error, Delivery delivery) {
        String reason = "processing failed " + count + " time(s); the last error: " + error;
        try {
            ProcessingOutcome outcome = processor.quarantine(endpoint.officeId(), raw, sha, null, reason, delivery);
            attempts.markQuarantined(endpoint.officeId(), sha);
            return outcome;
        } catch (RuntimeException e) {
            log.error("Message UID {} in {} cannot even be put on the review list; it stays in the mailbox: {}", uid,
                    endpoint.display(), e.toString(), e);
            return null;
        }
    }
}
