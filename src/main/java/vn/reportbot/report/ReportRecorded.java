package vn.reportbot.report;

import vn.reportbot.intake.ReceivedMessage;
import vn.reportbot.matching.MatchResult;

/**
 * A message was recorded with its decision. Published inside the recording transaction, so that
 * listeners (the acknowledgement) commit or roll back with it.
 *
 * @param message null when the message could not be read at all
 * @param period  the reporting period the report was counted for, as people say it ({@code tuần 38/2021 (…)});
 *                empty for a one-off dispatch or when nothing was counted
 */
public record ReportRecorded(long reportId, String mailboxOffice, MatchResult result, ReceivedMessage message,
                             String period) {
}
