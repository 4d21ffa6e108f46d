package vn.reportbot.intake;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.james.mime4j.codec.Base64InputStream;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.QuotedPrintableInputStream;
import org.apache.james.mime4j.util.MimeUtil;

/**
 * What {@link MessageReader} does about MIME that its sender got wrong, so that the words in it are not lost: a
 * text part labelled base64 that was never encoded, and a multipart whose Content-Type names no boundary.
 */
final class DamagedMime {

    private static final int SNIFF_BYTES = 8 * 1024;
    private static final Pattern DELIMITER = Pattern.compile(
            "(?m)^--([0-9A-Za-z'()+_,./:=?-][0-9A-Za-z'()+_,./:=? -]{0,69})\\r?\\n[\\x21-\\x39\\x3B-\\x7E]+[ \\t]*:");

    private DamagedMime() {
    }

    /**
     * The part's content with its Content-Transfer-Encoding undone, leniently (stray characters skipped). A text part
     * labelled base64 whose first bytes are plainly not base64 (words with spaces, 8-bit letters) is taken as written.
     */
    static InputStream decoded(String transferEncoding, InputStream raw, boolean text) throws IOException {
        if (MimeUtil.isBase64Encoding(transferEncoding)) {
            InputStream in = raw;
            if (text) {
                BufferedInputStream buffered = new BufferedInputStream(raw, SNIFF_BYTES);
                buffered.mark(SNIFF_BYTES);
                byte[] head = buffered.readNBytes(SNIFF_BYTES);
                buffered.reset();
                if (!looksLikeBase64(head)) {
                    return buffered;
                }
                in = buffered;
            }
            return new Base64InputStream(in, DecodeMonitor.SILENT);
        }
        if (MimeUtil.isQuotedPrintableEncoded(transferEncoding)) {
            return new QuotedPrintableInputStream(raw, DecodeMonitor.SILENT);
        }
        return raw;
    }

    /**
     * Gives the decoder's buffers back to Mime4j's recycler (the part it read is left alone), so that a message of many
     * small encoded parts does not allocate new ones for each.
     */
    static void release(InputStream decoded) throws IOException {
        if (decoded instanceof Base64InputStream || decoded instanceof QuotedPrintableInputStream) {
            decoded.close();
        }
    }

    /** At most one byte in ten, line ends aside, is outside the base64 alphabet and padding. */
    static boolean looksLikeBase64(byte[] head) {
        int counted = 0;
        int foreign = 0;
        for (byte x : head) {
            int b = x & 0xFF;
            if (b == '\r' || b == '\n') {
                continue;
            }
            counted++;
            boolean alphabet = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')
                    || b == '+' || b == '/' || b == '=';
            if (!alphabet) {
                foreign++;
            }
        }
        return foreign * 10 <= counted;
    }

    /**
     * The boundary a multipart without a boundary parameter uses: the first line of its first bytes that starts with
     * {@code --} and is followed by a header field line, or {@code null} when there is none.
     */
    static String guessBoundary(byte[] head) {
        Matcher m = DELIMITER.matcher(new String(head, StandardCharsets.ISO_8859_1));
        if (!m.find()) {
            return null;
        }
        String boundary = m.group(1).stripTrailing();
        return boundary.isEmpty() ? null : boundary;
    }
}
