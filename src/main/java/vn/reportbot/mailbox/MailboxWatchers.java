package vn.reportbot.mailbox;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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
 * One {@link MailboxWatcher} per office mailbox when {@code reportbot.mailbox.idle} is on. A watcher runs the
 * {@code poll} job for its office through {@link JobRunner}, so that it never overlaps a scheduled or requested
 * poll. The watchers start once the application is ready (dispatches imported) and stop when it closes.
 */
final class MailboxWatchers implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MailboxWatchers.class);

    private final Map<String, MailboxWatcher> watchers = new LinkedHashMap<>();
    private final ScheduledExecutorService keepAlive;

    MailboxWatchers(PollJob pollJob, JobRunner runner, MailboxSettings settings, Clock clock) {
        for (MailboxPoller poller : pollJob.pollers()) {
            String office = poller.endpoint().officeId();
            BooleanSupplier poll = () -> {
                try {
                    runner.run("poll", Optional.of(office));
                    return poller.status().up();
                } catch (RuntimeException e) {
                    log.error("Poll of {} after an IDLE notification failed: {}", office, e.toString(), e);
                    return false;
                }
            };
            watchers.put(office, new MailboxWatcher(poller.endpoint(), poll, settings, clock));
        }
        keepAlive = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mailbox-idle-keepalive");
            t.setDaemon(true);
            return t;
        });
    }

    Optional<MailboxWatcher> watcher(String officeId) {
        return Optional.ofNullable(watchers.get(officeId));
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        watchers.values().forEach(MailboxWatcher::start);
        keepAlive.scheduleWithFixedDelay(() -> watchers.values().forEach(MailboxWatcher::keepAlive), 1, 1, TimeUnit.MINUTES);
    }

    @Override
    public void close() {
        keepAlive.shutdownNow();
        watchers.values().forEach(w -> w.stop(Duration.ofSeconds(10)));
        if (!watchers.isEmpty()) {
            log.info("Stopped watching {} mailbox(es)", watchers.size());
        }
    }
}
