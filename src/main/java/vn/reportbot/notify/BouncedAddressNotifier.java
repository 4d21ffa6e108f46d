package vn.reportbot.notify;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
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

/**
 * Tells an office's staff when a unit's registered address bounces, so that someone checks it before the unit
 * misses its reminders: one mail per address per day, however many bounces arrive, queued in the transaction that
 * recorded the bounce.
 */
@Component
class BouncedAddressNotifier {

    private static final int DIAGNOSTIC_CHARS = 400;

    private final MailQueue mails;
    private final Directory directory;
    private final Clock clock;

    BouncedAddressNotifier(MailQueue mails, Directory directory, Clock clock) {
        this.mails = mails;
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
        List<String> staff = office.staff().stream().map(StaffMember::email).toList();
        String key = "bounce:" + office.id() + ":" + bounce.failedRecipient() + ":" + now.atZoneSameInstant(clock.getZone())
                .toLocalDate();
        mails.queue(new OutgoingMail(key, "address-bounced", office.id(), null, null, staff, null), "address-bounced",
                model(office, unit, bounce.failedRecipient(), bounce.fromAddress(), bounce.subject(), bounce.ownText(),
                        now.atZoneSameInstant(clock.getZone())));
    }

    /** The template model of the notice that the unit's address bounced: the bounce's sender, subject and text. */
    static Map<String, Object> model(Office office, Unit unit, String address, String bounceFrom, String bounceSubject,
                                     String bounceText, ZonedDateTime now) {
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("officeName", office.name());
        model.put("officeMailbox", office.mailbox());
        model.put("unitName", unit.name());
        model.put("address", address);
        model.put("receivedAt", MailModel.MOMENT.format(now));
        model.put("bounceFrom", bounceFrom == null ? "(không rõ)" : bounceFrom);
        model.put("bounceSubject", bounceSubject.isEmpty() ? "(không có tiêu đề)" : bounceSubject);
        model.put("diagnostic", diagnostic(bounceText));
        return model;
    }

    /** The start of what the mail server said, on one line. */
    private static String diagnostic(String text) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return line.length() <= DIAGNOSTIC_CHARS ? line : line.substring(0, DIAGNOSTIC_CHARS) + "…";
    }
}
