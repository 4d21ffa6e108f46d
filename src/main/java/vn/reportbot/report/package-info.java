/**
 * Processing one received message end to end: read it (intake), decide (matching), record the
 * result and close the unit's task, all in one transaction, then announce {@link vn.reportbot.report.ReportRecorded}.
 * A dispatch a staff member mails is imported in that transaction ({@code StaffMailImporter}) and answered
 * through {@link vn.reportbot.report.StaffDispatchAnswered}.
 * Its public face is {@link vn.reportbot.report.ReportProcessor} and {@link vn.reportbot.report.ReportLog}.
 */
package vn.reportbot.report;
