package vn.reportbot.notify;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.Office;
import vn.reportbot.directory.Unit;
import vn.reportbot.dispatch.KnownDispatch;
import vn.reportbot.matching.Decision;
import vn.reportbot.report.ReportRecorded;
import vn.reportbot.templates.TemplateRenderer;

/** Queues an acknowledgement to a unit whose report was matched, in the same transaction as the match. */
@Component
class AcknowledgementQueuer {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

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
    void on(ReportRecorded recorded) {
        if (recorded.result().decision() != Decision.MATCHED || recorded.message() == null) {
            return;
        }
        Office office = directory.requireOffice(recorded.result().officeId());
        Unit unit = office.unit(recorded.result().unitId()).orElseThrow();
        KnownDispatch dispatch = recorded.result().dispatch();
        var received = recorded.message().date() == null ? java.time.ZonedDateTime.now(clock)
                : recorded.message().date().atZoneSameInstant(clock.getZone());
        Map<String, Object> model = new HashMap<>();
        model.put("unitName", unit.name());
        model.put("officeName", office.name());
        model.put("officeMailbox", office.mailbox());
        model.put("dispatchNumber", dispatch.number());
        model.put("dispatchSubject", dispatch.subject());
        model.put("dispatchIssuedOn", dispatch.issuedOn() == null ? "" : DAY.format(dispatch.issuedOn()));
        model.put("receivedAt", MOMENT.format(received));
        model.put("tasks", recorded.result().tasks());
        model.put("period", recorded.period());
        model.put("attachments", recorded.message().attachments().stream().map(a -> a.fileName()).toList());
        boolean late = dispatch.deadline() != null && received.toLocalDate().isAfter(dispatch.deadline());
        model.put("late", late);
        model.put("deadline", dispatch.deadline() == null ? "" : DAY.format(dispatch.deadline()));
        outbox.enqueue(new OutgoingMail("ack:" + recorded.reportId(), "acknowledgement", office.id(), dispatch.id(),
                unit.id(), List.of(recorded.message().fromAddress()), templates.render("acknowledgement", model),
                recorded.message().messageId()));
    }
}
