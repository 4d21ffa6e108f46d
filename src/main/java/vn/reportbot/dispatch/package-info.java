/**
 * Dispatch intake, after parsing: telling which office issued a dispatch read by
 * {@link vn.reportbot.dispatchtext.DispatchParser} ({@link vn.reportbot.dispatch.OfficeResolver}), storing it with its
 * original file and opening one reporting task per unit ({@link vn.reportbot.dispatch.DispatchImporter}, also from the
 * {@code reportbot.dispatches} folder by {@link vn.reportbot.dispatch.DispatchFolderImporter}), correcting what the
 * parser read wrongly ({@link vn.reportbot.dispatch.DispatchCorrector}), reporting periods of periodic dispatches
 * ({@link vn.reportbot.dispatch.ReportingPeriod}, {@link vn.reportbot.dispatch.ReportingPeriods}) and the read model
 * ({@link vn.reportbot.dispatch.DispatchOverview}, {@link vn.reportbot.dispatch.DispatchJson}, the public JSON shape).
 *
 * <p>Publishes {@link vn.reportbot.dispatch.DispatchImported} when a dispatch is stored. Open dispatches are read
 * through {@link vn.reportbot.dispatch.DispatchCatalog} (the database, or
 * {@link vn.reportbot.dispatch.InMemoryDispatchCatalog} offline) as {@link vn.reportbot.dispatch.KnownDispatch};
 * stored files through {@link vn.reportbot.dispatch.DispatchDocuments}. Uses {@code dispatchtext} (parsing),
 * {@code documents} (file to text), {@code directory} (offices and units), {@code task} (the reporting obligations it
 * opens), {@code text} and {@code system} (settings errors).
 */
package vn.reportbot.dispatch;
