package vn.reportbot.intake;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.MimeIOException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.ContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.util.ByteSequence;

import vn.reportbot.text.LegacyVietnamese;
import vn.reportbot.text.VietnameseText;

/**
 * Reads one raw RFC 5322 message into a {@link ReceivedMessage}. The project's only Mime4j entry
 * point: the message is streamed through Mime4j's parser once; text parts are decoded into strings, attached
 * documents are read for their text one at a time within the limits of {@link AttachmentTextReader} (a larger one is
 * only counted), attached messages are read in turn down to {@link #MAX_NESTING} levels, and nothing is written to
 * temporary storage.
 *
 * <p>Thread-safe: the configuration is immutable and each call uses its own parser.
 */
public final class MessageReader {

    /** Text parts beyond this many decoded bytes are counted but not kept. */
    static final int MAX_TEXT_BYTES = 4 * 1024 * 1024;
    private static final int MAX_STATUS_BYTES = 256 * 1024;
    private static final int SNIFF_BYTES = 8 * 1024;
    /** Messages attached to messages are read this many levels deep. */
    static final int MAX_NESTING = 3;

    static final MimeConfig CONFIG = new MimeConfig.Builder()
            .setStrictParsing(false)
            .setMalformedHeaderStartsBody(false)
            .setMaxHeaderCount(1_000)
            .setMaxHeaderLen(256 * 1024)
            .setMaxLineLen(1_000_000)
            .setMaxContentLen(-1)
            .build();

    /** Logs nothing and never throws: bad encodings are decoded as well as possible. */
    static final DecodeMonitor LENIENT = DecodeMonitor.SILENT;

    private static final Pattern ANGLE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final Set<String> RECIPIENT_HEADERS = Set.of("to", "cc", "delivered-to", "x-original-to");

    private final MessageKindDetector detector = new MessageKindDetector();
    private final AttachmentTextReader documents = new AttachmentTextReader();

    /** Reads a whole message held in memory. */
    public ReceivedMessage read(byte[] raw) throws MalformedMessageException {
        return read(new ByteArrayInputStream(raw));
    }

    /**
     * The documents attached to a message held in memory, and to the messages forwarded inside it as attachments,
     * each with its content and text, within the limits {@link #read} applies. Meant for the few messages whose
     * documents are to be kept (a dispatch a staff member sends); {@link #read} keeps none.
     *
     * @throws MalformedMessageException when the bytes are not an email message
     */
    public List<AttachedDocument> documents(byte[] raw) throws MalformedMessageException {
        try {
            return DocumentCollector.collect(documents, MessageStart.skip(new ByteArrayInputStream(raw)));
        } catch (MimeException e) {
            throw new MalformedMessageException("not a readable email message: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the message failed", e);
        }
    }

    /**
     * Reads one message from the stream (which is read to its end but not closed).
     *
     * @throws MalformedMessageException when the bytes are not an email message (no header fields at
     *         the start, or none of From, Date and Message-ID) or their MIME structure breaks the limits
     * @throws UncheckedIOException when reading the stream itself fails
     */
    public ReceivedMessage read(InputStream raw) throws MalformedMessageException {
        return read(raw, 0);
    }

    private ReceivedMessage read(InputStream raw, int depth) throws MalformedMessageException {
        try {
            InputStream in = MessageStart.skip(raw);
            Collector collector = new Collector(this, depth);
            MimeStreamParser parser = parser(collector);
            collector.parser = parser;
            parser.parse(in);
            return build(collector);
        } catch (MimeIOException e) {
            throw new MalformedMessageException("not a readable email message: " + e.getMessage(), e);
        } catch (MimeException e) {
            throw new MalformedMessageException("not a readable email message: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the message failed", e);
        }
    }

    /** A parser that hands each part's content undecoded ({@link DamagedMime#decoded} decodes it). */
    private static MimeStreamParser parser(ContentHandler handler) {
        MimeStreamParser parser = new MimeStreamParser(CONFIG, LENIENT, null);
        parser.setContentDecoding(false);
        parser.setNoRecurse();
        parser.setContentHandler(handler);
        return parser;
    }

