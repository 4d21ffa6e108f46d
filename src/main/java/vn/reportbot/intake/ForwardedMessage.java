package vn.reportbot.intake;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A message forwarded inside another, attached whole or as the other's whole body (its top-level Content-Type is
 * {@code message/rfc822}): how such a part is told, the stream it is parsed from, and what of it the outer message
 * shows. {@link MimeWalk} reads every forwarded message this way, whatever is kept of it.
 */
final class ForwardedMessage {

    /** The problem of a forwarded message that has no bytes but blank lines. */
    static final String EMPTY = "text not read: the forwarded message is empty";

    private ForwardedMessage() {
    }

    /** Whether a part of this (lower-case) type is a whole message. */
    static boolean is(String mimeType) {
        return mimeType.equals("message/rfc822") || mimeType.equals("message/global");
    }

    /** The sender line, subject, text and documents' text of a forwarded message, as the outer message quotes it. */
    static String text(ReceivedMessage inner) {
        StringBuilder text = new StringBuilder();
        if (inner.fromAddress() != null) {
            text.append("From: ").append(inner.fromName() == null ? "" : inner.fromName() + " ")
                    .append('<').append(inner.fromAddress()).append(">\n");
        }
        text.append("Subject: ").append(inner.subject()).append("\n\n").append(inner.text());
        for (Attachment a : inner.attachments()) {
            if (!a.text().isBlank()) {
                text.append("\n\n").append(a.text());
            }
        }
        return text.toString();
    }

    /** What could not be read in the forwarded message's own attachments, or {@code null}. */
    static String problemsInside(ReceivedMessage inner) {
        List<String> problems = new ArrayList<>();
        for (Attachment a : inner.attachments()) {
            if (a.problem() != null) {
                problems.add("in " + a.label() + ": " + a.problem());
            }
        }
        return problems.isEmpty() ? null : String.join("; ", problems);
    }

    /**
     * The stream a forwarded message is parsed from: it counts the bytes read through it, notes whether any was more
     * than a blank line, and cannot be closed. Mime4j's parser closes each body's stream once its handler has read it,
     * and the close goes down through every stream under it: when the forwarded message's own body is a single part
     * (its text, or a message forwarded in turn), it would close the outer message's stream, which its parser still
     * reads.
     */
    static final class Stream extends FilterInputStream {
        private long count;
        private boolean blank = true;

        Stream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        /** Whether nothing but line ends, spaces and tabs was read through it. */
        boolean blank() {
            return blank;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
                note(b);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
                for (int i = off; blank && i < off + n; i++) {
                    note(b[i]);
                }
            }
            return n;
        }

        private void note(int b) {
            if (b != '\r' && b != '\n' && b != ' ' && b != '\t') {
                blank = false;
            }
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            if (skipped > 0) {
                blank = false;
            }
            return skipped;
        }

        /** Leaves the outer message's stream open; its own parser reads it to the end. */
        @Override
        public void close() {
        }
    }
}
