package vn.reportbot.notify;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SMTP server on a free loopback port that takes a mail's envelope and data like any other, and then, at the end of
 * the data, either never answers (the client's read times out) or answers what it is given (a refusal); or, made with
 * {@link #refusing}, answers one command of the envelope ({@code MAIL}, {@code RCPT} or {@code DATA}) with a refusal.
 */
final class StallingSmtpServer implements Closeable {

    private final ServerSocket socket;
    private final String answerToEndOfData;
    private final AtomicInteger endsOfData = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final String refusedCommand;
    private final String refusal;
    private final Thread thread;

    /** @param answerToEndOfData the reply to the end of the data ({@code 451 …}), or null for none ever */
    StallingSmtpServer(String answerToEndOfData) throws IOException {
        this(answerToEndOfData, null, null);
    }

    /** A server that answers {@code command} ({@code MAIL}, {@code RCPT}, {@code DATA}) with {@code refusal}. */
    static StallingSmtpServer refusing(String command, String refusal) throws IOException {
        return new StallingSmtpServer("250 OK", command, refusal);
    }

    private StallingSmtpServer(String answerToEndOfData, String refusedCommand, String refusal) throws IOException {
        this.answerToEndOfData = answerToEndOfData;
        this.refusedCommand = refusedCommand;
        this.refusal = refusal;
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        thread = new Thread(this::serve, "stalling-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    /** How many times the command given to {@link #refusing} was refused. */
    int refusals() {
        return refused.get();
    }

    /** How many mails' data reached their end here. */
    int endsOfData() {
        return endsOfData.get();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException e) {
                // the client went away, or the server was closed
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = client.getOutputStream();
        say(out, "220 stalling.test ESMTP");
        boolean inData = false;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (inData) {
                if (line.equals(".")) {
                    inData = false;
                    endsOfData.incrementAndGet();
                    if (answerToEndOfData == null) {
                        continue; // never answered: the client times out waiting
                    }
                    say(out, answerToEndOfData);
                }
                continue;
            }
            String command = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(java.util.Locale.ROOT);
            if (command.equals(refusedCommand)) {
                refused.incrementAndGet();
                say(out, refusal);
                continue;
            }
            switch (command) {
                case "EHLO", "HELO" -> say(out, "250 stalling.test");
                case "DATA" -> {
                    inData = true;
                    say(out, "354 go ahead");
                }
                case "QUIT" -> {
                    say(out, "221 bye");
                    return;
                }
                default -> say(out, "250 OK");
            }
        }
    }

    private static void say(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
