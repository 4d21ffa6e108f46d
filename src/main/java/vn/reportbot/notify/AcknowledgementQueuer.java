package vn.reportbot.notify;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.Office;
import vn.reportbot.directory.Unit;
import vn.reportbot.dispatch.KnownDispatch;
import vn.reportbot.report.ReportAccepted;

/** Queues an acknowledgement to a unit whose report was counted, in the same transaction that counted it. */
@Component
class AcknowledgementQueuer {

    private final MailQueue mails;
    private final Directory directory;
    private final java.time.Clock clock;

    AcknowledgementQueuer(MailQueue mails, Directory directory, java.time.Clock clock) {
        this.mails = mails;
        this.directory = directory;
        this.clock = clock;
    }

    @EventListener
    void on(ReportAccepted accepted) {
        Office office = directory.requireOffice(accepted.officeId());
        Unit unit = office.unit(accepted.unitId()).orElseThrow();
        mails.queue(new OutgoingMail("ack:" + accepted.reportId(), "acknowledgement", office.id(), accepted.dispatch().id(),
                unit.id(), List.of(accepted.replyTo()), accepted.inReplyTo()), "acknowledgement",
                model(office, unit, accepted, clock.getZone()));
    }

    /** The template model of the acknowledgement of that report. */
    static Map<String, Object> model(Office office, Unit unit, ReportAccepted accepted, ZoneId zone) {
        KnownDispatch dispatch = accepted.dispatch();
        var received = accepted.receivedAt().atZoneSameInstant(zone);
        Map<String, Object> model = MailModel.about(office, unit, dispatch);
        model.put("receivedAt", MailModel.MOMENT.format(received));
        model.put("tasks", accepted.tasks());
        model.put("period", accepted.period());
        model.put("attachments", accepted.attachments());
        model.put("late", dispatch.deadline() != null && received.toLocalDate().isAfter(dispatch.deadline()));
        model.put("deadline", dispatch.deadline() == null ? "" : MailModel.DAY.format(dispatch.deadline()));
        return model;
    }
}
