/**
 * The consolidated report of a dispatch, for staff to send to the level above
 * ({@link vn.reportbot.summary.ConsolidatedReports}): a workbook of units × tasks with statuses, times, excerpts and
 * attachments, and a draft báo cáo tổng hợp in the office's own layout (Party or state) that staff edit and sign.
 * What each unit wrote is split by the dispatch's numbered tasks, shortened, and its figures summed per measure.
 *
 * <p>Uses {@code dispatch} (the dispatch as parsed, its current period's statuses), {@code task} (per-task progress),
 * {@code report} (the reports matched to the dispatch and what they say), {@code directory} (unit names) and
 * {@code text}. Publishes nothing; {@code web} serves the files, and the digest ({@code notify}) attaches them through
 * its {@link vn.reportbot.notify.DigestFiles}.
 */
package vn.reportbot.summary;
