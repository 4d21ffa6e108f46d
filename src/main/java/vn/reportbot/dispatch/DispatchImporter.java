package vn.reportbot.dispatch;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.Office;
import vn.reportbot.directory.Unit;
import vn.reportbot.dispatchtext.Cadence;
import vn.reportbot.dispatchtext.DispatchParseException;
import vn.reportbot.dispatchtext.DispatchParser;
import vn.reportbot.dispatchtext.ParsedDispatch;
import vn.reportbot.documents.DocumentTextReader;
import vn.reportbot.documents.UnreadableDocumentException;
import vn.reportbot.task.TaskLedger;

/**
 * Imports a dispatch: parses it, tells its office, refuses a number already imported for that
 * office and year (a dispatch without a number is accepted under a placeholder, its problem recorded for staff), stores it (with the file it came in, if any) and opens one reporting task per unit of the
 * office, all in one transaction, which also carries {@link DispatchImported} to its listeners.
 */
@Service
public class DispatchImporter {

    private static final Logger log = LoggerFactory.getLogger(DispatchImporter.class);

    /** The number a dispatch without one is stored under until staff give it: {@code (chưa có số 1)}. */
    static final String UNNUMBERED_PREFIX = "(chưa có số ";

    private final DispatchParser parser = new DispatchParser();
    private final DocumentTextReader documents = new DocumentTextReader();
    private final OfficeResolver offices;
    private final DispatchStore store;
    private final DispatchDocumentStore originals;
    private final TaskLedger tasks;
    private final Clock clock;
    private final CadenceDefaults cadences;
    private final ApplicationEventPublisher events;

    DispatchImporter(Directory directory, DispatchStore store, DispatchDocumentStore originals, TaskLedger tasks,
                     Clock clock, CadenceDefaults cadences, ApplicationEventPublisher events) {
        this.offices = new OfficeResolver(directory);
        this.store = store;
        this.originals = originals;
        this.tasks = tasks;
        this.clock = clock;
        this.cadences = cadences;
        this.events = events;
    }

    /**
     * Imports a dispatch file of any format {@link DocumentTextReader} reads (.txt, .docx, .doc, .pdf, .odt), and
     * keeps the file.
     *
     * @throws UnreadableDocumentException the file's text cannot be read (a scan, an unsupported format…)
     * @see #importText
     */
    @Transactional
    public ImportedDispatch importFile(String fileName, byte[] bytes, Optional<String> officeHint) {
        ParsedDispatch parsed = parser.parse(documents.read(fileName, bytes));
        return importParsed(parsed, offices.require(parsed, officeHint).id(), fileName, bytes);
    }

    /**
     * @throws DispatchParseException     the text is not a dispatch the parser can read
     * @throws UnknownOfficeException      the office is not in the directory or cannot be told
     * @throws DuplicateDispatchException  the number is already imported for that office and year
     */
    @Transactional
    public ImportedDispatch importText(String text, String sourceName, Optional<String> officeHint) {
        ParsedDispatch parsed = parser.parse(text);
        return importParsed(parsed, offices.require(parsed, officeHint).id(), sourceName, null);
    }

    /**
     * Reads a dispatch file without storing anything, for a person to check and correct before
     * {@link #importParsed}.
     *
     * @throws UnreadableDocumentException the file's text cannot be read
     * @throws DispatchParseException      the text is not a dispatch the parser can read
     */
    public ParsedDispatch read(String fileName, byte[] bytes) {
        return parser.parse(documents.read(fileName, bytes));
    }

    /**
     * Reads a dispatch's text without storing anything.
     *
     * @throws DispatchParseException the text is not a dispatch the parser can read
     */
    public ParsedDispatch readText(String text) {
        return parser.parse(text);
    }

    /** The office of the directory that issued the dispatch, as told by its mailbox or issuer; empty when it cannot be told. */
    public Optional<String> officeOf(ParsedDispatch parsed) {
        return offices.resolve(parsed).map(Office::id);
    }

    /**
     * The dispatch of the office with the parsed dispatch's number and year (the year it was issued, else this
     * year), if one is imported.
     */
    public Optional<KnownDispatch> alreadyImported(String officeId, ParsedDispatch parsed) {
        return store.find(officeId, parsed.number(), yearOf(parsed)).map(store::known);
    }

