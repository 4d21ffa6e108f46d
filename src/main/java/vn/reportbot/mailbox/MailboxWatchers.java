package vn.reportbot.mailbox;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

import vn.reportbot.system.JobRunner;

/**
 * One {@link MailboxWatcher} per office mailbox when {@code reportbot.mailbox.idle} is on, in the instance holding
 * that mailbox's lease ({@link PollJob#takeMailbox}). A watcher runs the {@code poll} job for its office through
 * {@link JobRunner}, so that it never overlaps a scheduled or requested poll. Once the application is ready
 * (dispatches imported), and then every quarter of the lease's TTL, each mailbox whose lease this instance takes (free,
 * given up, or expired because its holder died) gets a watcher, and a watcher whose lease was lost is stopped; so a
 * dead instance's mailboxes are watched again by another within the TTL and a quarter. A mailbox whose latest poll left
 * a message that failed is polled again at each of those checks (IDLE waits for new mail, and the scheduled poll may
 * fire on an instance that leaves the mailbox alone). The watchers stop, and their leases are given up, when the
 * application closes.
 */
final class MailboxWatchers implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MailboxWatchers.class);

    private final Map<String, BooleanSupplier> polls = new LinkedHashMap<>();
    private final Map<String, BooleanSupplier> failedLastTime = new LinkedHashMap<>();
    private final Map<String, MailboxEndpoint> endpoints = new LinkedHashMap<>();
    private final Map<String, MailboxWatcher> watchers = new ConcurrentHashMap<>();
    private final PollJob pollJob;
    private final MailboxSettings settings;
    private final Clock clock;
    private final Duration leaseCheck;
    private final ScheduledExecutorService keepAlive;
    private volatile boolean closed;

    MailboxWatchers(PollJob pollJob, JobRunner runner, MailboxSettings settings, Clock clock, Duration leaseCheck) {
        this.pollJob = pollJob;
        this.settings = settings;
        this.clock = clock;
        this.leaseCheck = leaseCheck;
        for (MailboxPoller poller : pollJob.pollers()) {
            String office = poller.endpoint().officeId();
            endpoints.put(office, poller.endpoint());
            failedLastTime.put(office, poller::leftFailures);
            polls.put(office, () -> {
                try {
                    runner.run("poll", Optional.of(office));
                    return poller.status().up();
                } catch (RuntimeException e) {
                    log.error("Poll of {} after an IDLE notification failed: {}", office, e.toString(), e);
                    return false;
                }
            });
        }
        keepAlive = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mailbox-idle-keepalive");
            t.setDaemon(true);
            return t;
        });
    }

    /** The watcher of the office's mailbox, when this instance watches it. */
    Optional<MailboxWatcher> watcher(String officeId) {
        return Optional.ofNullable(watchers.get(officeId));
    }

    /** Whether another instance reads that mailbox (this one holds no lease of it). */
    boolean watchedElsewhere(String officeId) {
        return endpoints.containsKey(officeId) && !watchers.containsKey(officeId);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        followLeases();
        keepAlive.scheduleWithFixedDelay(this::followLeases, leaseCheck.toMillis(), leaseCheck.toMillis(),
                TimeUnit.MILLISECONDS);
        long tick = MailboxWatcher.keepAliveTick(settings).toMillis();
        keepAlive.scheduleWithFixedDelay(() -> watchers.values().forEach(MailboxWatcher::keepAlive), tick, tick,
                TimeUnit.MILLISECONDS);
    }

    /** Starts a watcher for each mailbox whose lease this instance takes; stops those whose lease it lost. */
    private synchronized void followLeases() {
        if (closed) {
            return;
        }
        for (Map.Entry<String, MailboxEndpoint> entry : endpoints.entrySet()) {
            String office = entry.getKey();
            try {
                MailboxWatcher running = watchers.get(office);
                if (running != null) {
                    if (!pollJob.holdsMailbox(office) && !pollJob.takeMailbox(office)) {
                        log.warn("Mailbox of {} is no longer this instance's to read (its lease was lost); stopped watching it",
                                office);
                        watchers.remove(office).stop(Duration.ofSeconds(10));
                    } else if (failedLastTime.get(office).getAsBoolean()) {
                        // the scheduled poll may fire on another instance, which leaves this mailbox alone: retry here
                        polls.get(office).getAsBoolean();
                    }
                } else if (pollJob.takeMailbox(office)) {
                    MailboxWatcher watcher = new MailboxWatcher(entry.getValue(), polls.get(office), settings, clock);
                    watchers.put(office, watcher);
                    log.info("This instance reads the mailbox of {} now (it holds its lease)", office);
                    watcher.start();
                }
            } catch (RuntimeException e) {
                log.warn("Lease of the mailbox of {} could not be checked: {}", office, e.toString());
            }
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        keepAlive.shutdownNow();
        watchers.values().forEach(w -> w.stop(Duration.ofSeconds(10)));
        watchers.keySet().forEach(pollJob::giveUpMailbox);
        if (!watchers.isEmpty()) {
            log.info("Stopped watching {} mailbox(es) and gave up their leases", watchers.size());
        }
        watchers.clear();
    }
}
