package vn.reportbot.dispatch;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.Office;
import vn.reportbot.directory.Unit;
import vn.reportbot.documents.DocumentTextReader;
import vn.reportbot.documents.UnreadableDocumentException;
import vn.reportbot.task.TaskLedger;

/**
 * Imports a dispatch: parses it, tells its office, refuses a number already imported for that
 * office and year, stores it and opens one reporting task per unit of the office, all in one transaction.
 */
@Service
public class DispatchImporter {

    private static final Logger log = LoggerFactory.getLogger(DispatchImporter.class);

    private final DispatchParser parser = new DispatchParser();
    private final DocumentTextReader documents = new DocumentTextReader();
    private final OfficeResolver offices;
    private final DispatchStore store;
    private final TaskLedger tasks;
    private final Clock clock;
    private final CadenceDefaults cadences;

    DispatchImporter(Directory directory, DispatchStore store, TaskLedger tasks, Clock clock, CadenceDefaults cadences) {
        this.offices = new OfficeResolver(directory);
        this.store = store;
        this.tasks = tasks;
        this.clock = clock;
        this.cadences = cadences;
    }

    /**
     * Imports a dispatch file of any format {@link DocumentTextReader} reads (.txt, .docx, .doc, .pdf, .odt).
     *
     * @throws UnreadableDocumentException the file's text cannot be read (a scan, an unsupported format…)
     * @see #importText
     */
    @Transactional
    public ImportedDispatch importFile(String fileName, byte[] bytes, Optional<String> officeHint) {
        return importText(documents.read(fileName, bytes), fileName, officeHint);
    }

    /**
     * @throws DispatchParseException     the text is not a dispatch the parser can read
     * @throws UnknownOfficeException      the office is not in the directory or cannot be told
     * @throws DuplicateDispatchException  the number is already imported for that office and year
     */
    @Transactional
    public ImportedDispatch importText(String text, String sourceName, Optional<String> officeHint) {
        ParsedDispatch parsed = parser.parse(text);
        Office office = offices.require(parsed, officeHint);
        int year = (parsed.issuedOn() == null ? LocalDate.now(clock) : parsed.issuedOn()).getYear();
        if (store.exists(office.id(), parsed.number(), year)) {
            throw new DuplicateDispatchException("dispatch " + parsed.number() + " of " + year
                    + " is already imported for office " + office.id());
        }
        DispatchJson json = DispatchJson.of(null, sourceName, parsed, office.id());
        long id = store.insert(office.id(), year, json);
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
        return new ImportedDispatch(id, office.id(), DispatchJson.of(id, sourceName, parsed, office.id()), opened);
    }
}
