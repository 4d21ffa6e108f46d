package vn.reportbot.mailbox;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import jakarta.mail.MessagingException;

import org.eclipse.angus.mail.iap.ByteArray;
import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.protocol.BODY;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.INTERNALDATE;
import org.eclipse.angus.mail.imap.protocol.UID;
import org.eclipse.angus.mail.imap.protocol.UIDSet;

/**
 * Fetches the bytes of several messages with one {@code UID FETCH … (UID INTERNALDATE BODY.PEEK[])} (RFC 3501 section
 * 6.4.5), exactly as the server holds them, with the time the server received each ({@code INTERNALDATE}): Jakarta Mail's own batch fetch would parse each message and write it out again. Every
 * response is also handed to the folder, as Jakarta Mail does, so that new mail and flag changes reported on the way
 * keep its view of the mailbox right. {@code \Seen} is not set.
 */
final class BodyFetch {

    private BodyFetch() {
    }

    /**
     * A message as the server holds it: {@code length} bytes of {@code buffer} from {@code start}, where the IMAP
     * client read the server's response; not copied, so that a large message is in memory once while it is written
     * to the raw store ({@link RawMessageStore#store(byte[], int, int)}).
     *
     * @param receivedAt the server's {@code INTERNALDATE}, or null when it gave none
     */
    record Fetched(byte[] buffer, int start, int length, Instant receivedAt) {

        /** The message's bytes in an array of their own. */
        byte[] raw() {
            return Arrays.copyOfRange(buffer, start, start + length);
        }
    }

    /**
     * @return each message by UID; a UID the server no longer has (expunged meanwhile) is missing
     */
    static Map<Long, Fetched> fetch(IMAPFolder folder, long[] uids) throws MessagingException {
        if (uids.length == 0) {
            return Map.of();
        }
        String set = UIDSet.toString(UIDSet.createUIDSets(uids));
        Map<Long, Fetched> bodies = new HashMap<>();
        folder.doCommand(protocol -> {
            Response[] responses = protocol.command("UID FETCH " + set + " (UID INTERNALDATE BODY.PEEK[])", null);
            for (Response response : responses) {
                if (response instanceof FetchResponse fetch) {
                    UID uid = fetch.getItem(UID.class);
                    BODY body = fetch.getItem(BODY.class);
                    INTERNALDATE date = fetch.getItem(INTERNALDATE.class);
                    if (uid != null && body != null && !body.isHeader() && body.getSection().isEmpty()) {
                        ByteArray bytes = body.getByteArray();
                        bodies.put(uid.uid, new Fetched(bytes.getBytes(), bytes.getStart(), bytes.getCount(),
                                date == null || date.getDate() == null ? null : date.getDate().toInstant()));
                    }
                }
            }
            protocol.notifyResponseHandlers(responses);
            protocol.handleResult(responses[responses.length - 1]);
            return null;
        });
        return bodies;
    }
}
