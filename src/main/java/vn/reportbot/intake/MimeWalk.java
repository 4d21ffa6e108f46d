package vn.reportbot.intake;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.util.ByteSequence;

/**
 * The one walk over the parts of a message, whatever is kept of it: Mime4j's parser streams the message once and each
 * body part is taken by the rules of {@link Part}. A document is read through the message's
 * {@link DocumentCollector}, any other attachment is only counted, a forwarded message is read in turn through
 * {@link Nested} (down to {@link MessageReader#MAX_NESTING} levels), and the text, HTML and delivery status parts are
 * decoded into strings up to their limits. What senders get wrong is read as {@link DamagedMime} says. Nothing is
 * written to temporary storage.
 *
 * <p>What the walk gives is this message's own: its header fields, its text parts and its attachments (a forwarded
 * message among them as one attachment).
 */
final class MimeWalk extends AbstractContentHandler {

    private static final int MAX_STATUS_BYTES = 256 * 1024;
    private static final int SNIFF_BYTES = 8 * 1024;

    /** Reads a message attached to the walked one, {@code depth} levels down, into what the outer message shows. */
    interface Nested {
        ReceivedMessage read(InputStream in, int depth) throws MalformedMessageException;
    }

    private final DocumentCollector documents;
    private final Nested nested;
    private final int depth;
    private final Deque<Part> stack = new ArrayDeque<>();
    private final List<String> plain = new ArrayList<>();
    private final List<String> html = new ArrayList<>();
    private final List<Attachment> attachments = new ArrayList<>();
    private final StringBuilder deliveryStatus = new StringBuilder();
    private Part top;
    /** The sender of this message when it is an attached one, for its documents. */
    private String forwardedFrom;
    private MimeStreamParser parser;

    private MimeWalk(DocumentCollector documents, Nested nested, int depth) {
        this.documents = documents;
        this.nested = nested;
        this.depth = depth;
    }

    /**
     * Walks the message read from {@code in} (from its first header field on), {@code depth} levels down from the
     * message read (0 for that one).
     */
    static MimeWalk over(InputStream in, int depth, DocumentCollector documents, Nested nested)
            throws IOException, MimeException {
        MimeWalk walk = new MimeWalk(documents, nested, depth);
        walk.parser = MessageReader.parser(walk);
        walk.parser.parse(in);
        return walk;
    }

    /** The message's own header fields; empty when it has none. */
    Headers headers() {
        return top == null ? new Headers() : top.headers;
    }

    /** Its text/plain parts (and a body that a multipart without parts left), decoded, in order. */
    List<String> plain() {
        return plain;
    }

    /** Its text/html parts, decoded, in order. */
    List<String> html() {
        return html;
    }

    /** The text of its delivery status parts, each followed by a line end; empty when it has none. */
    String deliveryStatus() {
        return deliveryStatus.toString();
    }

    /** Its attachments, in order. */
    List<Attachment> attachments() {
        return attachments;
    }

    @Override
    public void startMessage() {
        push();
    }

    @Override
    public void endMessage() {
        stack.pollFirst();
    }

    @Override
    public void startBodyPart() {
        Part multipart = stack.peekFirst();
        if (multipart != null) {
            multipart.bodyParts++;
        }
        push();
    }

    @Override
    public void endBodyPart() {
        stack.pollFirst();
    }

    private void push() {
        Part p = new Part();
        if (top == null) {
            top = p;
        }
        stack.push(p);
    }

    @Override
    public void preamble(InputStream in) throws IOException {
        Part multipart = stack.peekFirst();
        if (multipart != null) {
            multipart.preamble = readText(in, multipart, MessageReader.MAX_TEXT_BYTES);
        }
    }

    /** A boundary declared but never used: what Mime4j took for the preamble is the whole body. */
    @Override
    public void endMultipart() {
        Part multipart = stack.peekFirst();
        if (multipart != null && multipart.bodyParts == 0 && multipart.preamble != null
                && !multipart.preamble.isBlank()) {
            plain.add(multipart.preamble);
        }
    }

    @Override
    public void field(Field field) {
        Part p = stack.peekFirst();
        if (p != null) {
            p.headers.add(field.getName().trim(), HeaderText.unfold(rawValue(field)).trim());
        }
    }

    @Override
    public void endHeader() {
        Part p = stack.peekFirst();
        if (p == null) {
            return;
        }
        if (p == top) {
            if (p.headers.size() == 0) {
                parser.stop();
            }
            forwardedFrom = depth > 0 ? Addresses.sender(p.headers.first("From")) : null;
        }
        p.headerEnded();
    }

