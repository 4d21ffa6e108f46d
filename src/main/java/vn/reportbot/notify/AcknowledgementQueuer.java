package vn.reportbot.notify;

import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.Office;
import vn.reportbot.directory.Unit;
import vn.reportbot.dispatch.KnownDispatch;
import vn.reportbot.report.ReportAccepted;
import vn.reportbot.templates.TemplateRenderer;

/** Queues an acknowledgement to a unit whose report was counted, in the same transaction that counted it. */
@Component
class AcknowledgementQueuer {

    private final Outbox outbox;
    private final TemplateRenderer templates;
    private final Directory directory;
    private final java.time.Clock clock;

    AcknowledgementQueuer(Outbox outbox, TemplateRenderer templates, Directory directory, java.time.Clock clock) {
        this.outbox = outbox;
        this.templates = templates;
        this.directory = directory;
        this.clock = clock;
    }

    @EventListener
    void on(ReportAccepted accepted) {
        Office office = directory.requireOffice(accepted.officeId());
        Unit unit = office.unit(accepted.unitId()).orElseThrow();
        KnownDispatch dispatch = accepted.dispatch();
        var received = accepted.receivedAt().atZoneSameInstant(clock.getZone());
        Map<String, Object> model = MailModel.about(office, unit, dispatch);
        model.put("receivedAt", MailModel.MOMENT.format(received));
        model.put("tasks", accepted.tasks());
        model.put("period", accepted.period());
        model.put("attachments", accepted.attachments());
        model.put("late", dispatch.deadline() != null && received.toLocalDate().isAfter(dispatch.deadline()));
        model.put("deadline", dispatch.deadline() == null ? "" : MailModel.DAY.format(dispatch.deadline()));
        outbox.enqueue(new OutgoingMail("ack:" + accepted.reportId(), "acknowledgement", office.id(), dispatch.id(),
                unit.id(), List.of(accepted.replyTo()), templates.render("acknowledgement", model), accepted.inReplyTo()));
    }
}
