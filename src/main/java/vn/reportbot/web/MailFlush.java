package vn.reportbot.web;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.reportbot.notify.OutboxSender;

/**
 * Sends what a page queued (a login link, a mail resent) right away, beside the request rather than in it: the page
 * answers as fast whatever the SMTP server does, and a login page's answer takes as long for an unknown address as
 * for a known one. Called after the transaction that queued the mail committed.
 */
@Component
class MailFlush {

    private static final Logger log = LoggerFactory.getLogger(MailFlush.class);

    private final OutboxSender sender;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "page-mail-flush");
        thread.setDaemon(true);
        return thread;
    });

    MailFlush(OutboxSender sender) {
        this.sender = sender;
    }

    void soon() {
        worker.execute(() -> {
            try {
                sender.flush();
            } catch (RuntimeException e) {
                log.warn("Sending the outbox after a page's request failed; the next flush tries again: {}",
                        e.getMessage());
            }
        });
    }

    /** Lets a flush under way finish (a mail cut off while being sent could not be sent again). */
    @PreDestroy
    void stop() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(40, java.util.concurrent.TimeUnit.SECONDS);
    }
}
