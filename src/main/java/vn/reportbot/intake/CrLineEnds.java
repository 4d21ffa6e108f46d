package vn.reportbot.intake;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A message written with CR alone at each line end (old Mac mail programs, some exports), given to Mime4j with CRLF:
 * Mime4j ends lines at LF only, so without this the whole message is one header line. A CR already followed by LF is
 * left as it is.
 */
final class CrLineEnds extends FilterInputStream {

    private boolean lineFeedOwed;
    private boolean afterCarriageReturn;

    CrLineEnds(InputStream in) {
        super(in);
    }

    /** Whether the first bytes of a message end their lines with CR alone: they hold a CR and no LF. */
    static boolean needed(byte[] head) {
        boolean cr = false;
        for (byte b : head) {
            if (b == '\n') {
                return false;
            }
            cr |= b == '\r';
        }
        return cr;
    }

    @Override
    public int read() throws IOException {
        if (lineFeedOwed) {
            lineFeedOwed = false;
            return '\n';
        }
        int b = in.read();
        if (b == '\n' && afterCarriageReturn) {
            afterCarriageReturn = false;
            return read();
        }
        afterCarriageReturn = b == '\r';
        lineFeedOwed = afterCarriageReturn;
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int n = 0;
        while (n < length) {
            if (n > 0 && !lineFeedOwed && in.available() <= 0) {
                break;
            }
            int b = read();
            if (b < 0) {
                break;
            }
            buffer[offset + n++] = (byte) b;
        }
        return n == 0 ? -1 : n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = 0;
        while (skipped < n && read() >= 0) {
            skipped++;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
