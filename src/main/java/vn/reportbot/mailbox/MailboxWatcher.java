package vn.reportbot.mailbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.event.MessageCountAdapter;
import jakarta.mail.event.MessageCountEvent;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one IMAP IDLE connection (RFC 2177) to an office's mailbox, on a thread of its own, and runs that
 * mailbox's poll as soon as the server announces a new message, and once after each (re)connection to catch up.
 * When the connection drops it reconnects after a wait that doubles up to a cap; so does a poll that could not read
 * the mailbox to the end (the database or the mailbox away): it is run again after such a wait rather than left to
 * the next new message or the schedule, so that what arrived meanwhile is read soon after the cause is gone. A
 * server without IDLE is left to the scheduled poll.
 *
 * <p>A message may arrive in the moment between the check before an IDLE and the IDLE itself. The server then
 * announces it ({@code EXISTS}) ahead of its go-ahead to the IDLE, where Jakarta Mail takes note of it without ending
 * the IDLE: a listener of the folder's message count ends it then. A server may also store a message in the moment it
 * starts an IDLE and announce it only at the next command (GreenMail, the embedded server, does): so once an IDLE has
 * lasted {@code reportbot.mailbox.idle-recheck} (a minute) a {@code NOOP} interrupts it. That also keeps the
 * connection alive against a server that ends an IDLE after 30 minutes, and a silently dead connection from keeping
 * the watcher waiting for ever.
 */
final class MailboxWatcher {

    private static final Logger log = LoggerFactory.getLogger(MailboxWatcher.class);

    /** What the watcher is doing, for health: {@code down} while it has no connection. */
    record WatchStatus(boolean down, String state, Instant since) {
    }

    private final MailboxEndpoint endpoint;
    private final BooleanSupplier poll;
    private final Backoff backoff;
    private final Backoff pollRetry;
    private final Duration recheck;
    private final Clock clock;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile WatchStatus status;
    private volatile IMAPFolder folder;
    private volatile Instant lastCommand = Instant.EPOCH;
    private Thread thread;

    /** {@code poll} runs the mailbox's poll and answers whether it read the mailbox to the end. */
    MailboxWatcher(MailboxEndpoint endpoint, BooleanSupplier poll, MailboxSettings settings, Clock clock) {
        this.endpoint = endpoint;
        this.poll = poll;
        this.backoff = new Backoff(settings.reconnectMin(), settings.reconnectMax());
        this.pollRetry = new Backoff(settings.reconnectMin(), settings.reconnectMax());
        this.recheck = settings.idleRecheck();
        this.clock = clock;
        this.status = new WatchStatus(false, "starting", clock.instant());
    }

    WatchStatus status() {
        return status;
    }

    void start() {
        thread = new Thread(this::run, "mailbox-idle-" + endpoint.officeId());
        thread.setDaemon(true);
        thread.start();
    }

