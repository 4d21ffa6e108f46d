package vn.reportbot.mailbox;

import java.util.List;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens on the server to a message whose result is committed: it is flagged {@code \Seen} and, when a
 * processed folder is set, moved there. {@code MOVE} (RFC 6851) where the server offers it; otherwise
 * {@code COPY}, {@code \Deleted} and an expunge of that message alone ({@code UID EXPUNGE}, RFC 4315) or, on a
 * server without UIDPLUS, a plain {@code EXPUNGE}. A batch of messages takes one command of each kind.
 */
final class ProcessedFolder {

    private static final Logger log = LoggerFactory.getLogger(ProcessedFolder.class);

    private final Folder target;
    private final boolean move;
    private final boolean uidExpunge;

    private ProcessedFolder(Folder target, boolean move, boolean uidExpunge) {
        this.target = target;
        this.move = move;
        this.uidExpunge = uidExpunge;
    }

    /** Flags only: {@code name} empty. Otherwise opens (creating it when missing) the folder {@code name}. */
    static ProcessedFolder of(Store store, String name) throws MessagingException {
        if (name.isEmpty()) {
            return new ProcessedFolder(null, false, false);
        }
        Folder target = store.getFolder(name);
        if (!target.exists()) {
            // another poll of the mailbox (its IDLE watcher's) may create it in between: then it exists, which will do
            if (!target.create(Folder.HOLDS_MESSAGES) && !target.exists()) {
                throw new MessagingException("the server refused to create the processed folder '" + name + "'");
            }
            log.info("Created the processed folder '{}' on {}", name, store.getURLName().getHost());
        }
        IMAPStore imap = (IMAPStore) store;
        return new ProcessedFolder(target, imap.hasCapability("MOVE"), imap.hasCapability("UIDPLUS"));
    }

    /**
     * Marks the messages processed, with one command for all of them; moves them when a processed folder is set.
     */
    void done(Folder source, List<Message> messages) throws MessagingException {
        if (messages.isEmpty()) {
            return;
        }
        Message[] all = messages.toArray(Message[]::new);
        source.setFlags(all, new Flags(Flags.Flag.SEEN), true);
        if (target == null) {
            return;
        }
        IMAPFolder imap = (IMAPFolder) source;
        if (move) {
            imap.moveMessages(all, target);
            return;
        }
        imap.copyMessages(all, target);
        source.setFlags(all, new Flags(Flags.Flag.DELETED), true);
        if (uidExpunge) {
            imap.expunge(all);
        } else {
            imap.expunge();
        }
    }
}
