package vn.reportbot.notify;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import vn.reportbot.directory.Office;
import vn.reportbot.directory.Unit;
import vn.reportbot.dispatch.KnownDispatch;

/** The template model every mail about one unit and dispatch starts from, and the date forms the templates show. */
final class MailModel {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private MailModel() {
    }

    /** unitName, officeName, officeMailbox, dispatchNumber, dispatchSubject, dispatchIssuedOn. */
    static Map<String, Object> about(Office office, Unit unit, KnownDispatch dispatch) {
        Map<String, Object> model = new HashMap<>();
        model.put("unitName", unit.name());
        model.put("officeName", office.name());
        model.put("officeMailbox", office.mailbox());
        model.put("dispatchNumber", dispatch.number());
        model.put("dispatchSubject", dispatch.subject());
        model.put("dispatchIssuedOn", dispatch.issuedOn() == null ? "" : DAY.format(dispatch.issuedOn()));
        return model;
    }
}