    private ReceivedMessage build(Collector c) throws MalformedMessageException {
        Headers h = c.top == null ? new Headers() : c.top.headers;
        if (h.size() == 0) {
            throw new MalformedMessageException("not an email message: no header fields found at the start");
        }
        if (!h.has("From") && !h.has("Date") && !h.has("Message-ID")) {
            throw new MalformedMessageException("not an email message: no From, Date or Message-ID header");
        }
        String subject = clean(HeaderText.decodeWords(h.first("Subject")));
        List<Addresses.Mailbox> senders = Addresses.parse(h.first("From"));
        Addresses.Mailbox from = senders.isEmpty() ? null : senders.get(0);
        String fromAddress = Addresses.sender(h.first("From"));
        String fromName = from == null ? null : from.name();

        Set<String> recipients = new LinkedHashSet<>();
        for (Headers.Field f : c.top.headers.fields()) {
            if (RECIPIENT_HEADERS.contains(f.name().toLowerCase(Locale.ROOT))) {
                recipients.addAll(addresses(f.value()));
            }
        }

        String text = c.bodyText();
        String ownText = QuoteSplitter.ownText(text);

        HeaderText.Structured contentType = HeaderText.parseStructured(h.first("Content-Type"));
        String mimeType = contentType.value().isEmpty() ? "text/plain" : contentType.value();
        MessageKindDetector.Verdict verdict = detector.detect(new MessageKindDetector.Facts(
                h, subject, fromAddress, mimeType, contentType.param("report-type")));
        String failed = verdict.kind() == MessageKind.BOUNCE ? FailedRecipients.of(h, c.deliveryStatus.toString(), text, fromAddress, recipients) : null;

        return new ReceivedMessage(
                firstId(h.first("Message-ID"), true),
                firstId(h.first("In-Reply-To"), false),
                allIds(h.first("References")),
                fromAddress,
                fromName,
                List.copyOf(recipients),
                subject,
                MailDates.parse(h.first("Date")),
                text,
                ownText,
                c.attachments,
                verdict.kind(),
                verdict.reason(),
                failed,
                SenderAuthentication.of(h.all("Authentication-Results")),
                receivedDate(h.first("Received")));
    }

    /** The date after the last {@code ;} of a {@code Received} field (RFC 5321 section 4.4), or null. */
    private static OffsetDateTime receivedDate(String received) {
        int semicolon = received == null ? -1 : received.lastIndexOf(';');
        return semicolon < 0 ? null : MailDates.parse(received.substring(semicolon + 1));
    }

    // ---------------------------------------------------------------- headers

    private static String clean(String decoded) {
        return decoded == null ? "" : decoded.strip();
    }

    private static List<String> addresses(String value) {
        List<String> out = new ArrayList<>();
        for (Addresses.Mailbox m : Addresses.parse(value)) {
            out.add(m.address());
        }
        return out;
    }

