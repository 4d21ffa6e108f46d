package vn.reportbot.report;

import java.util.List;

import vn.reportbot.intake.Attachment;
import vn.reportbot.intake.ReceivedMessage;

/**
 * What a recorded report says, as kept for consolidating: the unit's own words (the body above any quoted or
 * forwarded text) and the text read from its attached documents, each document headed by its name.
 *
 * @param ownText        may be empty, never null
 * @param attachmentText may be empty, never null
 */
public record ReportText(String ownText, String attachmentText) {

    /** The most of a body that is kept. */
    public static final int MAX_OWN_TEXT = 20_000;
    /** The most of all attached documents' text together that is kept. */
    public static final int MAX_ATTACHMENT_TEXT = 200_000;

    public ReportText {
        ownText = ownText == null ? "" : ownText;
        attachmentText = attachmentText == null ? "" : attachmentText;
    }

    /** The text kept of a message, cut to the limits above. */
    static ReportText of(ReceivedMessage message) {
        StringBuilder documents = new StringBuilder();
        List<Attachment> attachments = message.attachments();
        for (Attachment a : attachments) {
            if (a.text() == null || a.text().isBlank()) {
                continue;
            }
            if (documents.length() > 0) {
                documents.append("\n\n");
            }
            documents.append("[").append(a.label()).append("]\n").append(a.text().strip());
        }
        return new ReportText(cut(message.ownText(), MAX_OWN_TEXT), cut(documents.toString(), MAX_ATTACHMENT_TEXT));
    }

    private static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }
}
