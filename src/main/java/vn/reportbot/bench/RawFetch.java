package vn.reportbot.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPMessage;

/**
 * The bare fetch baseline: a plain Jakarta Mail client that logs in, opens the folder read-only and fetches every
 * message's full bytes, keeping nothing. It asks for {@value #CHUNK} whole messages per command (Jakarta Mail's
 * {@link IMAPFolder.FetchProfileItem#MESSAGE}): a command per message would measure the server's cost per command
 * (GreenMail's grows with the size of the folder) rather than the fetch.
 */
final class RawFetch {

    static final int CHUNK = 1_000;

    private RawFetch() {
    }

    static Measurement fetchAll(LoopbackMailServer server) throws MessagingException, IOException {
        return fetchFrom(server, 1);
    }

    /** Fetches the messages from the {@code first}-th (1 for all) to the last. */
    static Measurement fetchFrom(LoopbackMailServer server, int first) throws MessagingException, IOException {
        Session session = LoopbackMailServer.clientSession();
        long start = System.nanoTime();
        Counter counter = new Counter();
        int count;
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", server.imapPort(), server.mailbox(), LoopbackMailServer.PASSWORD);
            Folder folder = store.getFolder("INBOX");
            folder.open(Folder.READ_ONLY);
            try {
                Message[] messages = folder.getMessages(first, folder.getMessageCount());
                FetchProfile whole = new FetchProfile();
                whole.add(IMAPFolder.FetchProfileItem.MESSAGE);
                for (int from = 0; from < messages.length; from += CHUNK) {
                    Message[] chunk = Arrays.copyOfRange(messages, from, Math.min(messages.length, from + CHUNK));
                    folder.fetch(chunk, whole);
                    for (Message message : chunk) {
                        message.writeTo(counter);
                        ((IMAPMessage) message).invalidateHeaders(); // lets the fetched bytes go
                    }
                }
                count = messages.length;
            } finally {
                folder.close(false);
            }
        }
        return new Measurement("bare IMAP fetch", count, counter.bytes, System.nanoTime() - start);
    }

    /** Counts the bytes written to it and keeps none. */
    private static final class Counter extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
