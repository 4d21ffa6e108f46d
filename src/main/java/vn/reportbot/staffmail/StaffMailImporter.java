package vn.reportbot.staffmail;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.Office;
import vn.reportbot.directory.StaffMember;
import vn.reportbot.directory.Unit;
import vn.reportbot.dispatch.DispatchCatalog;
import vn.reportbot.dispatch.DispatchImporter;
import vn.reportbot.dispatch.DispatchJson;
import vn.reportbot.dispatch.ImportedDispatch;
import vn.reportbot.dispatch.KnownDispatch;
import vn.reportbot.dispatch.OfficeResolver;
import vn.reportbot.dispatch.ReportingPeriod;
import vn.reportbot.dispatchtext.DispatchParseException;
import vn.reportbot.dispatchtext.DispatchParser;
import vn.reportbot.dispatchtext.ParsedDispatch;
import vn.reportbot.intake.AttachedDocument;
import vn.reportbot.intake.MalformedMessageException;
import vn.reportbot.intake.MessageKind;
import vn.reportbot.intake.MessageReader;
import vn.reportbot.intake.ReceivedMessage;
import vn.reportbot.matching.Decision;
import vn.reportbot.matching.MatchResult;
import vn.reportbot.staffmail.StaffDispatchAnswered.Outcome;
import vn.reportbot.staffmail.StaffDispatchAnswered.Problem;

/**
 * Takes in the dispatch a staff member of an office sends or forwards to a reporting mailbox, for that office: the
 * first attached document (.txt, .docx, .doc, .pdf, .odt; also one inside a forwarded message) whose text reads as a
 * dispatch, else the mail's own text when it reads as one, is imported through {@link DispatchImporter} as an upload
 * would be. The mail is then recorded as not a report ({@link Decision#IGNORED}, kind OTHER).
 *
 * <p>A staff mail whose documents cannot be read as a dispatch, or that names another office's dispatch, is recorded
 * as the matcher decides (as before) with the reason added, and answered. A document that is a report (a number of
 * type BC, or the title BÁO CÁO) or that was forwarded from a unit's address is a unit's report passed on, not a
 * dispatch; a staff mail with nothing else is left to the matcher alone, as it always was.
 */
@Component
public class StaffMailImporter {

    /** The detail of a second dispatch in one mail; the answer words it for people. */
    static final String ONE_PER_MAIL = "only the first dispatch of a mail is imported; send this one in a mail of its own";

    private static final List<String> DISPATCH_FORMATS = List.of(".txt", ".docx", ".doc", ".pdf", ".odt");
    private static final Pattern REPORT_NUMBER = Pattern.compile("(?:^|[/-])BC(?:[-/]|$)");
    private static final Pattern REPORT_TITLE = Pattern.compile("(?m)^\\h*BÁO\\h+CÁO\\h*$");

    private final Directory directory;
    private final MessageReader reader;
    private final DispatchImporter importer;
    private final DispatchCatalog catalog;
    private final OfficeResolver offices;
    private final DispatchParser parser = new DispatchParser();
    private final Clock clock;

    StaffMailImporter(Directory directory, MessageReader reader, DispatchImporter importer, DispatchCatalog catalog,
                      Clock clock) {
        this.directory = directory;
        this.reader = reader;
        this.importer = importer;
        this.catalog = catalog;
        this.offices = new OfficeResolver(directory);
        this.clock = clock;
    }

    /** What to record for a staff member's mail, and the answer to publish once it is recorded under an id (null: none). */
    public record Handled(MatchResult result, LongFunction<StaffDispatchAnswered> answer) {
    }

    /** The dispatch a mail offers: parsed, or null with the problems of every document tried. */
    private record Offer(ParsedDispatch parsed, String source, byte[] original, List<Problem> problems) {
    }

