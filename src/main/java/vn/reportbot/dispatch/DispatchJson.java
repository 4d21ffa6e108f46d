package vn.reportbot.dispatch;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import vn.reportbot.dispatchtext.Cadence;
import vn.reportbot.dispatchtext.DispatchTask;
import vn.reportbot.dispatchtext.ParsedDispatch;

/**
 * A parsed dispatch in the public JSON shape of {@code parse-dispatch} and {@code POST /api/dispatches};
 * {@code id} is null until the dispatch is stored, and then left out of {@code parse-dispatch}'s output.
 * A stored dispatch also says when it closes and whether it is open today: {@code closedOn} (the first day it is
 * closed, set by staff or reckoned from {@code reportbot.dispatch.close-after-days}; {@code null} while nothing closes
 * it) and {@code open}; both are left out of {@code parse-dispatch}'s output (null here) and never stored in the
 * parsed form. {@code problems} names what the document lacks (in Vietnamese, for staff), as
 * {@link ParsedDispatch#problems()}; left out when nothing is missing.
 */
@JsonPropertyOrder({"id", "file", "number", "issuedOn", "place", "office", "issuer", "subject", "recipients", "tasks",
        "taskCount", "mailbox", "deadline", "cadence", "signer", "signerTitle", "cites", "problems", "closedOn", "open"})
public record DispatchJson(@JsonInclude(JsonInclude.Include.NON_NULL) Long id, String file, String number,
                           LocalDate issuedOn, String place, String office, String issuer, String subject,
                           List<String> recipients, List<DispatchTask> tasks, int taskCount, String mailbox,
                           LocalDate deadline, Cadence cadence, String signer, String signerTitle, List<String> cites,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Optional<LocalDate> closedOn,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Boolean open,
                           @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> problems) {

    public DispatchJson {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** A dispatch with nothing missing. */
    public DispatchJson(Long id, String file, String number, LocalDate issuedOn, String place, String office,
                        String issuer, String subject, List<String> recipients, List<DispatchTask> tasks, int taskCount,
                        String mailbox, LocalDate deadline, Cadence cadence, String signer, String signerTitle,
                        List<String> cites, Optional<LocalDate> closedOn, Boolean open) {
        this(id, file, number, issuedOn, place, office, issuer, subject, recipients, tasks, taskCount, mailbox, deadline,
                cadence, signer, signerTitle, cites, closedOn, open, List.of());
    }

    /** A dispatch whose life is not told (as {@code parse-dispatch} prints it). */
    public DispatchJson(Long id, String file, String number, LocalDate issuedOn, String place, String office,
                        String issuer, String subject, List<String> recipients, List<DispatchTask> tasks, int taskCount,
                        String mailbox, LocalDate deadline, Cadence cadence, String signer, String signerTitle,
                        List<String> cites) {
        this(id, file, number, issuedOn, place, office, issuer, subject, recipients, tasks, taskCount, mailbox, deadline,
                cadence, signer, signerTitle, cites, null, null, List.of());
    }

    public static DispatchJson of(Long id, String file, ParsedDispatch p, String officeId) {
        return new DispatchJson(id, file, p.number(), p.issuedOn(), p.place(), officeId, p.issuer(), p.subject(),
                p.recipients(), p.tasks(), p.tasks().size(), p.mailbox(), p.deadline(), p.cadence(), p.signer(), p.signerTitle(),
                p.cites(), null, null, p.problems());
    }

    /** The dispatch naming those problems instead of its own. */
    public DispatchJson withProblems(List<String> newProblems) {
        return new DispatchJson(id, file, number, issuedOn, place, office, issuer, subject, recipients, tasks,
                taskCount, mailbox, deadline, cadence, signer, signerTitle, cites, closedOn, open, newProblems);
    }

    public DispatchJson withId(long newId) {
        return new DispatchJson(newId, file, number, issuedOn, place, office, issuer, subject, recipients, tasks,
                taskCount, mailbox, deadline, cadence, signer, signerTitle, cites, closedOn, open, problems);
    }

    /** The dispatch with its life told: the first day it is closed (null: nothing closes it), and whether open today. */
    public DispatchJson withLife(LocalDate closesOn, boolean openToday) {
        return new DispatchJson(id, file, number, issuedOn, place, office, issuer, subject, recipients, tasks,
                taskCount, mailbox, deadline, cadence, signer, signerTitle, cites, Optional.ofNullable(closesOn), openToday,
                problems);
    }

    /** The parsed form alone, as stored. */
    DispatchJson withoutLife() {
        return new DispatchJson(id, file, number, issuedOn, place, office, issuer, subject, recipients, tasks,
                taskCount, mailbox, deadline, cadence, signer, signerTitle, cites, null, null, problems);
    }
}
