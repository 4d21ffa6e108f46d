package vn.reportbot.mailbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.mail.MessagingException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.reportbot.system.BotJob;
import vn.reportbot.system.JobResult;
import vn.reportbot.notify.OutboxSender;

/**
 * The {@code poll} job: reads every office's mailbox (or one), each on its own, so that one broken
 * mailbox does not stop the others, then sends the mails processing queued (acknowledgements, notices to staff).
 */
public final class PollJob implements BotJob {

    private static final Logger log = LoggerFactory.getLogger(PollJob.class);

    private final Map<String, MailboxPoller> pollers;
    private final OutboxSender outbox;

    PollJob(Map<String, MailboxPoller> pollers, OutboxSender outbox) {
        this.pollers = pollers;
        this.outbox = outbox;
    }

    java.util.Collection<MailboxPoller> pollers() {
        return pollers.values();
    }

    /** The mailboxes read, office id to URL without password, for the start-up summary. */
    public Map<String, String> mailboxes() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        pollers.forEach((id, p) -> out.put(id, p.endpoint().display()));
        return out;
    }

    @Override
    public String name() {
        return "poll";
    }

    @Override
    public JobResult run(Optional<String> officeId) {
        if (officeId.isPresent() && !pollers.containsKey(officeId.get())) {
            throw new IllegalArgumentException("office '" + officeId.get() + "' has no mailbox; offices with one: "
                    + String.join(", ", pollers.keySet()));
        }
        int read = 0;
        int waitingBefore = outbox.waiting();
        List<String> details = new ArrayList<>();
        for (var entry : pollers.entrySet()) {
            if (officeId.isPresent() && !officeId.get().equals(entry.getKey())) {
                continue;
            }
            try {
                MailboxPoller.PollCount count = entry.getValue().poll();
                read += count.read();
                details.add(entry.getKey() + ": " + count.read() + " message(s) read, " + count.matched() + " matched"
                        + (count.failed() == 0 ? "" : ", " + count.failed() + " failed and will be tried again"));
            } catch (MessagingException | RuntimeException e) {
                log.error("Mailbox of {} ({}) could not be read: {}", entry.getKey(), entry.getValue().endpoint().display(),
                        e.getMessage());
                details.add(entry.getKey() + ": mailbox could not be read: " + e.getMessage());
            }
        }
        int queued = Math.max(0, outbox.waiting() - waitingBefore);
        int sent = outbox.flush();
        return new JobResult(name(), officeId.orElse(null), read, queued, sent, details);
    }
}
