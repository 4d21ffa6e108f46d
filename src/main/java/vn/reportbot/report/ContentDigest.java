package vn.reportbot.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import vn.reportbot.intake.ReceivedMessage;

/**
 * What makes two deliveries the same message although their bytes differ: the servers on the way add their own
 * trace fields ({@code Received}, {@code Delivered-To}, {@code Authentication-Results}…) at the top of the header,
 * but leave the Message-ID, the sender, the subject, the date and the body as the sender wrote them. The digest is
 * taken over those.
 */
final class ContentDigest {

    private ContentDigest() {
    }

    /**
     * The hex SHA-256 of the message's Message-ID (or its lack), sender, subject, {@code Date:} and raw body
     * (everything after the header). Another Message-ID is another message, whatever else it shares.
     */
    static String of(ReceivedMessage message, byte[] raw) {
        MessageDigest digest = sha256();
        for (String part : new String[] {message.messageId(), message.fromAddress(), message.subject(),
                message.date() == null ? null : message.date().toString()}) {
            digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        int body = bodyStart(raw);
        digest.update(raw, body, raw.length - body);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Where the body begins: after the first empty line, whatever the line endings; the end when there is none. */
    static int bodyStart(byte[] raw) {
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] != '\n' && raw[i] != '\r') {
                continue;
            }
            int next = raw[i] == '\r' && i + 1 < raw.length && raw[i + 1] == '\n' ? i + 2 : i + 1;
            if (next < raw.length && (raw[next] == '\n' || raw[next] == '\r')) {
                int after = raw[next] == '\r' && next + 1 < raw.length && raw[next + 1] == '\n' ? next + 2 : next + 1;
                return after;
            }
            i = next - 1;
        }
        return raw.length;
    }

    static String sha256(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