    @Override
    public void body(BodyDescriptor bd, InputStream raw) throws IOException, MimeException {
        Part p = stack.peekFirst();
        if (p == null) {
            documents.skip(raw);
            return;
        }
        String mimeType = p.mimeType(bd);
        String fileName = p.fileName();
        boolean text = fileName == null && mimeType.startsWith("text/");
        InputStream in = DamagedMime.decoded(bd.getTransferEncoding(), raw, text);
        try {
            content(p, mimeType, fileName, in);
        } finally {
            DamagedMime.release(in);
        }
    }

    private void content(Part p, String mimeType, String fileName, InputStream in) throws IOException, MimeException {
        if (mimeType.startsWith("multipart/")) {
            readWithoutBoundary(mimeType, in, p);
            return;
        }
        if (p.isAttachment(mimeType, fileName)) {
            if (depth == 0) {
                in = documents.offer(attachments.size(), fileName, mimeType, in);
            }
            attachments.add(attachment(fileName, mimeType, in));
            return;
        }
        switch (mimeType) {
            case "text/plain", "text" -> plain.add(readText(in, p, MessageReader.MAX_TEXT_BYTES));
            case "text/html" -> html.add(readText(in, p, MessageReader.MAX_TEXT_BYTES));
            case "message/delivery-status", "text/delivery-status", "message/global-delivery-status" ->
                    deliveryStatus.append(readText(in, p, MAX_STATUS_BYTES)).append('\n');
            default -> documents.skip(in);
        }
    }

    private Attachment attachment(String fileName, String mimeType, InputStream in) throws IOException {
        if (ForwardedMessage.is(mimeType)) {
            return attachedMessage(fileName, mimeType, in);
        }
        String documentName = AttachmentTextReader.documentName(fileName, mimeType);
        if (documentName == null) {
            return new Attachment(fileName, mimeType, documents.skip(in));
        }
        return documents.read(fileName, mimeType, documentName, in, forwardedFrom);
    }

    /**
     * A multipart whose Content-Type names no boundary, which Mime4j hands over as one body: parsed again with the
     * boundary its first delimiter line shows, or read as text when it shows none.
     */
    private void readWithoutBoundary(String mimeType, InputStream in, Part p) throws IOException, MimeException {
        BufferedInputStream body = new BufferedInputStream(in, SNIFF_BYTES);
        body.mark(SNIFF_BYTES);
        byte[] head = body.readNBytes(SNIFF_BYTES);
        body.reset();
        String boundary = DamagedMime.guessBoundary(head);
        if (boundary == null) {
            plain.add(readText(body, p, MessageReader.MAX_TEXT_BYTES));
            return;
        }
        byte[] header = ("Content-Type: " + mimeType + "; boundary=\"" + boundary + "\"\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        MessageReader.parser(this).parse(new SequenceInputStream(new ByteArrayInputStream(header), body));
    }

    /**
     * A forwarded message, attached whole or as the whole body: its headers that matter, its text and its documents'
     * text.
     */
    private Attachment attachedMessage(String fileName, String mimeType, InputStream in) throws IOException {
        if (depth + 1 > MessageReader.MAX_NESTING) {
            return new Attachment(fileName, mimeType, documents.skip(in), "",
                    "text not read: messages attached " + MessageReader.MAX_NESTING + " levels deep are not read further");
        }
        ForwardedMessage.Stream forwarded = new ForwardedMessage.Stream(in);
        try {
            ReceivedMessage inner = nested.read(forwarded, depth + 1);
            documents.skip(forwarded);
            return new Attachment(fileName, mimeType, forwarded.count(), ForwardedMessage.text(inner),
                    ForwardedMessage.problemsInside(inner));
        } catch (MalformedMessageException e) {
            documents.skip(forwarded);
            return new Attachment(fileName, mimeType, forwarded.count(), "",
                    forwarded.blank() ? ForwardedMessage.EMPTY : "text not read: " + e.getMessage());
        }
    }

    private static String readText(InputStream in, Part p, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            int room = limit - out.size();
            if (room > 0) {
                out.write(buf, 0, Math.min(room, n));
            }
        }
        return Charsets.decode(out.toByteArray(), p.charset());
    }

    /** A field's value as received: raw 8-bit bytes read as UTF-8 or Windows-1252, not yet RFC 2047-decoded. */
    private static String rawValue(Field field) {
        ByteSequence raw = field.getRaw();
        if (raw == null) {
            return field.getBody();
        }
        String line = HeaderText.rawToString(raw.toByteArray());
        int colon = line.indexOf(':');
        return colon >= 0 ? line.substring(colon + 1) : field.getBody();
    }
}