    /**
     * Imports the dispatch the mail offers when its sender is staff of an office; empty when the sender is not, or
     * the mail offers no dispatch at all (then {@code matched} stands, as for any mail).
     *
     * @param matched what the matcher decided for the mail
     */
    public Optional<Handled> handle(ReceivedMessage message, byte[] raw, MatchResult matched) {
        if (message.kind() != MessageKind.REPORT) {
            return Optional.empty();
        }
        Optional<Office> staffOffice = directory.officeByStaffAddress(message.fromAddress());
        if (staffOffice.isEmpty()) {
            return Optional.empty();
        }
        Office office = staffOffice.get();
        StaffMember staff = office.staff().stream().filter(s -> s.email().equalsIgnoreCase(message.fromAddress()))
                .findFirst().orElseThrow();
        Offer offer = offer(message, raw);
        if (offer == null) {
            return Optional.empty();
        }
        String forged = message.authentication().forgeryEvidence();
        if (forged != null) {
            return Optional.of(new Handled(withReasons(matched, List.of("no dispatch imported: the sender claims the"
                    + " staff address " + staff.email() + ", but " + forged + "; a person must look")), null));
        }
        Answer answer = new Answer(office, staff, message);
        String who = "staff mail of " + staff.email() + " (" + staff.name() + ")";
        if (offer.parsed() == null) {
            List<String> reasons = new ArrayList<>();
            offer.problems().forEach(p -> reasons.add("no dispatch imported from " + who + ": "
                    + (p.document() == null ? "the mail's text" : p.document()) + ": " + p.detail()));
            return Optional.of(new Handled(withReasons(matched, reasons),
                    id -> answer.of(id, Outcome.NOT_IMPORTED, null, null, null, List.of(), null, null, offer.problems())));
        }
        ParsedDispatch parsed = offer.parsed();
        String from = offer.source() == null ? "the mail's text" : offer.source();
        Optional<Office> named = offices.resolve(parsed);
        if (named.isPresent() && !named.get().id().equals(office.id())) {
            String reason = "dispatch " + parsed.number() + " in " + who + " is of office " + named.get().id() + ", not "
                    + office.id() + "; not imported (POST /api/dispatches?office=" + office.id() + " imports it if meant)";
            DispatchJson json = DispatchJson.of(null, offer.source(), parsed, named.get().id());
            return Optional.of(new Handled(withReasons(matched, List.of(reason)), id -> answer.of(id, Outcome.NOT_IMPORTED,
                    json, null, null, List.of(), offer.source(), named.get().id(), offer.problems())));
        }
        Optional<KnownDispatch> existing = importer.alreadyImported(office.id(), parsed);
        if (existing.isPresent()) {
            KnownDispatch known = existing.get();
            DispatchJson json = DispatchJson.of(known.id(), offer.source(), parsed, office.id());
            MatchResult result = new MatchResult(MessageKind.OTHER, Decision.IGNORED, office.id(), null, known, List.of(), 1.0,
                    List.of("dispatch " + parsed.number() + " in " + who + " (" + from + ") is already imported for "
                            + office.id() + " as dispatch " + known.id() + "; not imported again"));
            return Optional.of(new Handled(result, id -> answer.of(id, Outcome.ALREADY_IMPORTED, json, known, null, List.of(),
                    offer.source(), null, offer.problems())));
        }
        ImportedDispatch imported = importer.importParsed(parsed, office.id(), offer.source(), offer.original());
        KnownDispatch known = catalog.byId(imported.id()).orElseThrow();
        List<String> unitNames = office.units().stream().map(Unit::name).toList();
        MatchResult result = new MatchResult(MessageKind.OTHER, Decision.IGNORED, office.id(), null, known, List.of(), 1.0,
                List.of("dispatch " + parsed.number() + " imported from " + who + ", read from " + from + ": "
                        + imported.tasksOpened() + " reporting task(s) opened"));
        return Optional.of(new Handled(result, id -> answer.of(id, Outcome.IMPORTED, imported.dispatch(), known,
                imported.period(), unitNames, offer.source(), null, offer.problems())));
    }

