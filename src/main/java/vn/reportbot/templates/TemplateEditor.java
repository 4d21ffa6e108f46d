package vn.reportbot.templates;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.reportbot.audit.AuditLog;

/**
 * Saves a template edited by a person: checked as at start-up first (a template that does not parse, or does not
 * render every sample of its mail, is refused and nothing is written), then, in one transaction, stored as a new
 * version, recorded in the audit log and written to the file the running service renders from.
 */
@Service
public class TemplateEditor {

    /** The longest template text accepted (the audit log keeps as much). */
    public static final int MAX_LENGTH = AuditLog.MAX_TEXT;

    private final TemplateRenderer renderer;
    private final TemplateVersions versions;
    private final AuditLog audit;
    private final Clock clock;

    TemplateEditor(TemplateRenderer renderer, TemplateVersions versions, AuditLog audit, Clock clock) {
        this.renderer = renderer;
        this.versions = versions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Saves {@code content} as the office's own version of {@code file} (null: the shipped file).
     *
     * @param action {@code save}, or {@code rollback} when it is an earlier version saved again
     * @throws TemplateException when it does not parse or render; nothing is then written
     * @throws IllegalArgumentException when it is longer than {@link #MAX_LENGTH}
     */
    @Transactional
    public void save(String actor, String officeId, String file, String content, String action) {
        String text = normalised(content);
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a template has at most " + MAX_LENGTH + " characters");
        }
        renderer.check(officeId, file, text);
        String before = renderer.content(officeId, file);
        versions.add(officeId, file, text, actor, clock.instant());
        audit.record(actor, "template", TemplateVersions.label(officeId, file), action, before, text);
        renderer.write(officeId, file, text);
    }

    /** A textarea sends its lines ended by CR LF: files keep LF. */
    public static String normalised(String content) {
        return content == null ? "" : content.replace("\r\n", "\n").replace('\r', '\n');
    }
}
