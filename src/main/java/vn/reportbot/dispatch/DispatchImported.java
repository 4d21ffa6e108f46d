package vn.reportbot.dispatch;

import java.util.List;

/**
 * A dispatch was imported (by upload, posted text, the dispatch folder, the command line or a staff member's mail)
 * and its units' tasks opened. Published inside the importing transaction, so that whatever listeners queue (the
 * announcements) commits or rolls back with the import.
 *
 * @param dispatch     the dispatch as matching and mails see it (effective cadence)
 * @param unitIds      the units that now owe a report, in the directory's order
 * @param documentName the name of the file it was imported from, kept as {@link DispatchDocuments#original}; null
 *                     when it was imported from text
 */
public record DispatchImported(ImportedDispatch imported, KnownDispatch dispatch, List<String> unitIds,
                               String documentName) {
    public DispatchImported {
        unitIds = List.copyOf(unitIds);
    }
}
