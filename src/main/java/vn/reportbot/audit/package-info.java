/**
 * The audit log: every change a person makes (settling a review entry, correcting or closing a dispatch, saving a
 * template, editing the directory, resending a mail), with who, when, what, and the thing before and after. Other
 * modules use {@link vn.reportbot.audit.AuditLog}; the {@code audit_log} table is this module's own.
 */
package vn.reportbot.audit;
