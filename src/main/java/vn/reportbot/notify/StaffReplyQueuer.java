package vn.reportbot.notify;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.Office;
import vn.reportbot.dispatch.DispatchJson;
import vn.reportbot.staffmail.StaffDispatchAnswered;
import vn.reportbot.staffmail.StaffDispatchAnswered.Outcome;

/**
 * Answers a staff member who mailed a dispatch, in the transaction that recorded the mail: what was imported
 * ({@code dispatch-imported}: the dispatch as read, so that a wrong reading can be corrected, and the units that
 * now owe a report), or why nothing was ({@code dispatch-not-imported}). One answer per mail
 * ({@code dispatch-reply:<report>}), as a reply to it.
 */
@Component
class StaffReplyQueuer {

    private final MailQueue mails;
    private final Directory directory;
    private final AnnouncementProperties announcements;
    private final Clock clock;

    StaffReplyQueuer(MailQueue mails, Directory directory, AnnouncementProperties announcements, Clock clock) {
        this.mails = mails;
        this.directory = directory;
        this.announcements = announcements;
        this.clock = clock;
    }

    @EventListener
    void on(StaffDispatchAnswered answered) {
        Office office = directory.requireOffice(answered.officeId());
        String otherOfficeName = answered.otherOfficeId() == null ? ""
                : directory.office(answered.otherOfficeId()).map(Office::name).orElse(answered.otherOfficeId());
        Long dispatchId = answered.known() == null ? null : answered.known().id();
        mails.queue(new OutgoingMail("dispatch-reply:" + answered.reportId(), "dispatch-reply", office.id(), dispatchId,
                null, List.of(answered.staffAddress()), answered.inReplyTo()), template(answered),
                model(answered, office, otherOfficeName, announcements.announce(), clock.getZone()));
    }

    /** {@code dispatch-imported} or {@code dispatch-not-imported}. */
    static String template(StaffDispatchAnswered answered) {
        return answered.outcome() == Outcome.IMPORTED ? "dispatch-imported" : "dispatch-not-imported";
    }

    /**
     * The template model of the answer.
     *
     * @param otherOfficeName the name of the office whose dispatch it is, when it is another's; else empty
     * @param announced       whether the units are sent an announcement of each dispatch imported
     */
    static Map<String, Object> model(StaffDispatchAnswered answered, Office office, String otherOfficeName,
                                     boolean announced, ZoneId zone) {
        Map<String, Object> model = new HashMap<>();
        model.put("staffName", answered.staffName());
        model.put("officeName", office.name());
        model.put("officeId", office.id());
        model.put("officeMailbox", office.mailbox());
        model.put("receivedAt", MailModel.MOMENT.format(answered.receivedAt().atZoneSameInstant(zone)));
        model.put("mailSubject", answered.mailSubject() == null ? "" : answered.mailSubject());
        model.put("source", answered.source() == null ? "" : answered.source());
        DispatchJson dispatch = answered.dispatch();
        model.put("number", dispatch == null ? "" : dispatch.number());
        model.put("issuedOn", dispatch == null || dispatch.issuedOn() == null ? "" : MailModel.DAY.format(dispatch.issuedOn()));
        model.put("issuer", dispatch == null || dispatch.issuer() == null ? "" : dispatch.issuer());
        model.put("subject", dispatch == null ? "" : dispatch.subject());
        model.put("signer", dispatch == null || dispatch.signer() == null ? "" : dispatch.signer());
        model.put("signerTitle", dispatch == null || dispatch.signerTitle() == null ? "" : dispatch.signerTitle());
        model.put("dispatchId", answered.known() == null ? "" : String.valueOf(answered.known().id()));
        List<Map<String, Object>> problems = new ArrayList<>();
        for (StaffDispatchAnswered.Problem p : answered.problems()) {
            problems.add(Map.of("document", p.document() == null ? "" : p.document(),
                    "text", DispatchWording.problem(p.detail())));
        }
        model.put("problems", problems);
        if (answered.outcome() == Outcome.IMPORTED) {
            model.putAll(MailModel.requests(answered.known(), dispatch, answered.period()));
            model.put("units", answered.unitNames());
            model.put("announced", announced);
        } else {
            model.put("reason", switch (answered.outcome()) {
                case ALREADY_IMPORTED -> "already-imported";
                case NOT_IMPORTED -> answered.otherOfficeId() != null ? "other-office" : "unreadable";
                case IMPORTED -> throw new IllegalStateException();
            });
            model.put("otherOfficeName", otherOfficeName);
            model.put("year", dispatch == null ? "" : String.valueOf(
                    (dispatch.issuedOn() == null ? answered.receivedAt().toLocalDate() : dispatch.issuedOn()).getYear()));
        }
        return model;
    }
}
