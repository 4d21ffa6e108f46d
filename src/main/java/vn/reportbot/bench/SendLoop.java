package vn.reportbot.bench;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * The bare send baseline: one Jakarta Mail SMTP connection, {@code sendMessage} for each message in turn. It is
 * also how the bench fills the mailbox. The messages are parsed before the clock starts. Its sockets are the
 * service's ({@link vn.reportbot.system.PromptSockets}, Nagle off), so that both pay the same for each exchange.
 */
final class SendLoop {

    private SendLoop() {
    }

    /**
     * Sends each message to its own recipients (To and Cc), as the service does: a server that keeps a mailbox per
     * address does the same work for both.
     */
    static Measurement sendToTheirRecipients(LoopbackMailServer server, List<byte[]> messages) throws MessagingException {
        return send(server, messages, null);
    }

    static Measurement send(LoopbackMailServer server, List<byte[]> messages) throws MessagingException {
        return send(server, messages, new Address[] {new InternetAddress(server.mailbox())});
    }

    /** @param to the envelope's recipients, or null for each message's own */
    private static Measurement send(LoopbackMailServer server, List<byte[]> messages, Address[] to)
            throws MessagingException {
        Session session = LoopbackMailServer.clientSession();
        List<MimeMessage> parsed = new ArrayList<>(messages.size());
        long bytes = 0;
        for (byte[] raw : messages) {
            parsed.add(new MimeMessage(session, new ByteArrayInputStream(raw)));
            bytes += raw.length;
        }
        long start = System.nanoTime();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect("127.0.0.1", server.smtpPort(), null, null);
            for (MimeMessage message : parsed) {
                transport.sendMessage(message, to == null ? message.getAllRecipients() : to);
            }
        }
        return new Measurement("bare SMTP send loop", messages.size(), bytes, System.nanoTime() - start);
    }
}
