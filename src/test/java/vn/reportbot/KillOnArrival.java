package vn.reportbot;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.mail.Flags;

import com.icegreen.greenmail.store.FolderListener;
import com.icegreen.greenmail.store.MailFolder;

/**
 * Kills the service the moment GreenMail stores a message into one of the watched folders: an acknowledgement
 * arriving in a unit's INBOX, or a report moved into the processed folder. GreenMail tells its listeners before it
 * answers the command, so the service dies not knowing whether the server took the mail or the move.
 */
final class KillOnArrival implements FolderListener, AutoCloseable {

    private final List<MailFolder> folders;
    private final AtomicReference<ServiceProcess> target;
    private final AtomicBoolean fired = new AtomicBoolean();

    private KillOnArrival(ServiceProcess run, List<MailFolder> folders) {
        this.target = new AtomicReference<>(run);
        this.folders = folders;
    }

    /** Kills {@code run} when the next message arrives in any of {@code folders}. */
    static KillOnArrival arm(ServiceProcess run, List<MailFolder> folders) {
        KillOnArrival trigger = new KillOnArrival(run, folders);
        folders.forEach(f -> f.addListener(trigger));
        return trigger;
    }

    boolean fired() {
        return fired.get();
    }

    @Override
    public void added(int msn) {
        ServiceProcess run = target.getAndSet(null);
        if (run != null) {
            run.killNow();
            fired.set(true);
        }
    }

    @Override
    public void expunged(int msn) {
        // only arrivals count
    }

    @Override
    public void flagsUpdated(int msn, Flags flags, Long uid) {
        // only arrivals count
    }

    @Override
    public void mailboxDeleted() {
        // the test deletes no mailbox
    }

    @Override
    public void close() {
        target.set(null);
        folders.forEach(f -> f.removeListener(this));
    }
}
