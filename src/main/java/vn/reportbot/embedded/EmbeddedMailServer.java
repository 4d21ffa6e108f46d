package vn.reportbot.embedded;

import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** A GreenMail SMTP+IMAP server on 127.0.0.1 with one account (login = address) per directory address. */
public final class EmbeddedMailServer implements AutoCloseable {

    private final GreenMail greenMail;
    private final EmbeddedMailProperties properties;
    private final List<String> accounts;

    EmbeddedMailServer(EmbeddedMailProperties properties, List<String> addresses) {
        this.properties = properties;
        this.accounts = List.copyOf(addresses);
        ServerSetup smtp = new ServerSetup(properties.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        ServerSetup imap = new ServerSetup(properties.imapPort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP);
        greenMail = new GreenMail(new ServerSetup[] {smtp, imap});
        greenMail.start();
        for (String address : accounts) {
            greenMail.setUser(address, address, properties.password());
        }
    }

    public int smtpPort() {
        return properties.smtpPort();
    }

    public int imapPort() {
        return properties.imapPort();
    }

    public List<String> accounts() {
        return accounts;
    }

    /** The underlying server, for tests that wait for mail. */
    public GreenMail greenMail() {
        return greenMail;
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
