package vn.reportbot.dispatch;

/**
 * The answer to an import: the stored dispatch in its public shape and how many tasks were opened.
 *
 * @param period the period the tasks were opened for: the current one of a dispatch with a cadence, else the single
 *               period of a one-off dispatch (due on its deadline, or null)
 */
public record ImportedDispatch(long id, String officeId, DispatchJson dispatch, int tasksOpened, ReportingPeriod period) {
}
