package vn.reportbot.mailbox;

import java.util.ArrayList;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;

/**
 * Splits the new messages of a poll into batches, each fetched with one command and marked processed with one:
 * consecutive messages up to {@link #MAX_BYTES} in all by their {@code RFC822.SIZE} (a larger message makes a batch
 * of its own), so that a batch never holds more than that in memory; and up to {@link #MAX_UID_RANGES} runs of
 * consecutive UIDs, so that the command naming them stays well under the 8,192 octets RFC 7162 asks clients to keep
 * to.
 */
final class FetchBatches {

    static final long MAX_BYTES = 16L * 1024 * 1024;
    static final int MAX_UID_RANGES = 300;

    private FetchBatches() {
    }

    /** The messages' UIDs and sizes must have been fetched. */
    static List<List<Message>> of(List<Message> messages, UIDFolder folder) throws MessagingException {
        List<List<Message>> batches = new ArrayList<>();
        List<Message> batch = new ArrayList<>();
        long bytes = 0;
        int ranges = 0;
        long previousUid = -1;
        for (Message message : messages) {
            long size = Math.max(0, message.getSize());
            long uid = folder.getUID(message);
            boolean newRange = uid != previousUid + 1;
            if (!batch.isEmpty() && (bytes + size > MAX_BYTES || newRange && ranges >= MAX_UID_RANGES)) {
                batches.add(batch);
                batch = new ArrayList<>();
                bytes = 0;
                ranges = 0;
                newRange = true;
            }
            batch.add(message);
            bytes += size;
            ranges += newRange ? 1 : 0;
            previousUid = uid;
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }
}
