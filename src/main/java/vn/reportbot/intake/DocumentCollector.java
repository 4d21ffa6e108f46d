package vn.reportbot.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;

/**
 * Collects the documents of one message with their content, descending into messages attached to it down to
 * {@link MessageReader#MAX_NESTING} levels; everything else is skipped. A part counts as a document exactly when
 * {@link MessageReader} would list it as an attachment with text to read, and the limits of
 * {@link AttachmentTextReader} apply across the whole message.
 */
final class DocumentCollector extends AbstractContentHandler {

    /** How many documents were read so far, shared by a message and the messages attached to it. */
    private static final class Budget {
        int read;
    }

    private final AttachmentTextReader reader;
    private final int depth;
    private final Budget budget;
    private final List<AttachedDocument> documents;
    private final Deque<Headers> stack = new ArrayDeque<>();
    private Headers top;
    /** The sender of this message, when it is an attached one. */
    private String forwardedFrom;

    private DocumentCollector(AttachmentTextReader reader, int depth, Budget budget, List<AttachedDocument> documents) {
        this.reader = reader;
        this.depth = depth;
        this.budget = budget;
        this.documents = documents;
    }

    /** The documents of the message read from {@code in}, in the order they appear. */
    static List<AttachedDocument> collect(AttachmentTextReader reader, InputStream in) throws MimeException, IOException {
        List<AttachedDocument> documents = new ArrayList<>();
        new DocumentCollector(reader, 0, new Budget(), documents).parse(in);
        return documents;
    }

    private void parse(InputStream in) throws MimeException, IOException {
        MimeStreamParser parser = new MimeStreamParser(MessageReader.CONFIG, MessageReader.LENIENT, null);
        parser.setContentDecoding(true);
        parser.setNoRecurse();
        parser.setContentHandler(this);
        parser.parse(in);
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
        push();
    }

    @Override
    public void endBodyPart() {
        stack.pollFirst();
    }

    private void push() {
        Headers headers = new Headers();
        if (top == null) {
            top = headers;
        }
        stack.push(headers);
    }

    @Override
    public void field(Field field) {
        Headers headers = stack.peekFirst();
        if (headers != null) {
            headers.add(field.getName().trim(), HeaderText.unfold(MessageReader.rawValue(field)).trim());
        }
    }

    @Override
    public void endHeader() {
        if (depth > 0 && stack.peekFirst() == top && forwardedFrom == null) {
            List<Addresses.Mailbox> from = Addresses.parse(top.first("From"));
            forwardedFrom = from.isEmpty() ? null : from.get(0).address();
        }
    }

    @Override
    public void body(BodyDescriptor bd, InputStream in) throws IOException {
        Headers headers = stack.peekFirst();
        if (headers == null) {
            skip(in);
            return;
        }
        HeaderText.Structured type = HeaderText.parseStructured(headers.first("Content-Type"));
        HeaderText.Structured disposition = HeaderText.parseStructured(headers.first("Content-Disposition"));
        String mimeType = type.value().isEmpty() ? bd.getMimeType().toLowerCase(Locale.ROOT) : type.value();
        String fileName = MessageReader.fileName(type, disposition);
        if (ForwardedMessage.is(mimeType)) {
            attachedMessage(in);
            return;
        }
        String documentName = AttachmentTextReader.documentName(fileName, mimeType);
        if (documentName == null || !MessageReader.isAttachment(mimeType, fileName, disposition)) {
            skip(in);
            return;
        }
        if (budget.read >= AttachmentTextReader.MAX_DOCUMENTS) {
            skip(in);
            documents.add(new AttachedDocument(documentName, mimeType, null, "", AttachmentTextReader.tooMany(),
                    forwardedFrom));
            return;
        }
        byte[] bytes = in.readNBytes((int) AttachmentTextReader.MAX_DOCUMENT_BYTES + 1);
        if (bytes.length > AttachmentTextReader.MAX_DOCUMENT_BYTES) {
            long size = bytes.length + skip(in);
            documents.add(new AttachedDocument(documentName, mimeType, null, "", AttachmentTextReader.tooLarge(size),
                    forwardedFrom));
            return;
        }
        budget.read++;
        AttachmentTextReader.Result read = reader.read(documentName, bytes);
        documents.add(new AttachedDocument(documentName, mimeType, bytes, read.text(), read.problem(), forwardedFrom));
    }

    private void attachedMessage(InputStream in) throws IOException {
        if (depth + 1 > MessageReader.MAX_NESTING) {
            skip(in);
            return;
        }
        try {
            new DocumentCollector(reader, depth + 1, budget, documents).parse(new ForwardedMessage.Stream(in));
        } catch (MimeException e) {
            // an attached message that cannot be parsed holds no document to offer
        }
        skip(in);
    }

    private static long skip(InputStream in) throws IOException {
        return in.transferTo(OutputStream.nullOutputStream());
    }
}
