package vn.reportbot.notify;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.Office;
import vn.reportbot.directory.Unit;
import vn.reportbot.dispatch.KnownDispatch;
import vn.reportbot.matching.SubjectToken;
import vn.reportbot.report.ReportAccepted;

/**
 * Queues an acknowledgement to a unit whose report was counted, in the same transaction that counted it: an answer in
 * the unit's own conversation ({@code Re:} of its subject, {@code In-Reply-To} its report, {@code References} the
 * report's conversation and the report), saying which numbered tasks were recorded and which are still due.
 */
@Component
class AcknowledgementQueuer {

    /** A subject that already answers: {@code Re:}, {@code RE :}, {@code Re[2]:}, Outlook's Vietnamese {@code TL:}. */
    private static final Pattern ANSWERED = Pattern.compile("(?iu)^(?:re|tl|trả lời|aw|sv)\\s*(?:\\[\\d+\\])?\\s*:.*");
    /** The conversation kept in {@code References}: its first mail and the latest ones, as RFC 5322 allows. */
    private static final int MAX_REFERENCES = 12;

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
                unit.id(), List.of(accepted.replyTo()), accepted.inReplyTo(), null,
                references(accepted.references(), accepted.inReplyTo())), "acknowledgement",
                model(office, unit, accepted, clock.getZone()));
    }

    /**
     * The template model of the acknowledgement of that report: what every mail about a unit and dispatch has
     * ({@link MailModel#about}), and {@code receivedAt}, {@code tasks} (what the report named), {@code recordedTasks}
     * and {@code dueTasks} (the dispatch's numbered tasks recorded by it, and still due), {@code allReported}, {@code period},
     * {@code attachments}, {@code late}, {@code deadline}, {@code unitSubject} (the report's subject without the bot's
     * token) and {@code replySubject} ({@code Re:} of it as a mail program makes it; empty when the report had none).
     */
    static Map<String, Object> model(Office office, Unit unit, ReportAccepted accepted, ZoneId zone) {
        KnownDispatch dispatch = accepted.dispatch();
        var received = accepted.receivedAt().atZoneSameInstant(zone);
        Map<String, Object> model = MailModel.about(office, unit, dispatch);
        model.put("receivedAt", MailModel.MOMENT.format(received));
        model.put("tasks", accepted.tasks());
        model.put("recordedTasks", accepted.recorded());
        model.put("dueTasks", accepted.stillDue());
        model.put("allReported", accepted.stillDue().isEmpty());
        model.put("period", accepted.period());
        model.put("attachments", accepted.attachments());
        model.put("late", dispatch.deadline() != null && received.toLocalDate().isAfter(dispatch.deadline()));
        model.put("deadline", dispatch.deadline() == null ? "" : MailModel.DAY.format(dispatch.deadline()));
        String subject = SubjectToken.removedFrom(accepted.subject());
        model.put("unitSubject", subject);
        model.put("replySubject", replySubject(subject));
        return model;
    }

    /**
     * The subject of an answer, as mail programs make it: {@code Re: } before the subject, unless it already starts
     * with a reply's prefix ({@code Re:}, {@code RE:}, {@code TL:}); a forward's {@code Fwd:} stays after it. Empty
     * for an empty subject.
     */
    static String replySubject(String subject) {
        String s = subject == null ? "" : subject.strip();
        if (s.isEmpty()) {
            return "";
        }
        return ANSWERED.matcher(s).matches() ? s : "Re: " + s;
    }

    /** The report's conversation and the report itself, the first and the latest kept when it is long. */
    static List<String> references(List<String> reportReferences, String reportId) {
        List<String> all = new ArrayList<>(reportReferences);
        if (reportId != null) {
            all.remove(reportId);
            all.add(reportId);
        }
        if (all.size() <= MAX_REFERENCES) {
            return all;
        }
        List<String> kept = new ArrayList<>();
        kept.add(all.get(0));
        kept.addAll(all.subList(all.size() - (MAX_REFERENCES - 1), all.size()));
        return kept;
    }
}