    /** The staff member's answer, once the mail has its report id. */
    private final class Answer {
        private final Office office;
        private final StaffMember staff;
        private final ReceivedMessage message;

        Answer(Office office, StaffMember staff, ReceivedMessage message) {
            this.office = office;
            this.staff = staff;
            this.message = message;
        }

        StaffDispatchAnswered of(long reportId, Outcome outcome, DispatchJson dispatch, KnownDispatch known,
                                 ReportingPeriod period, List<String> unitNames, String source,
                                 String otherOfficeId, List<Problem> problems) {
            OffsetDateTime now = OffsetDateTime.now(clock);
            OffsetDateTime sent = message.date() != null && !message.date().isAfter(now) ? message.date() : now;
            return new StaffDispatchAnswered(reportId, office.id(), staff.email(), staff.name(), message.messageId(), sent,
                    message.subject(), outcome, dispatch, known, period, unitNames, source, otherOfficeId, problems);
        }
    }

    /**
     * The first document that reads as a dispatch, else the mail's text if it does; null when the mail offers no
     * dispatch at all: no document to try and no dispatch in its text.
     */
    private Offer offer(ReceivedMessage message, byte[] raw) {
        List<Problem> problems = new ArrayList<>();
        List<Problem> others = new ArrayList<>();
        Offer found = null;
        for (AttachedDocument document : documents(raw)) {
            if (!isDispatchFormat(document.fileName())
                    || (document.forwardedFrom() != null && directory.unitByAddress(document.forwardedFrom()).isPresent())) {
                continue;
            }
            if (document.problem() != null) {
                problems.add(new Problem(document.fileName(), document.problem()));
                continue;
            }
            try {
                ParsedDispatch parsed = numbered(parser.parse(document.text()));
                if (isReport(parsed.number())) {
                    continue;
                }
                if (found == null) {
                    found = new Offer(parsed, document.fileName(), document.bytes(), others);
                } else if (!parsed.number().equals(found.parsed().number())) {
                    others.add(new Problem(document.fileName(), ONE_PER_MAIL));
                }
            } catch (DispatchParseException e) {
                if (!REPORT_TITLE.matcher(document.text()).find()) {
                    problems.add(new Problem(document.fileName(), e.getMessage()));
                }
            }
        }
        if (found != null) {
            return found; // an annex that cannot be read is no news to the sender; a second dispatch is
        }
        try {
            ParsedDispatch parsed = numbered(parser.parse(message.text()));
            if (!isReport(parsed.number())) {
                return new Offer(parsed, null, null, List.of());
            }
        } catch (DispatchParseException e) {
            // the text is a covering note, not a dispatch: only the documents count
        }
        return problems.isEmpty() ? null : new Offer(null, null, null, problems);
    }

    /** A dispatch staff mail must carry its number, as before the parser gave dispatches without one. */
    private static ParsedDispatch numbered(ParsedDispatch parsed) {
        if (!parsed.hasNumber()) {
            throw new DispatchParseException(
                    "no dispatch number found (expected a line like 'Số: 319/MTTQ-BTT' or 'Số 22-CV/BDVHU')");
        }
        return parsed;
    }

    private List<AttachedDocument> documents(byte[] raw) {
        try {
            return reader.documents(raw);
        } catch (MalformedMessageException e) {
            return List.of();
        }
    }

    private static boolean isDispatchFormat(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return DISPATCH_FORMATS.stream().anyMatch(lower::endsWith);
    }

    private static boolean isReport(String number) {
        return REPORT_NUMBER.matcher(number).find();
    }

    private static MatchResult withReasons(MatchResult matched, List<String> first) {
        List<String> reasons = new ArrayList<>(first);
        reasons.addAll(matched.reasons());
        return new MatchResult(matched.kind(), matched.decision(), matched.officeId(), matched.unitId(), matched.dispatch(),
                matched.tasks(), matched.confidence(), reasons);
    }
}
