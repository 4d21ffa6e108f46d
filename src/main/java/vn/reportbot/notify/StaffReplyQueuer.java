package vn.reportbot.notify;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.Office;
import vn.reportbot.dispatch.DispatchJson;
import vn.reportbot.report.StaffDispatchAnswered;
import vn.reportbot.report.StaffDispatchAnswered.Outcome;
import vn.reportbot.templates.TemplateRenderer;

/**
 * Answers a staff member who mailed a dispatch, in the transaction that recorded the mail: what was imported
 * ({@code dispatch-imported}: the dispatch as read, so that a wrong reading can be corrected, and the units that
 * now owe a report), or why nothing was ({@code dispatch-not-imported}). One answer per mail
 * ({@code dispatch-reply:<report>}), as a reply to it.
 */
@Component
class StaffReplyQueuer {

    private final Outbox outbox;
    private final TemplateRenderer templates;
    private final Directory directory;
    private final AnnouncementProperties announcements;
    private final Clock clock;

    StaffReplyQueuer(Outbox outbox, TemplateRenderer templates, Directory directory, AnnouncementProperties announcements,
                     Clock clock) {
        this.outbox = outbox;
        this.templates = templates;
        this.directory = directory;
        this.announcements = announcements;
        this.clock = clock;
    }

    @EventListener
    void on(StaffDispatchAnswered answered) {
        Office office = directory.requireOffice(answered.officeId());
        Map<String, Object> model = new HashMap<>();
        model.put("staffName", answered.staffName());
        model.put("officeName", office.name());
        model.put("officeId", office.id());
        model.put("officeMailbox", office.mailbox());
        model.put("receivedAt", MailModel.MOMENT.format(answered.receivedAt().atZoneSameInstant(clock.getZone())));
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
        String template;
        if (answered.outcome() == Outcome.IMPORTED) {
            template = "dispatch-imported";
            model.putAll(MailModel.requests(answered.known(), dispatch, answered.period()));
            model.put("units", answered.unitNames());
            model.put("announced", announcements.announce());
        } else {
            template = "dispatch-not-imported";
            model.put("reason", switch (answered.outcome()) {
                case ALREADY_IMPORTED -> "already-imported";
                case NOT_IMPORTED -> answered.otherOfficeId() != null ? "other-office" : "unreadable";
                case IMPORTED -> throw new IllegalStateException();
            });
            model.put("otherOfficeName", answered.otherOfficeId() == null ? ""
                    : directory.office(answered.otherOfficeId()).map(Office::name).orElse(answered.otherOfficeId()));
            model.put("year", dispatch == null ? "" : String.valueOf(
                    (dispatch.issuedOn() == null ? answered.receivedAt().toLocalDate() : dispatch.issuedOn()).getYear()));
        }
        Long dispatchId = answered.known() == null ? null : answered.known().id();
        outbox.enqueue(new OutgoingMail("dispatch-reply:" + answered.reportId(), "dispatch-reply", office.id(), dispatchId,
                null, List.of(answered.staffAddress()), templates.render(template, model), answered.inReplyTo()));
    }
}
