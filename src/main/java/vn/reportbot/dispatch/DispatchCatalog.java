package vn.reportbot.dispatch;

import java.util.List;
import java.util.Optional;

/** The dispatches an office has imported, newest first. */
public interface DispatchCatalog {

    List<KnownDispatch> dispatchesOf(String officeId);

    Optional<KnownDispatch> byId(long id);
}
