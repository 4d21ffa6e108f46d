package vn.reportbot.notify;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.reportbot.directory.Office;
import vn.reportbot.directory.StaffMember;

/**
 * Queues the mail that carries a staff member's one-time login link, from their office's reporting mailbox, in the
 * caller's transaction (the one that stores the link), so that the link is never mailed unless it was kept. It goes
 * out on the next {@link OutboxSender#flush}.
 */
@Component
public class LoginLinkMail {

    static final String KIND = "login-link";

    private final MailQueue mails;

    LoginLinkMail(MailQueue mails) {
        this.mails = mails;
    }

    /**
     * @param occasion names this link uniquely (never the link's secret: the outbox keeps the key in the clear)
     * @return whether it was queued (false when its template did not render: the mail is then kept as FAILED)
     */
    public boolean queue(Office office, StaffMember staff, String link, Duration validity, ZonedDateTime validUntil,
                         String occasion) {
        return mails.queue(new OutgoingMail("login-link:" + occasion, KIND, office.id(), null, null,
                List.of(staff.email()), null), KIND, model(office, staff, link, validity, validUntil));
    }

    /** The template model of the login-link mail. */
    static Map<String, Object> model(Office office, StaffMember staff, String link, Duration validity,
                                     ZonedDateTime validUntil) {
        Map<String, Object> model = new HashMap<>();
        model.put("staffName", staff.name() == null ? "" : staff.name());
        model.put("address", staff.email());
        model.put("officeName", office.name());
        model.put("officeMailbox", office.mailbox());
        model.put("link", link);
        model.put("validMinutes", validity.toMinutes());
        model.put("validUntil", MailModel.MOMENT.format(validUntil));
        return model;
    }
}
