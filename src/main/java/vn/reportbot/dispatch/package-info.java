/**
 * Dispatch intake: parsing a công văn ({@link vn.reportbot.dispatch.DispatchParser}), telling which
 * office issued it, storing it and opening one reporting task per unit of that office
 * ({@link vn.reportbot.dispatch.DispatchImporter}). Open dispatches are read through
 * {@link vn.reportbot.dispatch.DispatchCatalog}.
 */
package vn.reportbot.dispatch;