    /**
     * Imports a dispatch already parsed, for an office already decided.
     *
     * @param sourceName the file name it came as, or null for text
     * @param original   the file's content, kept to attach to announcements; null for text
     * @throws UnknownOfficeException     the office is not in the directory
     * @throws DuplicateDispatchException the number is already imported for that office and year
     */
    @Transactional
    public ImportedDispatch importParsed(ParsedDispatch parsed, String officeId, String sourceName, byte[] original) {
        Office office = offices.require(parsed, Optional.of(officeId));
        int year = yearOf(parsed);
        parsed = withPlaceholders(parsed, office.id(), year);
        if (store.exists(office.id(), parsed.number(), year)) {
            throw new DuplicateDispatchException("dispatch " + parsed.number() + " of " + year
                    + " is already imported for office " + office.id());
        }
        DispatchJson json = DispatchJson.of(null, sourceName, parsed, office.id());
        long id;
        try {
            id = store.insert(office.id(), year, json);
        } catch (DuplicateKeyException importedBesideThisOneJustNow) { // by another instance sharing the database
            throw new DuplicateDispatchException("dispatch " + parsed.number() + " of " + year
                    + " is already imported for office " + office.id());
        }
        if (original != null) {
            originals.store(id, sourceName == null ? "cong-van" : sourceName, original);
        }
        List<String> unitIds = office.units().stream().map(Unit::id).toList();
        Cadence cadence = cadences.effective(office.id(), parsed.cadence());
        ReportingPeriod period = cadence == null ? ReportingPeriod.once(parsed.deadline())
                : ReportingPeriod.containing(cadence, LocalDate.now(clock));
        int opened = tasks.open(id, unitIds, period.key(), period.start(), period.due());
        log.info("Imported dispatch {} ({}) for {}: {} reporting task(s) opened{}", parsed.number(),
                sourceName == null ? "posted text" : sourceName, office.id(), opened,
                cadence != null ? ", " + cadence.frequency().name().toLowerCase(java.util.Locale.ROOT) + " reports, first period "
                        + period.label() + " due " + period.due()
                        : parsed.deadline() == null ? ", no deadline" : ", due " + parsed.deadline());
        LocalDate today = LocalDate.now(clock);
        LocalDate closesOn = new DispatchLife(null, null, null, null, today).closesOn(parsed.deadline(), cadence,
                cadences.closeAfterDays());
        ImportedDispatch imported = new ImportedDispatch(id, office.id(), DispatchJson.of(id, sourceName, parsed, office.id())
                .withLife(closesOn, true), opened, period);
        KnownDispatch known = new KnownDispatch(id, office.id(), parsed.number(), parsed.issuedOn(), parsed.subject(),
                parsed.deadline(), parsed.tasks(), cadence, parsed.recipients(), closesOn);
        events.publishEvent(new DispatchImported(imported, known, unitIds, original == null ? null : sourceName));
        return imported;
    }

    /**
     * A dispatch without a number is kept under a placeholder, {@code (chưa có số 1)}, {@code (chưa có số 2)}… per
     * office and year, with its problem {@code không có số văn bản} shown to staff, who supply the number; a missing
     * summary line is kept as an empty one.
     */
    private ParsedDispatch withPlaceholders(ParsedDispatch parsed, String officeId, int year) {
        if (parsed.hasNumber() && parsed.subject() != null) {
            return parsed;
        }
        String number = parsed.hasNumber() ? parsed.number()
                : UNNUMBERED_PREFIX + (store.countNumbersStartingWith(officeId, year, UNNUMBERED_PREFIX) + 1) + ")";
        return new ParsedDispatch(number, parsed.issuedOn(), parsed.place(), parsed.issuer(),
                parsed.subject() == null ? "" : parsed.subject(), parsed.recipients(), parsed.tasks(), parsed.mailbox(),
                parsed.deadline(), parsed.signer(), parsed.signerTitle(), parsed.cites(), parsed.cadence(),
                parsed.problems());
    }

    private int yearOf(ParsedDispatch parsed) {
        return (parsed.issuedOn() == null ? LocalDate.now(clock) : parsed.issuedOn()).getYear();
    }
}
