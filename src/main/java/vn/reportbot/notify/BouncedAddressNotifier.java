package vn.reportbot.notify;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.Office;
import vn.reportbot.directory.StaffMember;
import vn.reportbot.directory.Unit;
import vn.reportbot.intake.MessageKind;
import vn.reportbot.intake.ReceivedMessage;
import vn.reportbot.report.ReportRecorded;
import vn.reportbot.templates.TemplateRenderer;

/**
 * Tells an office's staff when a unit's registered address bounces, so that someone checks it before the unit
 * misses its reminders: one mail per address per day, however many bounces arrive, queued in the transaction that
 * recorded the bounce.
 */
@Component
class BouncedAddressNotifier {

    private static final int DIAGNOSTIC_CHARS = 400;

    private final Outbox outbox;
    private final TemplateRenderer templates;
    private final Directory directory;
    private final Clock clock;

    BouncedAddressNotifier(Outbox outbox, TemplateRenderer templates, Directory directory, Clock clock) {
        this.outbox = outbox;
        this.templates = templates;
        this.directory = directory;
        this.clock = clock;
    }

    @EventListener
    void on(ReportRecorded recorded) {
        ReceivedMessage bounce = recorded.message();
        if (bounce == null || recorded.result().kind() != MessageKind.BOUNCE || recorded.result().unitId() == null
                || bounce.failedRecipient() == null) {
            return;
        }
        Unit unit = directory.unitByAddress(bounce.failedRecipient()).orElse(null);
        Office office = unit == null ? null : directory.office(unit.officeId()).orElse(null);
        if (office == null || office.staff().isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("officeName", office.name());
        model.put("officeMailbox", office.mailbox());
        model.put("unitName", unit.name());
        model.put("address", bounce.failedRecipient());
        model.put("receivedAt", MailModel.MOMENT.format(now.atZoneSameInstant(clock.getZone())));
        model.put("bounceFrom", bounce.fromAddress() == null ? "(không rõ)" : bounce.fromAddress());
        model.put("bounceSubject", bounce.subject().isEmpty() ? "(không có tiêu đề)" : bounce.subject());
        model.put("diagnostic", diagnostic(bounce.ownText()));
        List<String> staff = office.staff().stream().map(StaffMember::email).toList();
        String key = "bounce:" + office.id() + ":" + bounce.failedRecipient() + ":" + now.atZoneSameInstant(clock.getZone())
                .toLocalDate();
        outbox.enqueue(new OutgoingMail(key, "address-bounced", office.id(), null, null, staff,
                templates.render("address-bounced", model), null));
    }

    /** The start of what the mail server said, on one line. */
    private static String diagnostic(String text) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return line.length() <= DIAGNOSTIC_CHARS ? line : line.substring(0, DIAGNOSTIC_CHARS) + "…";
    }
}