    /** Ends the IDLE and the thread; waits for a poll under way to finish, up to {@code wait}. */
    void stop(Duration wait) {
        stopped.countDown();
        IMAPFolder open = folder;
        if (open != null) {
            try {
                open.close(false); // ends the IDLE under way
            } catch (MessagingException | IllegalStateException e) {
                log.debug("Closing the IDLE connection of {}: {}", endpoint.display(), e.toString());
            }
        }
        if (thread != null) {
            try {
                thread.join(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        status = new WatchStatus(false, "stopped", clock.instant());
    }

    /** How often {@link #keepAlive} is to be called: often enough to interrupt an IDLE soon after its time is up. */
    static Duration keepAliveTick(MailboxSettings settings) {
        Duration quarter = settings.idleRecheck().dividedBy(4);
        return quarter.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1)
                : quarter.compareTo(Duration.ofSeconds(15)) > 0 ? Duration.ofSeconds(15) : quarter;
    }

    /** Interrupts an IDLE with a NOOP once it has lasted {@code idle-recheck} (called every {@link #keepAliveTick}). */
    void keepAlive() {
        IMAPFolder open = folder;
        if (open == null || Duration.between(lastCommand, clock.instant()).compareTo(recheck) < 0) {
            return;
        }
        interrupt(open, "Keep-alive");
    }

    private boolean running() {
        return stopped.getCount() > 0;
    }

    private void run() {
        while (running()) {
            Session session = Session.getInstance(endpoint.sessionProperties(recheck.plusMinutes(1)));
            try (Store store = session.getStore(endpoint.protocol())) {
                store.connect(endpoint.host(), endpoint.port(), endpoint.user(), endpoint.secret());
                if (!((IMAPStore) store).hasCapability("IDLE")) {
                    log.warn("Mailbox {} does not offer IMAP IDLE: it is read on the poll's schedule only", endpoint.display());
                    status = new WatchStatus(false, "the server offers no IDLE; read on the poll's schedule", clock.instant());
                    return;
                }
                IMAPFolder open = (IMAPFolder) store.getFolder(endpoint.folder());
                open.addMessageCountListener(new MessageCountAdapter() {
                    @Override
                    public void messagesAdded(MessageCountEvent event) {
                        endIdle(open);
                    }
                });
                open.open(Folder.READ_ONLY);
                folder = open;
                if (!running()) {
                    break;
                }
                boolean reconnected = status.down();
                status = new WatchStatus(false, "watching (IDLE)", clock.instant());
                log.info("{} IDLE connection to {}", reconnected ? "Re-established the" : "Opened an", endpoint.display());
                backoff.reset();
                watch(open);
            } catch (MessagingException | RuntimeException e) {
                if (!running()) {
                    break;
                }
                Duration wait = backoff.next();
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                String in = wait.toMillis() < 1000 ? wait.toMillis() + " ms" : wait.toSeconds() + " s";
                status = new WatchStatus(true, "IDLE connection lost: " + why + "; reconnecting in " + in, clock.instant());
                log.warn("IDLE connection to {} lost ({}); reconnecting in {}", endpoint.display(), why, in);
                awaitStop(wait);
            } finally {
                folder = null;
            }
        }
    }

    /**
     * Polls, then idles until a message newer than those seen before that poll arrives; again and again. A poll that
     * failed is run again after a wait, without idling.
     */
    private void watch(IMAPFolder open) throws MessagingException {
        while (running()) {
            long seen = newestUid(open);
            if (!poll.getAsBoolean()) {
                Duration wait = pollRetry.next();
                log.info("The poll of {} could not read it to the end; again in {} s", endpoint.display(),
                        Math.max(1, wait.toSeconds()));
                awaitStop(wait);
                continue;
            }
            pollRetry.reset();
            while (running() && newestUid(open) <= seen) {
                lastCommand = clock.instant();
                open.idle(true);
            }
        }
    }

    /** The UID of the newest message in the folder (0 when empty), after asking the server for news. */
    private long newestUid(IMAPFolder open) throws MessagingException {
        noop(open);
        int count = open.getMessageCount();
        return count == 0 ? 0 : ((UIDFolder) open).getUID(open.getMessage(count));
    }

    /**
     * Ends the IDLE under way (if any) by a NOOP, on the thread Jakarta Mail tells the folder's listeners on: a message
     * was announced, maybe ahead of the server's go-ahead to the IDLE, where it would not end the IDLE by itself.
     */
    private void endIdle(IMAPFolder open) {
        if (running() && folder == open) {
            interrupt(open, "Ending the IDLE on news");
        }
    }

    /** Interrupts the IDLE under way (if any) by a NOOP from another thread; a failure is the IDLE thread's to see. */
    private void interrupt(IMAPFolder open, String why) {
        try {
            noop(open);
        } catch (MessagingException | IllegalStateException e) {
            log.debug("{} of {}: {}", why, endpoint.display(), e.toString());
        }
    }

    private void noop(IMAPFolder open) throws MessagingException {
        lastCommand = clock.instant();
        open.doCommand(protocol -> {
            protocol.noop();
            return null;
        });
    }

    private void awaitStop(Duration wait) {
        try {
            stopped.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped.countDown();
        }
    }
}
