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
import vn.reportbot.system.Leases;
import vn.reportbot.notify.OutboxSender;

/**
 * The {@code poll} job: reads every office's mailbox (or one), each on its own, so that one broken
 * mailbox does not stop the others, then sends the mails processing queued (acknowledgements, notices to staff).
 *
 * <p>Of the instances sharing the database, one reads a given mailbox: the one holding its lease
 * ({@code mailbox:<office>} in {@link Leases}), taken by the first that reads or watches it and kept (renewed) while
 * that instance lives; it is given up when the instance stops, and taken by another within the lease's TTL and a
 * quarter when it dies. A poll here of a mailbox another live instance holds leaves it to that instance and says so.
 * Runs for different offices go on at once ({@link #officesRunApart}); two polls of one mailbox never do.
 */
public final class PollJob implements BotJob {

    private static final Logger log = LoggerFactory.getLogger(PollJob.class);

    private final Map<String, MailboxPoller> pollers;
    private final OutboxSender outbox;
    private final Leases leases;

    PollJob(Map<String, MailboxPoller> pollers, OutboxSender outbox, Leases leases) {
        this.pollers = pollers;
        this.outbox = outbox;
        this.leases = leases;
    }

    /** The name of the lease of an office's mailbox. */
    static String lease(String officeId) {
        return "mailbox:" + officeId;
    }

    /** Takes (or renews) the lease of the office's mailbox; false when another live instance holds it. */
    boolean takeMailbox(String officeId) {
        return leases.acquire(lease(officeId));
    }

    void giveUpMailbox(String officeId) {
        leases.release(lease(officeId));
    }

    boolean holdsMailbox(String officeId) {
        return leases.holds(lease(officeId));
    }

    @Override
    public boolean officesRunApart() {
        return true;
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
            if (!takeMailbox(entry.getKey())) {
                String holder = leases.holder(lease(entry.getKey())).orElse("another instance");
                log.debug("Mailbox of {} is read by instance {}, not this one", entry.getKey(), holder);
                details.add(entry.getKey() + ": mailbox read by instance " + holder);
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
