package vn.reportbot.matching;

import java.util.List;

import vn.reportbot.intake.Attachment;
import vn.reportbot.intake.ReceivedMessage;

/** The parts of a report that speak for the unit, as the matcher's questions read them. */
final class ReportWords {

    /** How a finder names an attached document as the place it found something: {@code "tệp đính kèm X.docx"}. */
    static final String ATTACHMENT = "tệp đính kèm ";

    /** How much of each attached document is read for the unit's name and the subject matter. */
    private static final int HEAD_CHARS = 4_000;

    private ReportWords() {
    }

    /**
     * The unit's own attached documents, whose text speaks for it. A forwarded message attached whole is quoted
     * material, like the quoted text under a reply, and is not among them.
     */
    static List<Attachment> documents(ReceivedMessage message) {
        return message.attachments().stream()
                .filter(a -> !a.text().isBlank() && !a.contentType().startsWith("message/"))
                .toList();
    }

    /** The unit's own words: its text above any quote, then its attached documents. */
    static String ownWords(ReceivedMessage message) {
        StringBuilder text = new StringBuilder(message.ownText());
        documents(message).forEach(a -> text.append("\n\n").append(a.text()));
        return text.toString();
    }

    /**
     * Whether {@code where} (a place a finder names, such as {@code "attachment Báo cáo.pdf"}) is an attached document
     * whose text was recognised in a scan or photo.
     */
    static boolean recognised(ReceivedMessage message, String where) {
        return where != null && where.startsWith(ATTACHMENT) && message.attachments().stream()
                .anyMatch(a -> a.ocr() && where.equals(ATTACHMENT + a.label()));
    }

    /** The start of a document, where a report's letterhead, number and subject stand. */
    static String head(Attachment document) {
        String text = document.text();
        return text.length() <= HEAD_CHARS ? text : text.substring(0, HEAD_CHARS);
    }

    /** What the report is about: its subject, own words, file names and the start of its documents. */
    static String matter(ReceivedMessage message) {
        StringBuilder text = new StringBuilder(message.subject() == null ? "" : message.subject());
        text.append('\n').append(message.ownText());
        message.attachments().forEach(a -> text.append('\n').append(a.fileName() == null ? "" : a.fileName()));
        documents(message).forEach(a -> text.append('\n').append(head(a)));
        return text.toString();
    }
}