    private static String firstId(String value, boolean keepBare) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher m = ANGLE_ID.matcher(value);
        if (m.find()) {
            return m.group();
        }
        String bare = value.trim();
        return keepBare && !bare.contains(" ") ? bare : null;
    }

    private static List<String> allIds(String value) {
        List<String> ids = new ArrayList<>();
        if (value != null) {
            Matcher m = ANGLE_ID.matcher(value);
            while (m.find()) {
                ids.add(m.group());
            }
        }
        return ids;
    }

    /** A field's value as received: raw 8-bit bytes read as UTF-8 or Windows-1252, not yet RFC 2047-decoded. */
    static String rawValue(Field field) {
        ByteSequence raw = field.getRaw();
        if (raw == null) {
            return field.getBody();
        }
        String line = HeaderText.rawToString(raw.toByteArray());
        int colon = line.indexOf(':');
        return colon >= 0 ? line.substring(colon + 1) : field.getBody();
    }

    /** A part's decoded file name, from Content-Disposition or else Content-Type, without any folder; or null. */
    static String fileName(HeaderText.Structured contentType, HeaderText.Structured disposition) {
        String name = disposition.param("filename");
        if (name == null || name.isBlank()) {
            name = contentType.param("name");
        }
        if (name == null || name.isBlank()) {
            return null;
        }
        String decoded = HeaderText.decodeWords(name).strip();
        int slash = Math.max(decoded.lastIndexOf('/'), decoded.lastIndexOf('\\'));
        return slash >= 0 && slash < decoded.length() - 1 ? decoded.substring(slash + 1) : decoded;
    }

    /**
     * Whether a part is listed as an attachment rather than read as the message's text: it has a file name, is marked
     * as an attachment, is a forwarded message, or is of a document type.
     */
    static boolean isAttachment(String mimeType, String fileName, HeaderText.Structured disposition) {
        return fileName != null || disposition.value().equals("attachment") || ForwardedMessage.is(mimeType)
                || (!mimeType.startsWith("text/") && AttachmentTextReader.documentName(null, mimeType) != null);
    }

    // ---------------------------------------------------------------- parsing

    /** One MIME entity being parsed. */
    private static final class Part {
        final Headers headers = new Headers();
        HeaderText.Structured contentType;
        HeaderText.Structured disposition;
        int bodyParts;
        String preamble;
    }

    /** Receives Mime4j's parse events; keeps text and the text of documents, counts everything else. */
    private static final class Collector extends AbstractContentHandler {
        final MessageReader reader;
        final int depth;
        int documentsRead;
        MimeStreamParser parser;
        Part top;
        final Deque<Part> stack = new ArrayDeque<>();
        final List<String> plain = new ArrayList<>();
        final List<String> html = new ArrayList<>();
        final List<Attachment> attachments = new ArrayList<>();
        final StringBuilder deliveryStatus = new StringBuilder();
        private final byte[] skipBuffer = new byte[8192];

        Collector(MessageReader reader, int depth) {
            this.reader = reader;
            this.depth = depth;
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
        public void preamble(InputStream in) throws IOException {
            Part multipart = stack.peekFirst();
            if (multipart != null) {
                multipart.preamble = readText(in, multipart, MAX_TEXT_BYTES);
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
        public void field(Field field) {
            Part p = stack.peekFirst();
            if (p == null) {
                return;
            }
            p.headers.add(field.getName().trim(), HeaderText.unfold(rawValue(field)).trim());
        }

        @Override
        public void endHeader() {
            Part p = stack.peekFirst();
            if (p == null) {
                return;
            }
            if (p == top && p.headers.size() == 0) {
                parser.stop();
            }
            p.contentType = HeaderText.parseStructured(p.headers.first("Content-Type"));
            p.disposition = HeaderText.parseStructured(p.headers.first("Content-Disposition"));
        }

        @Override
        public void body(BodyDescriptor bd, InputStream raw) throws IOException, MimeException {
            Part p = stack.peekFirst();
            if (p == null) {
                raw.transferTo(OutputSink.INSTANCE);
                return;
            }
            String mimeType = p.contentType.value().isEmpty()
                    ? bd.getMimeType().toLowerCase(Locale.ROOT) : p.contentType.value();
            String fileName = fileName(p);
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
            if (isAttachment(mimeType, fileName, p.disposition)) {
                attachments.add(ForwardedMessage.is(mimeType)
                        ? attachedMessage(fileName, mimeType, in) : attachment(fileName, mimeType, in));
                return;
            }
            switch (mimeType) {
                case "text/plain", "text" -> plain.add(readText(in, p, MAX_TEXT_BYTES));
                case "text/html" -> html.add(readText(in, p, MAX_TEXT_BYTES));
                case "message/delivery-status", "text/delivery-status", "message/global-delivery-status" ->
                        deliveryStatus.append(readText(in, p, MAX_STATUS_BYTES)).append('\n');
                default -> count(in);
            }
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
                plain.add(readText(body, p, MAX_TEXT_BYTES));
                return;
            }
            byte[] header = ("Content-Type: " + mimeType + "; boundary=\"" + boundary + "\"\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            parser(this).parse(new SequenceInputStream(new ByteArrayInputStream(header), body));
        }

        private Attachment attachment(String fileName, String mimeType, InputStream in) throws IOException {
            String documentName = AttachmentTextReader.documentName(fileName, mimeType);
            if (documentName == null) {
                return new Attachment(fileName, mimeType, count(in));
            }
            if (documentsRead >= AttachmentTextReader.MAX_DOCUMENTS) {
                return new Attachment(fileName, mimeType, count(in), "", AttachmentTextReader.tooMany());
            }
            byte[] bytes = in.readNBytes((int) AttachmentTextReader.MAX_DOCUMENT_BYTES + 1);
            if (bytes.length > AttachmentTextReader.MAX_DOCUMENT_BYTES) {
                long size = bytes.length + count(in);
                return new Attachment(fileName, mimeType, size, "", AttachmentTextReader.tooLarge(size));
            }
            documentsRead++;
            AttachmentTextReader.Result read = reader.documents.read(documentName, bytes);
            return new Attachment(fileName, mimeType, bytes.length, read.text(), read.problem());
        }

        /**
         * A forwarded message, attached whole or as the whole body: its headers that matter, its text and its documents'
         * text.
         */
        private Attachment attachedMessage(String fileName, String mimeType, InputStream in) throws IOException {
            if (depth + 1 > MAX_NESTING) {
                return new Attachment(fileName, mimeType, count(in), "",
                        "text not read: messages attached " + MAX_NESTING + " levels deep are not read further");
            }
            ForwardedMessage.Stream forwarded = new ForwardedMessage.Stream(in);
            try {
                ReceivedMessage inner = reader.read(forwarded, depth + 1);
                count(forwarded);
                return new Attachment(fileName, mimeType, forwarded.count(), ForwardedMessage.text(inner),
                        ForwardedMessage.problemsInside(inner));
            } catch (MalformedMessageException e) {
                count(forwarded);
                return new Attachment(fileName, mimeType, forwarded.count(), "",
                        forwarded.blank() ? ForwardedMessage.EMPTY : "text not read: " + e.getMessage());
            }
        }

        private static String fileName(Part p) {
            return MessageReader.fileName(p.contentType, p.disposition);
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
            byte[] bytes = out.toByteArray();
            return Charsets.decode(bytes, p.contentType.param("charset"));
        }

        /** Reads to the end, counting, through one buffer for the whole message (a message may have 2,000 parts). */
        private long count(InputStream in) throws IOException {
            long total = 0;
            int n;
            while ((n = in.read(skipBuffer)) >= 0) {
                total += n;
            }
            return total;
        }

        /**
         * The readable body: the non-blank text/plain parts, else the HTML parts as text; text pasted from a TCVN3 or
         * VNI document is converted.
         */
        String bodyText() {
            List<String> chosen = new ArrayList<>();
            for (String s : plain) {
                if (!s.isBlank()) {
                    chosen.add(LegacyVietnamese.toUnicode(normaliseLines(s)));
                }
            }
            if (chosen.isEmpty()) {
                for (String s : html) {
                    String t = LegacyVietnamese.toUnicode(HtmlToText.convert(s));
                    if (!t.isBlank()) {
                        chosen.add(t);
                    }
                }
            }
            return VietnameseText.nfc(String.join("\n\n", chosen).strip());
        }

        private static String normaliseLines(String s) {
            return s.replace("\r\n", "\n").replace('\r', '\n');
        }
    }

    /** Discards bytes; used to count attachment bodies without keeping them. */
    private static final class OutputSink extends java.io.OutputStream {
        static final OutputSink INSTANCE = new OutputSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
