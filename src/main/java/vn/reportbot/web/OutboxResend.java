package vn.reportbot.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import vn.reportbot.audit.AuditLog;
import vn.reportbot.notify.OutboxDesk;
import vn.reportbot.notify.OutboxView;

/**
 * A person sending a mail of the outbox again: the change and its audit entry ({@code outbox}, the mail's id,
 * {@code resend}) in one transaction, committed before anything is sent.
 */
@Component
class OutboxResend {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OutboxDesk desk;
    private final AuditLog audit;

    OutboxResend(OutboxDesk desk, AuditLog audit) {
        this.desk = desk;
        this.audit = audit;
    }

    /** @return the id of the mail that now waits to go out (the same, or the new copy of a sent one) */
    @Transactional
    long resend(Viewer viewer, long id) {
        OutboxDesk.Resent resent = desk.resend(id);
        audit.record(viewer.name(), "outbox", String.valueOf(id), "resend", json(resent.before()),
                json(resent.queued()));
        return resent.queued().id();
    }

    private static String json(OutboxView mail) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", mail.id());
        fields.put("kind", mail.kind());
        fields.put("status", mail.status());
        fields.put("attempts", mail.attempts());
        fields.put("lastError", mail.lastError());
        fields.put("recipients", mail.recipients());
        fields.put("subject", mail.subject());
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(fields);
    }
}
