package vn.reportbot.system;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Properties;

import javax.net.SocketFactory;

/**
 * Plain sockets with Nagle's algorithm off ({@code TCP_NODELAY}), for Jakarta Mail's IMAP and SMTP connections. Mail
 * protocols answer each command before the next, and Jakarta Mail writes some commands in two pieces (the end of an
 * SMTP message's data, {@code .}, goes after the data): with Nagle on, the second piece waits for the server to
 * acknowledge the first, which a server holds back for up to 40 ms (delayed ACK), so that every message sent paid
 * those 40 ms. TLS, implicit or by STARTTLS, is laid over these sockets by Jakarta Mail as before.
 */
public final class PromptSockets extends SocketFactory {

    private static final PromptSockets INSTANCE = new PromptSockets();

    private PromptSockets() {
    }

    /**
     * Makes the sessions of these properties open their connections of each protocol ({@code imap}, {@code imaps},
     * {@code smtp}, {@code smtps}) with this factory, unless they name a socket factory or a SOCKS proxy of their own
     * (a SOCKS proxy needs Jakarta Mail's own socket).
     */
    public static Properties applyTo(Properties properties, String... protocols) {
        for (String protocol : protocols) {
            String prefix = "mail." + protocol + ".";
            if (properties.get(prefix + "socketFactory") == null && properties.get(prefix + "socketFactory.class") == null
                    && properties.get(prefix + "socks.host") == null) {
                properties.put(prefix + "socketFactory", INSTANCE);
            }
        }
        return properties;
    }

    @Override
    public Socket createSocket() throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        return socket;
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port), null);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return connected(new InetSocketAddress(address, port), new InetSocketAddress(localAddress, localPort));
    }

    /** A socket of this factory connected to {@code remote}, bound first to {@code local} unless it is null. */
    private Socket connected(InetSocketAddress remote, InetSocketAddress local) throws IOException {
        Socket socket = createSocket();
        if (local != null) {
            socket.bind(local);
        }
        socket.connect(remote);
        return socket;
    }
}
