package vn.reportbot.report;

/**
 * What processing one raw message did.
 *
 * @param alreadyRecorded the message had been recorded before (a re-delivery or a retry after a crash)
 */
public record ProcessingOutcome(long reportId, String decision, boolean alreadyRecorded) {
}
