package vn.reportbot.notify;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import vn.reportbot.directory.Office;
import vn.reportbot.directory.Unit;
import vn.reportbot.dispatch.DispatchJson;
import vn.reportbot.dispatch.KnownDispatch;
import vn.reportbot.dispatch.ReportingPeriod;
import vn.reportbot.dispatchtext.Addressee;
import vn.reportbot.dispatchtext.Cadence;

/** The template model every mail about one unit and dispatch starts from, and the date forms the templates show. */
final class MailModel {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    private MailModel() {
    }

    /**
     * What a dispatch asks, for the mails that present it: {@code issuer}, {@code tasks} (ordinal, text),
     * {@code deadline}, {@code cadence} (how often, as the service applies it) and {@code cadencePhrase} (as the
     * dispatch words it), {@code periodLabel} and {@code periodDue} (the first period the units report for); every
     * value the empty string when there is none.
     *
     * @param parsed the dispatch as parsed, or null (then {@code issuer} is empty)
     * @param period the period the units' tasks were opened for, or null
     */
    static Map<String, Object> requests(KnownDispatch dispatch, DispatchJson parsed, ReportingPeriod period) {
        Map<String, Object> model = new HashMap<>();
        model.put("issuer", parsed == null || parsed.issuer() == null ? "" : parsed.issuer());
        model.put("tasks", dispatch.tasks().stream()
                .map(t -> Map.<String, Object>of("ordinal", t.ordinal(), "text", t.text())).toList());
        model.put("deadline", dispatch.deadline() == null ? "" : DAY.format(dispatch.deadline()));
        model.put("cadence", DispatchWording.cadence(dispatch.cadence()));
        Cadence asParsed = parsed == null ? null : parsed.cadence();
        model.put("cadencePhrase", asParsed == null || asParsed.phrase() == null ? "" : asParsed.phrase());
        boolean periodic = dispatch.cadence() != null && period != null && period.start() != null;
        model.put("periodLabel", periodic ? period.label() : "");
        model.put("periodDue", periodic && period.due() != null ? DAY.format(period.due()) : "");
        return model;
    }

    /**
     * unitName, addressee (how the unit is addressed: as the directory says, else as the dispatch's {@code Kính gửi}
     * addresses such units, else its name), officeName, officeMailbox, dispatchNumber, dispatchSubject,
     * dispatchIssuedOn.
     */
    static Map<String, Object> about(Office office, Unit unit, KnownDispatch dispatch) {
        Map<String, Object> model = new HashMap<>();
        model.put("unitName", unit.name());
        model.put("addressee", addressee(unit, dispatch));
        model.put("officeName", office.name());
        model.put("officeMailbox", office.mailbox());
        model.put("dispatchNumber", dispatch.number());
        model.put("dispatchSubject", dispatch.subject());
        model.put("dispatchIssuedOn", dispatch.issuedOn() == null ? "" : DAY.format(dispatch.issuedOn()));
        return model;
    }

    /** How a mail to the unit about the dispatch is addressed ({@code Kính gửi: …}). */
    static String addressee(Unit unit, KnownDispatch dispatch) {
        return unit.addressee() != null ? unit.addressee() : Addressee.of(dispatch.recipients(), unit.name());
    }
}
