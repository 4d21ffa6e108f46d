package vn.reportbot.embedded;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** A GreenMail SMTP+IMAP server on 127.0.0.1 with one account (login = address) per directory address. */
public final class EmbeddedMailServer implements AutoCloseable {

    private final PromptGreenMail greenMail;
    private final EmbeddedMailProperties properties;
    private final Set<String> accounts = ConcurrentHashMap.newKeySet();

    EmbeddedMailServer(EmbeddedMailProperties properties, List<String> addresses) {
        this.properties = properties;
        ServerSetup smtp = new ServerSetup(properties.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        ServerSetup imap = new ServerSetup(properties.imapPort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP);
        greenMail = new PromptGreenMail(new ServerSetup[] {smtp, imap});
        greenMail.start();
        // as patient as a real server (RFC 3501: an idle client is logged out after 30 minutes at the earliest;
        // RFC 5321: 5 minutes for an SMTP command), not GreenMail's 30 seconds
        greenMail.imapServer().setClientSocketTimeout(30 * 60_000);
        greenMail.getSmtp().setClientSocketTimeout(5 * 60_000);
        addAccounts(addresses);
    }

    /** Creates an account for each address that has none yet (the directory gained an address). */
    void addAccounts(List<String> addresses) {
        for (String address : addresses) {
            if (accounts.add(address)) {
                greenMail.setUser(address, address, properties.password());
            }
        }
    }

    public int smtpPort() {
        return properties.smtpPort();
    }

    public int imapPort() {
        return properties.imapPort();
    }

    public List<String> accounts() {
        return List.copyOf(accounts);
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
