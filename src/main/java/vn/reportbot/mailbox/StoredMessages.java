package vn.reportbot.mailbox;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.reportbot.system.SystemProperties;

/**
 * The raw messages read from the mailboxes, as stored under {@code reportbot.data-dir} before they were processed:
 * what a person downloads a report's attachments from.
 */
@Component
public class StoredMessages {

    private final RawMessageStore store;

    StoredMessages(SystemProperties system) {
        this.store = new RawMessageStore(system.dataDir());
    }

    /** The message stored under that hex SHA-256 (as a report records it), or empty when none is. */
    public Optional<byte[]> read(String sha256) {
        return store.read(sha256);
    }
}
