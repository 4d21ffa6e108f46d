package vn.reportbot.mailbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Properties;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
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
 * Reads one office's mailbox. For each message above the last UID processed (all of them again
 * when the folder's UIDVALIDITY changed; processing recognises what it already recorded): store the
 * raw bytes, process and commit, then mark it {@code \Seen} on the server and remember its UID.
 * A crash anywhere in between leaves the message to be fetched again, and never lost or counted twice.
 */
final class MailboxPoller {

    private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);

    private final MailboxEndpoint endpoint;
    private final RawMessageStore rawStore;
    private final MailboxStateStore states;
    private final ReportProcessor processor;
    private final Clock clock;
    private volatile PollStatus status = PollStatus.NEVER;

    /** The outcome of the latest poll, for health. */
    record PollStatus(boolean up, Instant at, String detail) {
        static final PollStatus NEVER = new PollStatus(true, null, "not polled yet");
    }

    MailboxPoller(MailboxEndpoint endpoint, RawMessageStore rawStore, MailboxStateStore states, ReportProcessor processor,
                  Clock clock) {
        this.endpoint = endpoint;
        this.rawStore = rawStore;
        this.states = states;
        this.processor = processor;
        this.clock = clock;
    }

    MailboxEndpoint endpoint() {
        return endpoint;
    }

    PollStatus status() {
        return status;
    }

    /** How many messages a poll read, and how many of them were matched (each queues an acknowledgement). */
    record PollCount(int read, int matched) {
    }

    /** Processes everything new in the mailbox. */
    PollCount poll() throws MessagingException {
        PollCount read;
        Session session = Session.getInstance(sessionProperties());
        try (Store store = session.getStore(endpoint.protocol())) {
            store.connect(endpoint.host(), endpoint.port(), endpoint.user(), endpoint.password());
            Folder folder = store.getFolder(endpoint.folder());
            folder.open(Folder.READ_WRITE);
            try {
                read = pollFolder(folder);
            } finally {
                folder.close(false);
            }
            status = new PollStatus(true, clock.instant(), read.read() + " message(s) read from " + endpoint.display());
        } catch (MessagingException | RuntimeException e) {
            status = new PollStatus(false, clock.instant(), endpoint.display() + ": " + e.getMessage());
            throw e;
        }
        return read;
    }

    private PollCount pollFolder(Folder folder) throws MessagingException {
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
        for (Message message : messages) {
            long uid = uids.getUID(message);
            if (uid < from) {
                continue; // "n:*" always returns the last message, even below n
            }
            byte[] raw = rawBytes(message);
            String sha = rawStore.store(raw);
            ProcessingOutcome outcome = processor.process(endpoint.officeId(), raw, sha, null);
            message.setFlag(Flags.Flag.SEEN, true);
            states.save(endpoint.officeId(), endpoint.folder(), new MailboxStateStore.State(validity, uid));
            if (outcome.alreadyRecorded()) {
                log.info("Message UID {} in {} was already recorded as report {}; marked processed", uid,
                        endpoint.display(), outcome.reportId());
            }
            read++;
            if (!outcome.alreadyRecorded() && "MATCHED".equals(outcome.decision())) {
                matched++;
            }
        }
        return new PollCount(read, matched);
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

    private Properties sessionProperties() {
        String p = "mail." + endpoint.protocol() + ".";
        Properties properties = new Properties();
        properties.put(p + "connectiontimeout", "10000");
        properties.put(p + "timeout", "60000");
        properties.put(p + "writetimeout", "60000");
        properties.put(p + "peek", "true");
        properties.put(p + "partialfetch", "false");
        if ("imaps".equals(endpoint.protocol())) {
            properties.put(p + "ssl.checkserveridentity", "true");
        }
        return properties;
    }
}
