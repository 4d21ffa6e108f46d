package vn.reportbot.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.MimeIOException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.parser.ContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.MimeConfig;

import vn.reportbot.documents.DocumentSettings;
import vn.reportbot.documents.ExtractionPool;
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
    /** A subject is kept to this many characters (and an ellipsis): what staff see and the bot answers under. */
    static final int MAX_SUBJECT_CHARS = 500;

    /** A sender's display name is kept to this many characters. */
    static final int MAX_NAME_CHARS = 200;

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
    private final AttachmentTextReader documents;

    /** A reader whose attached documents are read as {@link DocumentSettings#DEFAULTS} says. */
    public MessageReader() {
        this(DocumentSettings.DEFAULTS);
    }

    /** A reader whose attached documents are read on a pool of its own, within these limits. */
    public MessageReader(DocumentSettings settings) {
        this.documents = new AttachmentTextReader(new ExtractionPool(settings));
    }

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
        DocumentCollector kept = DocumentCollector.keeping(documents);
        walk(new ByteArrayInputStream(raw), 0, kept);
        return kept.kept();
    }

    /**
     * The content of the message's own attachment number {@code index} (from 0, as {@link ReceivedMessage#attachments}
     * lists them), for a person to download; empty when there is no such attachment or it is over
     * {@link AttachedFile#MAX_BYTES}. No document's text is read.
     *
     * @throws MalformedMessageException when the bytes are not an email message
     */
    public Optional<AttachedFile> attachment(byte[] raw, int index) throws MalformedMessageException {
        DocumentCollector one = DocumentCollector.readingNothing(documents, index);
        walk(new ByteArrayInputStream(raw), 0, one);
        return one.captured();
    }

    /**
     * The message's own HTML body (its text/html parts that are not attachments, joined), as the sender wrote it:
     * never to be shown unsanitised; empty when it has none. No document's text is read.
     *
     * @throws MalformedMessageException when the bytes are not an email message
     */
    public Optional<String> html(byte[] raw) throws MalformedMessageException {
        List<String> parts = walk(new ByteArrayInputStream(raw), 0, DocumentCollector.readingNothing(documents, -1))
                .html().stream().filter(h -> !h.isBlank()).toList();
        return parts.isEmpty() ? Optional.empty() : Optional.of(VietnameseText.nfc(String.join("\n", parts)));
    }

    /**
     * Reads one message from the stream (which is read to its end but not closed).
     *
     * @throws MalformedMessageException when the bytes are not an email message (no header fields at
     *         the start, or none of From, Date and Message-ID) or their MIME structure breaks the limits
     * @throws UncheckedIOException when reading the stream itself fails
     */
    public ReceivedMessage read(InputStream raw) throws MalformedMessageException {
        return read(raw, 0, DocumentCollector.readingOnly(documents));
    }

    private ReceivedMessage read(InputStream raw, int depth, DocumentCollector collector)
            throws MalformedMessageException {
        return build(walk(raw, depth, collector));
    }

    private MimeWalk walk(InputStream raw, int depth, DocumentCollector collector) throws MalformedMessageException {
        try {
            return MimeWalk.over(MessageStart.skip(raw), depth, collector,
                    (attached, level) -> read(attached, level, collector));
        } catch (MimeIOException e) {
            throw new MalformedMessageException("not a readable email message: " + why(e), e);
        } catch (MimeException e) {
            throw new MalformedMessageException("not a readable email message: " + why(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the message failed", e);
        }
    }

    /** Which of the header's limits ({@link #CONFIG}) a message broke, in words; else what Mime4j says. */
    private static String why(Exception e) {
        Throwable limit = e;
        while (limit.getCause() != null && !(limit instanceof org.apache.james.mime4j.io.MaxHeaderLimitException
                || limit instanceof org.apache.james.mime4j.io.MaxHeaderLengthLimitException
                || limit instanceof org.apache.james.mime4j.io.MaxLineLimitException)) {
            limit = limit.getCause();
        }
        if (limit instanceof org.apache.james.mime4j.io.MaxHeaderLimitException) {
            return "its header has more than " + CONFIG.getMaxHeaderCount() + " fields";
        }
        if (limit instanceof org.apache.james.mime4j.io.MaxHeaderLengthLimitException) {
            return "a field of its header is longer than " + CONFIG.getMaxHeaderLen() / 1024 + " KB";
        }
        if (limit instanceof org.apache.james.mime4j.io.MaxLineLimitException) {
            return "a line of its header is longer than " + CONFIG.getMaxLineLen() + " characters";
        }
        return e.getMessage();
    }

    /** A parser set up as every part of a message is read: it hands each part's content undecoded. */
    static MimeStreamParser parser(ContentHandler handler) {
        MimeStreamParser parser = new MimeStreamParser(CONFIG, LENIENT, null);
        parser.setContentDecoding(false);
        parser.setNoRecurse();
        parser.setContentHandler(handler);
        return parser;
    }

    private ReceivedMessage build(MimeWalk walk) throws MalformedMessageException {
        Headers h = walk.headers();
        if (h.size() == 0) {
            throw new MalformedMessageException("not an email message: no header fields found at the start");
        }
        if (!h.has("From") && !h.has("Date") && !h.has("Message-ID")) {
            throw new MalformedMessageException("not an email message: no From, Date or Message-ID header");
        }
        String subject = shortened(clean(HeaderText.decodeWords(h.first("Subject"))), MAX_SUBJECT_CHARS);
        SenderChoice sender = SenderChoice.of(h);
        String fromAddress = sender.address();

        Set<String> recipients = new LinkedHashSet<>();
        for (Headers.Field f : h.fields()) {
            if (RECIPIENT_HEADERS.contains(f.name().toLowerCase(Locale.ROOT))) {
                Addresses.parse(f.value()).forEach(m -> recipients.add(m.address()));
            }
        }

        String text = bodyText(walk);
        String ownText = QuoteSplitter.ownText(text);

        HeaderText.Structured contentType = HeaderText.parseStructured(h.first("Content-Type"));
        String mimeType = contentType.value().isEmpty() ? "text/plain" : contentType.value();
        MessageKindDetector.Verdict verdict = detector.detect(new MessageKindDetector.Facts(
                h, subject, fromAddress, sender.name(), mimeType, contentType.param("report-type"), walk.deliveryStatus(),
                ownText, !walk.attachments().isEmpty()));
        String failed = verdict.kind() == MessageKind.BOUNCE
                ? FailedRecipients.of(h, walk.deliveryStatus(), text, fromAddress, recipients) : null;

        return new ReceivedMessage(
                firstId(h.first("Message-ID"), true),
                firstId(h.first("In-Reply-To"), false),
                allIds(h.first("References")),
                fromAddress,
                sender.name() == null ? null : shortened(sender.name(), MAX_NAME_CHARS),
                List.copyOf(recipients),
                subject,
                MailDates.parse(h.first("Date")),
                text,
                ownText,
                walk.attachments(),
                verdict.kind(),
                verdict.reason(),
                failed,
                SenderAuthentication.of(h.all("Authentication-Results")),
                receivedDate(h.first("Received")),
                sender.source(),
                sender.note());
    }

    /**
     * The readable body: the non-blank text/plain parts, else the HTML parts as text; text pasted from a TCVN3 or VNI
     * document is converted.
     */
    private static String bodyText(MimeWalk walk) {
        List<String> chosen = new ArrayList<>();
        for (String s : walk.plain()) {
            if (!s.isBlank()) {
                chosen.add(LegacyVietnamese.toUnicode(s.replace("\r\n", "\n").replace('\r', '\n')));
            }
        }
        if (chosen.isEmpty()) {
            for (String s : walk.html()) {
                String t = LegacyVietnamese.toUnicode(HtmlToText.convert(s));
                if (!t.isBlank()) {
                    chosen.add(t);
                }
            }
        }
        return VietnameseText.nfc(String.join("\n\n", chosen).strip());
    }

    /** The date after the last {@code ;} of a {@code Received} field (RFC 5321 section 4.4), or null. */
    private static OffsetDateTime receivedDate(String received) {
        int semicolon = received == null ? -1 : received.lastIndexOf(';');
        return semicolon < 0 ? null : MailDates.parse(received.substring(semicolon + 1));
    }

    /** The text cut to {@code max} characters at a word's end when there is one near, with an ellipsis. */
    static String shortened(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = max;
        if (Character.isLowSurrogate(text.charAt(cut))) {
            cut--;
        }
        int space = text.lastIndexOf(' ', cut);
        if (space > max - 50) {
            cut = space;
        }
        return text.substring(0, cut).strip() + "…";
    }

    /** The decoded subject, stripped; a replacement character that no decoding could avoid is left out. */
    private static String clean(String decoded) {
        return decoded == null ? "" : decoded.replace("\uFFFD", "").strip();
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
}
