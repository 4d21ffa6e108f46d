package vn.reportbot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Delivers bytes exactly as given over SMTP, the way a careless client would: no parsing, no
 * re-encoding, so that even a message that is not MIME reaches the mailbox as it is.
 */
public final class RawSmtp {

    private RawSmtp() {
    }

    public static void deliver(int port, String from, String to, byte[] message) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            expect(in, "220");
            command(out, in, "HELO test.local", "250");
            command(out, in, "MAIL FROM:<" + from + ">", "250");
            command(out, in, "RCPT TO:<" + to + ">", "250");
            command(out, in, "DATA", "354");
            String text = new String(message, StandardCharsets.ISO_8859_1).replace("\r\n", "\n").replace("\n", "\r\n");
            StringBuilder stuffed = new StringBuilder();
            for (String line : text.split("\r\n", -1)) {
                stuffed.append(line.startsWith(".") ? "." + line : line).append("\r\n");
            }
            out.write(stuffed.toString().getBytes(StandardCharsets.ISO_8859_1));
            command(out, in, ".", "250");
            command(out, in, "QUIT", "221");
        }
    }

    private static void command(OutputStream out, BufferedReader in, String line, String expected) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        expect(in, expected);
    }

    private static void expect(BufferedReader in, String code) throws IOException {
        String line;
        do {
            line = in.readLine();
            if (line == null) {
                throw new IOException("SMTP server closed the connection, expected " + code);
            }
        } while (line.length() > 3 && line.charAt(3) == '-');
        if (!line.startsWith(code)) {
            throw new IOException("SMTP server answered '" + line + "', expected " + code);
        }
    }
}
