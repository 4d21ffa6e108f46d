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
import org.springframework.transaction.support.TransactionOperations;

import vn.reportbot.report.Delivery;
import vn.reportbot.report.ProcessingOutcome;
import vn.reportbot.report.ReportProcessor;

/**
 * Reads one office's mailbox. For each message above the last UID done (all of them again when the folder's
 * UIDVALIDITY changed; processing recognises what it already recorded): store the raw bytes, process and commit,
 * then mark it processed on the server ({@link ProcessedFolder}) and remember its UID.
 *
 * <p>The messages are read in batches ({@link FetchBatches}), so that a poll costs a few round trips to the server
 * rather than several per message: one command fetches a batch ({@link BodyFetch}), its messages are then stored and
 * processed, and one command marks the batch's committed messages processed before the last UID done moves forward.
 * A crash in between leaves committed messages unmarked; the next poll reads them again and recognises them.
 *
 * <p>The messages of a batch are committed in groups of up to {@value #GROUP} in one transaction, each message in a
 * savepoint of it ({@link ReportProcessor#process} joins it as a nested transaction): a commit of H2 in files writes
 * the file, and one per message cost more than the rest of its recording. A message that fails rolls back to its
 * savepoint alone. When the group's commit fails, nothing of it counts as done, and its messages are processed
 * again one transaction each, as before; no message is marked processed before the commit that holds it.
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
    private final TransactionOperations groups;
    private volatile PollStatus status = PollStatus.NEVER;
    private volatile boolean leftFailures;

    /** The outcome of the latest poll, for health. */
    record PollStatus(boolean up, Instant at, String detail) {
        static final PollStatus NEVER = new PollStatus(true, null, "not polled yet");
    }

    MailboxPoller(MailboxEndpoint endpoint, RawMessageStore rawStore, MailboxStateStore states, AttemptStore attempts,
                  ReportProcessor processor, MailboxSettings settings, Clock clock, MailboxMetrics metrics,
                  TransactionOperations groups) {
        this.groups = groups;
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
        Map<Long, StoredLarge> storedLarge = new java.util.HashMap<>(); // by UID: those read back from the store
        for (int start = 0; start < batch.size(); start += GROUP) {
            List<Message> group = batch.subList(start, Math.min(batch.size(), start + GROUP));
            List<Processed> results;
            try {
                results = groups.execute(status -> processGroup(uids, group, bodies, storedLarge, validity));
            } catch (RuntimeException e) {
                log.warn("Committing {} message(s) of {} together failed ({}); each is processed in a transaction of"
                        + " its own", group.size(), endpoint.display(), e.toString());
                results = processGroup(uids, group, bodies, storedLarge, validity);
            }
            for (Processed result : results) {
                if (result.outcome() == null && result.message() != null) {
                    tally.failed++;
                    tally.allDoneSoFar = false;
                    continue;
                }
                lastUidDone = tally.allDoneSoFar ? result.uid() : lastUidDone;
                if (result.message() == null) {
                    continue; // removed from the mailbox before it could be read
                }
                done.add(result.message());
                ProcessingOutcome outcome = result.outcome();
                if (outcome.alreadyRecorded()) {
                    log.info("Message UID {} in {} was already recorded as report {}; marked processed", result.uid(),
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
        }
        processed.done(folder, done);
        if (lastUidDone > 0) {
            states.save(endpoint.officeId(), endpoint.folder(), new MailboxStateStore.State(validity, lastUidDone));
        }
    }

    /** How many messages are committed together, at most (see the class's comment). */
    static final int GROUP = 50;

    /**
     * One message of a group: its outcome, null when it failed and is to be tried again; {@code message} null when it
     * was removed from the mailbox before it could be read.
     */
    private record Processed(long uid, Message message, ProcessingOutcome outcome) {
    }

    /**
     * Stores and processes the messages of a group, in the transaction the caller has open, if any. Nothing is
     * counted here: the caller does, once the group is committed. {@code bodies} is only read, so that the group can
     * be processed again when its commit fails.
     */
    private List<Processed> processGroup(UIDFolder uids, List<Message> group, Map<Long, BodyFetch.Fetched> bodies,
                                         Map<Long, StoredLarge> storedLarge, long validity) {
        List<Processed> results = new ArrayList<>(group.size());
        for (Message message : group) {
            long uid;
            try {
                uid = uids.getUID(message);
            } catch (MessagingException e) {
                throw new IllegalStateException("the UID of a fetched message is unknown: " + e.getMessage(), e);
            }
            StoredLarge stored = storedLarge.get(uid);
            String sha;
            byte[] raw;
            Instant receivedAt;
            BodyFetch.Fetched fetched = bodies.get(uid);
            if (stored != null) {
                sha = stored.sha();
                raw = readBack(sha); // stored by the group's first try, whose commit failed
                receivedAt = stored.receivedAt();
            } else if (fetched == null) {
                log.info("Message UID {} in {} was removed from the mailbox before it could be read", uid, endpoint.display());
                results.add(new Processed(uid, null, null));
                continue;
            } else {
                receivedAt = fetched.receivedAt();
                sha = rawStore.store(fetched.buffer(), fetched.start(), fetched.length());
                if (fetched.length() >= READ_BACK_BYTES) {
                    // the response buffer it came in is garbage from here on: the message is never in memory twice
                    bodies.remove(uid);
                    fetched = null;
                    storedLarge.put(uid, new StoredLarge(sha, receivedAt));
                    raw = readBack(sha);
                } else {
                    raw = fetched.raw();
                }
            }
            results.add(new Processed(uid, message, processOrCount(uid, raw, sha,
                    new Delivery(endpoint.folder(), validity, uid, receivedAt))));
        }
        return results;
    }

    /** A large message of the batch, stored and dropped from the fetched responses: read back from the store. */
    private record StoredLarge(String sha, Instant receivedAt) {
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
