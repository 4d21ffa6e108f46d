package vn.reportbot.embedded;

import java.net.Socket;
import java.net.SocketException;
import java.util.Map;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHandler;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail whose SMTP and IMAP connections have Nagle's algorithm off ({@code TCP_NODELAY}), as real servers have.
 * GreenMail writes a response of several lines (a {@code CAPABILITY}, a {@code FETCH}, an {@code EHLO}) line by line:
 * with Nagle on, each line after the first waits until the client acknowledges the one before, which a client holds
 * back for up to 40 ms (delayed ACK), so that every such command cost 40 ms and a poll of one message half a second.
 * Its IMAP server is reached through {@link #imapServer()} ({@link #getImap()} is GreenMail's own class, not this one).
 */
public final class PromptGreenMail extends GreenMail {

    public PromptGreenMail(ServerSetup[] setups) {
        super(setups);
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] setups, Managers managers) {
        Map<String, AbstractServer> services = super.createServices(setups, managers);
        for (ServerSetup setup : setups) {
            String protocol = setup.getProtocol();
            if (protocol.startsWith(ServerSetup.PROTOCOL_SMTP)) {
                services.put(protocol, new PromptSmtpServer(setup, managers));
            } else if (protocol.startsWith(ServerSetup.PROTOCOL_IMAP)) {
                services.put(protocol, new PromptImapServer(setup, managers));
            }
        }
        return services;
    }

    /** The IMAP server (its port, its client timeout). */
    public AbstractServer imapServer() {
        return services.get(ServerSetup.PROTOCOL_IMAP);
    }

    private static void noDelay(Socket socket) {
        try {
            socket.setTcpNoDelay(true);
        } catch (SocketException e) {
            // the connection is already gone: its handler finds out at once
        }
    }

    private static final class PromptSmtpServer extends SmtpServer {
        PromptSmtpServer(ServerSetup setup, Managers managers) {
            super(setup, managers);
        }

        @Override
        protected ProtocolHandler createProtocolHandler(Socket client) {
            noDelay(client);
            return super.createProtocolHandler(client);
        }
    }

    /** GreenMail's IMAP server as it is (its own class is final), its connections without Nagle. */
    private static final class PromptImapServer extends AbstractServer {
        PromptImapServer(ServerSetup setup, Managers managers) {
            super(setup, managers);
        }

        @Override
        protected ProtocolHandler createProtocolHandler(Socket client) {
            noDelay(client);
            return new ImapHandler(managers.getUserManager(), managers.getImapHostManager(), client);
        }
    }
}
