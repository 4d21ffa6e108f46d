/**
 * Reading an official dispatch (công văn) from plain text: its number, date, issuer, summary,
 * addressees, numbered tasks, reporting mailbox and deadline, signature and cited documents.
 * {@link vn.reportbot.dispatch.DispatchParser} is the entry point; {@link vn.reportbot.dispatch.DispatchNumber}
 * holds the one pattern for document numbers, shared with the email matcher.
 */
package vn.reportbot.dispatch;
