package vn.reportbot.dispatch;

/** The answer to an import: the stored dispatch in its public shape and how many tasks were opened. */
public record ImportedDispatch(long id, String officeId, DispatchJson dispatch, int tasksOpened) {
}
