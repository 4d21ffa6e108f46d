package vn.reportbot.dispatch;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import vn.reportbot.dispatchtext.Cadence;
import vn.reportbot.dispatchtext.DispatchTask;
import vn.reportbot.dispatchtext.ParsedDispatch;

/**
 * A parsed dispatch in the public JSON shape of {@code parse-dispatch} and {@code POST /api/dispatches};
 * {@code id} is null until the dispatch is stored, and then left out of {@code parse-dispatch}'s output.
 */
@JsonPropertyOrder({"id", "file", "number", "issuedOn", "place", "office", "issuer", "subject", "recipients", "tasks",
        "taskCount", "mailbox", "deadline", "cadence", "signer", "signerTitle", "cites"})
public record DispatchJson(@JsonInclude(JsonInclude.Include.NON_NULL) Long id, String file, String number,
                           LocalDate issuedOn, String place, String office, String issuer, String subject,
                           List<String> recipients, List<DispatchTask> tasks, int taskCount, String mailbox,
                           LocalDate deadline, Cadence cadence, String signer, String signerTitle, List<String> cites) {

    public static DispatchJson of(Long id, String file, ParsedDispatch p, String officeId) {
        return new DispatchJson(id, file, p.number(), p.issuedOn(), p.place(), officeId, p.issuer(), p.subject(),
                p.recipients(), p.tasks(), p.tasks().size(), p.mailbox(), p.deadline(), p.cadence(), p.signer(), p.signerTitle(),
                p.cites());
    }

    public DispatchJson withId(long newId) {
        return new DispatchJson(newId, file, number, issuedOn, place, office, issuer, subject, recipients, tasks,
                taskCount, mailbox, deadline, cadence, signer, signerTitle, cites);
    }
}
