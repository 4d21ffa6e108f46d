/**
 * Dispatch intake: reading an official dispatch (công văn) — number, date, issuer, summary,
 * addressees, numbered tasks, reporting mailbox and deadline, signature and cited documents —
 * with {@link vn.reportbot.dispatch.DispatchParser}; telling which office issued it, storing it and
 * opening one reporting task per unit with {@link vn.reportbot.dispatch.DispatchImporter}. Open
 * dispatches are read through {@link vn.reportbot.dispatch.DispatchCatalog};
 * {@link vn.reportbot.dispatch.DispatchNumber} holds the one pattern for document numbers.
 */
package vn.reportbot.dispatch;
