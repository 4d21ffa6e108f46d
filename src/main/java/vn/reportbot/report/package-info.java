/**
 * Recording one received message end to end: read it ({@code intake}), decide ({@code matching}), record the result
 * and close the unit's task, all in one transaction; a dispatch a staff member mails is imported in that same
 * transaction ({@code staffmail}). Settling what is on the review list ({@link vn.reportbot.report.ReviewDesk}).
 *
 * <p>Its public face: {@link vn.reportbot.report.ReportProcessor} (the mailbox calls it),
 * {@link vn.reportbot.report.ReportLog} and {@link vn.reportbot.report.ReportView} (the reports as listed),
 * {@link vn.reportbot.report.ReviewDesk}. It publishes {@link vn.reportbot.report.ReportRecorded} and
 * {@link vn.reportbot.report.ReportAccepted}, which {@code notify} answers, inside the recording transaction.
 */
package vn.reportbot.report;
