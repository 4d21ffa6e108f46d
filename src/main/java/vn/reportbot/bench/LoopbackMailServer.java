package vn.reportbot.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.icegreen.greenmail.util.ServerSetup;

import vn.reportbot.embedded.PromptGreenMail;

/**
 * A GreenMail SMTP and IMAP server on free ports of 127.0.0.1, with the office's mailbox as an account. Mail to any
 * other address is accepted too (GreenMail creates the account), so the bot's acknowledgements have somewhere to go.
 */
final class LoopbackMailServer implements AutoCloseable {

    static final String PASSWORD = "bench";

    private final PromptGreenMail greenMail;
    private final String mailbox;

    LoopbackMailServer(String mailbox) {
        this.mailbox = mailbox;
        greenMail = new PromptGreenMail(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort(),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort()});
        greenMail.start();
        // as patient as a real server (RFC 3501: an idle client is logged out after 30 minutes at the earliest), not
        // GreenMail's 30 seconds, which drop the poll's connection while a slow machine records a batch
        greenMail.imapServer().setClientSocketTimeout(30 * 60_000);
        greenMail.getSmtp().setClientSocketTimeout(5 * 60_000);
        greenMail.setUser(mailbox, mailbox, PASSWORD);
    }

    int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    int imapPort() {
        return greenMail.imapServer().getPort();
    }

    String mailbox() {
        return mailbox;
    }

    /** The mailbox as the service's {@code reportbot.mailboxes.<office>.url} names it. */
    String imapUrl() {
        return "imap://" + URLEncoder.encode(mailbox, StandardCharsets.UTF_8) + ":" + PASSWORD + "@127.0.0.1:" + imapPort()
                + "/INBOX";
    }

    /** Every message the server took, as it took it, in order. */
    List<byte[]> received() {
        List<byte[]> all = new java.util.ArrayList<>();
        for (jakarta.mail.internet.MimeMessage m : greenMail.getReceivedMessages()) {
            try {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                m.writeTo(out);
                all.add(out.toByteArray());
            } catch (java.io.IOException | jakarta.mail.MessagingException e) {
                throw new IllegalStateException("a message the loopback server took cannot be read back: " + e, e);
            }
        }
        return all;
    }

    /** A message in an account's inbox, and when the server put it there (its clock, to the millisecond). */
    record Stored(jakarta.mail.internet.MimeMessage message, long receivedAtMillis) {
    }

    /** The messages in the inbox of {@code address} (none when the server has no such account yet), in order. */
    List<Stored> inboxOf(String address) {
        List<Stored> stored = new java.util.ArrayList<>();
        inbox(address).ifPresent(inbox -> {
            for (long uid : inbox.getMessageUids()) {
                com.icegreen.greenmail.store.StoredMessage m = inbox.getMessage(uid);
                if (m != null) {
                    stored.add(new Stored(m.getMimeMessage(), m.getReceivedDate().getTime()));
                }
            }
        });
        return stored;
    }

    /** How many messages the inbox of {@code address} holds. */
    int inboxCount(String address) {
        return inbox(address).map(com.icegreen.greenmail.store.MailFolder::getMessageCount).orElse(0);
    }

    private java.util.Optional<com.icegreen.greenmail.store.MailFolder> inbox(String address) {
        com.icegreen.greenmail.user.GreenMailUser user = greenMail.getUserManager().getUserByEmail(address);
        if (user == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(greenMail.getManagers().getImapHostManager().getInbox(user));
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException("the inbox of " + address + " on the loopback server: " + e, e);
        }
    }

    /**
     * A Jakarta Mail session for a bare client of this server (the baselines, the bench's own deliveries), on the
     * service's sockets ({@link vn.reportbot.system.PromptSockets}), so that both pay the same for each exchange.
     */
    static jakarta.mail.Session clientSession() {
        return jakarta.mail.Session.getInstance(vn.reportbot.system.PromptSockets.applyTo(new java.util.Properties(),
                "smtp", "imap"));
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
