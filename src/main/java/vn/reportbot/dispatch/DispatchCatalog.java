package vn.reportbot.dispatch;

import java.util.List;
import java.util.Optional;

/** The dispatches an office has imported, newest first. */
public interface DispatchCatalog {

    List<KnownDispatch> dispatchesOf(String officeId);

    Optional<KnownDispatch> byId(long id);

    /**
     * The office's dispatches still open on that day ({@link KnownDispatch#isOpenOn}), newest first: those reminders,
     * new periods and digests are about. A closed dispatch still matches the late reports that name it: matching
     * reads {@link #dispatchesOf}.
     */
    default List<KnownDispatch> openDispatchesOf(String officeId, java.time.LocalDate day) {
        return dispatchesOf(officeId).stream().filter(d -> d.isOpenOn(day)).toList();
    }
}
