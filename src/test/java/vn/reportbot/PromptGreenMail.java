package vn.reportbot;

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
 * GreenMail whose IMAP and SMTP connections answer without delay ({@code TCP_NODELAY}), as Dovecot or Gmail do.
 * GreenMail writes each line of a reply on its own; under Nagle's algorithm the last line then waits for the
 * client's delayed ACK, about 40 ms, so every IMAP command and SMTP session takes 40 ms or more. Thousands of
 * messages would take many minutes for that reason alone.
 *
 * <p>Its IMAP server is not GreenMail's {@code ImapServer} (a final class), so {@link #getImap()} cannot be used:
 * ask {@link #imapPort()}.
 */
final class PromptGreenMail extends GreenMail {

    PromptGreenMail(ServerSetup... setups) {
        super(setups);
    }

    int imapPort() {
        return services.get("imap").getPort();
    }

    int smtpPort() {
        return services.get("smtp").getPort();
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] setups, Managers managers) {
        Map<String, AbstractServer> servers = super.createServices(setups, managers);
        for (ServerSetup setup : setups) {
            if (setup.getProtocol().equals(ServerSetup.PROTOCOL_IMAP)) {
                servers.put(setup.getProtocol(), new PromptImapServer(setup, managers));
            } else if (setup.getProtocol().equals(ServerSetup.PROTOCOL_SMTP)) {
                servers.put(setup.getProtocol(), new PromptSmtpServer(setup, managers));
            }
        }
        // as patient as a real server (RFC 3501: 30 minutes for an idle IMAP client), not GreenMail's 30 seconds,
        // which drop a poll's connection while a loaded machine records a batch
        servers.values().forEach(server -> server.setClientSocketTimeout(30 * 60_000));
        return servers;
    }

    private static final class PromptImapServer extends AbstractServer {

        PromptImapServer(ServerSetup setup, Managers managers) {
            super(setup, managers);
        }

        @Override
        protected void handleClientSocket(Socket socket) throws SocketException {
            socket.setTcpNoDelay(true);
            super.handleClientSocket(socket);
        }

        @Override
        protected ProtocolHandler createProtocolHandler(Socket socket) {
            return new ImapHandler(managers.getUserManager(), managers.getImapHostManager(), socket);
        }
    }

    private static final class PromptSmtpServer extends SmtpServer {

        PromptSmtpServer(ServerSetup setup, Managers managers) {
            super(setup, managers);
        }

        @Override
        protected void handleClientSocket(Socket socket) throws SocketException {
            socket.setTcpNoDelay(true);
            super.handleClientSocket(socket);
        }
    }
}
