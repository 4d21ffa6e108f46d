package vn.reportbot.report;

/**
 * A unit and dispatch a message under review may answer, as the matcher ranked them.
 *
 * @param unitId         the unit, or null when none was guessed
 * @param dispatchId     the dispatch, or null when none was guessed
 * @param dispatchNumber its number, or null
 * @param score          0..1, how likely the matcher found it
 */
public record ReviewCandidate(String unitId, Long dispatchId, String dispatchNumber, double score) {
}
