package vn.reportbot.notify;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.reportbot.templates.RenderedMail;
import vn.reportbot.templates.TemplateException;
import vn.reportbot.templates.TemplateRenderer;

/**
 * Renders a mail from its template (the office's own version, {@code templates/<office-id>/}, when it has one) and queues it in the outbox, in the caller's transaction. A mail that cannot be
 * rendered never fails the caller (the report, the import, the job that causes it): it is kept in the outbox as
 * {@code FAILED}, with the reason in Vietnamese for the staff, and shows in health and in the office's next digest.
 */
@Component
class MailQueue {

    private static final Logger log = LoggerFactory.getLogger(MailQueue.class);

    private final Outbox outbox;
    private final TemplateRenderer templates;

    MailQueue(Outbox outbox, TemplateRenderer templates) {
        this.outbox = outbox;
        this.templates = templates;
    }

    /** Queues the mail unless one was already queued for the same occasion; returns whether it was queued. */
    boolean queue(OutgoingMail mail, String template, Map<String, Object> model) {
        RenderedMail content;
        try {
            content = templates.render(mail.officeId(), template, model);
        } catch (TemplateException e) {
            log.error("Mail {} not rendered, kept as FAILED: {}", mail.dedupeKey(), e.getMessage());
            outbox.keepUnrendered(mail, reason(template, e, mail.officeId()));
            return false;
        }
        return outbox.enqueue(mail, content);
    }

    /** "Không tạo được thư từ mẫu acknowledgement.txt.ftl dòng 3, cột 5: …", for the staff. */
    static String reason(String template, TemplateException e) {
        return reason(template, e, null);
    }

    /** As {@link #reason(String, TemplateException)}, naming an office's own file as {@code office-id/NAME.txt.ftl}. */
    static String reason(String template, TemplateException e, String officeId) {
        String file = e.file() == null ? template : e.file().getFileName().toString();
        if (e.file() != null && officeId != null && e.file().getParent() != null
                && officeId.equals(String.valueOf(e.file().getParent().getFileName()))) {
            file = officeId + "/" + file;
        }
        String where = e.line() > 0 ? " dòng " + e.line() + ", cột " + e.column() : "";
        String what = e.missingName() != null
                ? "mẫu dùng tên “" + e.missingName() + "” mà dữ liệu của thư không có"
                : firstLine(e.detail());
        return "Không tạo được thư từ mẫu " + file + where + ": " + what;
    }

    private static String firstLine(String text) {
        String line = text == null ? "" : text.strip().lines().findFirst().orElse("");
        return line.length() <= 300 ? line : line.substring(0, 300) + "…";
    }
}
