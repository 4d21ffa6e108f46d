package vn.reportbot.intake;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Where a raw message starts: after a byte-order mark, blank lines and an mbox {@code From } line, on a line that
 * looks like a header field ({@code Name: value}). Bytes that start any other way are not an email message. A message
 * whose lines end with CR alone is read through {@link CrLineEnds}.
 */
final class MessageStart {

    private static final int SNIFF_BYTES = 8 * 1024;
    private static final int BUFFER_BYTES = 64 * 1024;
    private static final Pattern HEADER_LINE = Pattern.compile("^[\\x21-\\x39\\x3B-\\x7E]+[ \\t]*:");

    private MessageStart() {
    }

    /**
     * The message in {@code raw}, from its first header field on. Closing the stream returned leaves {@code raw} open:
     * Mime4j closes the body of a single-part message, and the stream it is read from with it.
     *
     * @throws MalformedMessageException when the first line after a mark, blank lines and a {@code From } line is not
     *         a header field
     */
    static InputStream skip(InputStream raw) throws IOException, MalformedMessageException {
        BufferedInputStream in = new BufferedInputStream(new LeftOpen(raw), BUFFER_BYTES);
        in.mark(SNIFF_BYTES + 1);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        int pos = 0;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            pos = 3;
        }
        while (pos < head.length && (head[pos] == '\r' || head[pos] == '\n')) {
            pos++;
        }
        if (startsWith(head, pos, "From ")) {
            while (pos < head.length && head[pos] != '\n') {
                pos++;
            }
            pos++;
        }
        int end = pos;
        while (end < head.length && head[end] != '\n' && end - pos < 1000) {
            end++;
        }
        String firstLine = pos >= head.length ? "" : new String(head, pos, end - pos, StandardCharsets.ISO_8859_1);
        if (!HEADER_LINE.matcher(firstLine).find()) {
            throw new MalformedMessageException("not an email message: no header fields found at the start");
        }
        in.skipNBytes(pos);
        return CrLineEnds.needed(head) ? new CrLineEnds(in) : in;
    }

    private static boolean startsWith(byte[] bytes, int pos, String prefix) {
        if (bytes.length - pos < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[pos + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** A stream whose {@code close} leaves the stream under it open: that belongs to whoever handed it over. */
    private static final class LeftOpen extends FilterInputStream {
        LeftOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
