package vn.reportbot.notify;

import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.Office;
import vn.reportbot.directory.Unit;
import vn.reportbot.dispatch.DispatchImported;
import vn.reportbot.dispatch.KnownDispatch;

/**
 * With {@code reportbot.dispatch.announce=true}, queues one notice of a newly imported dispatch to each unit that
 * owes a report on it, with the dispatch's file attached when it came as one, in the transaction that imports it:
 * nothing is sent for an import that rolls back, and the notice goes out once the import has committed. A unit gets
 * at most one notice per dispatch ({@code announcement:<dispatch>:<unit>}); replies to it are matched to the dispatch
 * by its Message-ID.
 */
@Component
class AnnouncementQueuer {

    private final MailQueue mails;
    private final Directory directory;
    private final AnnouncementProperties properties;

    AnnouncementQueuer(MailQueue mails, Directory directory, AnnouncementProperties properties) {
        this.mails = mails;
        this.directory = directory;
        this.properties = properties;
    }

    @EventListener
    void on(DispatchImported imported) {
        if (!properties.announce()) {
            return;
        }
        Office office = directory.requireOffice(imported.imported().officeId());
        KnownDispatch dispatch = imported.dispatch();
        Long attach = imported.documentName() == null ? null : dispatch.id();
        for (String unitId : imported.unitIds()) {
            Optional<Unit> unit = office.unit(unitId);
            if (unit.isEmpty()) {
                continue;
            }
            mails.queue(new OutgoingMail("announcement:" + dispatch.id() + ":" + unitId, "announcement", office.id(),
                    dispatch.id(), unitId, unit.get().emails(), null, attach), "announcement",
                    model(office, unit.get(), imported));
        }
    }

    /** The template model of the announcement of that import to that unit. */
    static Map<String, Object> model(Office office, Unit unit, DispatchImported imported) {
        Map<String, Object> model = MailModel.about(office, unit, imported.dispatch());
        model.putAll(MailModel.requests(imported.dispatch(), imported.imported().dispatch(), imported.imported().period()));
        model.put("attachment", imported.documentName() == null ? "" : imported.documentName());
        return model;
    }
}
