package vn.reportbot;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on a loopback port of its own in front of a real server (SMTP, IMAP, PostgreSQL), which a fault test
 * turns bad and good again while the service talks through it: {@link Mode#PASS} forwards both ways;
 * {@link Mode#REFUSE} closes every new connection at once (and drops the open ones); {@link Mode#BLACKHOLE} accepts
 * and reads but never forwards nor answers, so that the client times out; {@link #cutAfterBytes} drops a
 * connection once so many bytes went from the client to the server (mid-message, mid-fetch); {@link #whenClientSends}
 * does something (delivers a message, counts) just before the client's bytes with a marker reach the server. Everything
 * is real sockets: the service sees what it would see of a failing network or server.
 */
public final class FaultyProxy implements AutoCloseable {

    public enum Mode { PASS, REFUSE, BLACKHOLE }

    private final InetSocketAddress target;
    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong connections = new AtomicLong();
    private volatile Mode mode = Mode.PASS;
    /** When positive: a connection is cut once this many bytes went from client to server on it. */
    private volatile long cutClientBytes = -1;
    /** When positive: a connection is cut once this many bytes went from server to client on it. */
    private volatile long cutServerBytes = -1;
    /** When set: a connection is cut as soon as the client sent these bytes on it (the marker itself is forwarded). */
    private volatile byte[] cutClientMarker;
    /** Each run before the client's bytes that hold its marker are forwarded. */
    private final java.util.List<Hook> hooks = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean closed;

    private FaultyProxy(InetSocketAddress target) throws IOException {
        this.target = target;
        this.server = new ServerSocket();
        // a small window, inherited by the connections accepted: a client sending a large mail cannot have handed the
        // kernel all of it by the time a cut in its first bytes drops the connection, so the client sees the cut
        server.setReceiveBufferSize(16 * 1024);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        Thread acceptor = new Thread(this::accept, "faulty-proxy-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A proxy in front of {@code host:port}, forwarding until told otherwise. */
    public static FaultyProxy inFrontOf(String host, int port) throws IOException {
        return new FaultyProxy(new InetSocketAddress(host, port));
    }

    /** The loopback port the service is to connect to instead of the server's. */
    public int port() {
        return server.getLocalPort();
    }

    /** How many connections were accepted so far. */
    public long connections() {
        return connections.get();
    }

    /** Turns the proxy good or bad; {@link Mode#REFUSE} and {@link Mode#BLACKHOLE} also drop the open connections. */
    public void mode(Mode mode) {
        this.mode = mode;
        if (mode != Mode.PASS) {
            dropAll();
        }
    }

    /** Cuts each new connection once {@code bytes} went from the client to the server (negative: never). */
    public void cutAfterClientBytes(long bytes) {
        this.cutClientBytes = bytes;
    }

    /** Cuts each new connection once {@code bytes} went from the server to the client (negative: never). */
    public void cutAfterServerBytes(long bytes) {
        this.cutServerBytes = bytes;
    }

    /**
     * Cuts each new connection as soon as the client sent {@code marker} on it, the marker included (null: never):
     * {@code "\r\n.\r\n"} cuts an SMTP connection just after the end of a mail's data, before the server's answer.
     */
    public void cutWhenClientSent(String marker) {
        this.cutClientMarker = marker == null ? null : marker.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /**
     * Runs {@code action} each time a client is about to send {@code marker} (within one read of its bytes), before
     * those bytes go on to the server: {@code " IDLE\r\n"} delivers a message in the moment before the server starts
     * an IMAP IDLE. Added to those set before.
     */
    public void whenClientSends(String marker, Runnable action) {
        hooks.add(new Hook(marker.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), action));
    }

    private record Hook(byte[] marker, Runnable action) {
    }

    /** Cuts each new connection once {@code bytes} went from the client (shorthand of {@link #cutAfterClientBytes}). */
    public void cutAfterBytes(long bytes) {
        cutAfterClientBytes(bytes);
    }

    /** Drops every open connection, as a server restarting or a network failing would. */
    public void dropAll() {
        for (Socket socket : open) {
            quietlyClose(socket);
        }
        open.clear();
    }

    @Override
    public void close() {
        closed = true;
        quietlyClose(server);
        dropAll();
    }

    private void accept() {
        while (!closed) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return;
            }
            connections.incrementAndGet();
            Mode now = mode;
            if (now == Mode.REFUSE) {
                quietlyClose(client);
                continue;
            }
            open.add(client);
            if (now == Mode.BLACKHOLE) {
                start(() -> swallow(client), "faulty-proxy-blackhole");
                continue;
            }
            Socket upstream = new Socket();
            try {
                upstream.connect(target, 5_000);
            } catch (IOException e) {
                quietlyClose(client);
                quietlyClose(upstream);
                open.remove(client);
                continue;
            }
            open.add(upstream);
            long clientLimit = cutClientBytes;
            long serverLimit = cutServerBytes;
            byte[] marker = cutClientMarker;
            start(() -> pump(client, upstream, clientLimit, marker, true), "faulty-proxy-up");
            start(() -> pump(upstream, client, serverLimit, null, false), "faulty-proxy-down");
        }
    }

    private void pump(Socket from, Socket to, long limit, byte[] marker, boolean fromClient) {
        byte[] buffer = new byte[8192];
        long moved = 0;
        byte[] tail = new byte[0]; // the last bytes forwarded, for a marker split across two reads
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                for (Hook hook : fromClient ? hooks : java.util.List.<Hook>of()) {
                    if (endOf(hook.marker(), new byte[0], buffer, n) >= 0) {
                        hook.action().run();
                    }
                }
                if (marker != null) {
                    int end = endOf(marker, tail, buffer, n);
                    if (end >= 0) {
                        quietlyClose(from); // first, so that no answer to what follows reaches the client
                        out.write(buffer, 0, end);
                        out.flush();
                        break;
                    }
                    tail = lastBytes(tail, buffer, n, marker.length - 1);
                }
                if (limit >= 0 && moved + n >= limit) {
                    int part = (int) Math.max(0, limit - moved);
                    out.write(buffer, 0, part);
                    out.flush();
                    break;
                }
                out.write(buffer, 0, n);
                out.flush();
                moved += n;
            }
        } catch (IOException e) {
            // one side went away: drop both, as a broken connection does
        } finally {
            quietlyClose(from);
            quietlyClose(to);
            open.remove(from);
            open.remove(to);
        }
    }

    /** How many bytes of {@code buffer} go up to the end of the first {@code marker} in tail + buffer; -1 if none. */
    private static int endOf(byte[] marker, byte[] tail, byte[] buffer, int n) {
        byte[] joined = new byte[tail.length + n];
        System.arraycopy(tail, 0, joined, 0, tail.length);
        System.arraycopy(buffer, 0, joined, tail.length, n);
        outer:
        for (int i = 0; i + marker.length <= joined.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (joined[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return i + marker.length - tail.length;
        }
        return -1;
    }

    private static byte[] lastBytes(byte[] tail, byte[] buffer, int n, int keep) {
        byte[] joined = new byte[tail.length + n];
        System.arraycopy(tail, 0, joined, 0, tail.length);
        System.arraycopy(buffer, 0, joined, tail.length, n);
        return java.util.Arrays.copyOfRange(joined, Math.max(0, joined.length - keep), joined.length);
    }

    private void swallow(Socket client) {
        byte[] buffer = new byte[8192];
        try (InputStream in = client.getInputStream()) {
            while (in.read(buffer) >= 0) {
                // read and never answer
            }
        } catch (IOException e) {
            // dropped
        } finally {
            quietlyClose(client);
            open.remove(client);
        }
    }

    private static void start(Runnable body, String name) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void quietlyClose(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (SocketException e) {
            // already closed
        } catch (IOException e) {
            // nothing to do
        }
    }
}
