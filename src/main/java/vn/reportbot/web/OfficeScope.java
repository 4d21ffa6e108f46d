package vn.reportbot.web;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import vn.reportbot.dispatch.DispatchCatalog;
import vn.reportbot.dispatch.KnownDispatch;
import vn.reportbot.report.ReportLog;

/**
 * Keeps a STAFF user to their own offices: whether a viewer may see a dispatch or a report, and 403 (Forbidden)
 * when not. A dispatch or report that does not exist is left for the caller to answer 404.
 */
@Component
class OfficeScope {

    private final DispatchCatalog dispatches;
    private final ReportLog reports;

    OfficeScope(DispatchCatalog dispatches, ReportLog reports) {
        this.dispatches = dispatches;
        this.reports = reports;
    }

    /** Refuses (403) a viewer who may not see the dispatch; an unknown dispatch passes. */
    void requireDispatch(Viewer viewer, long dispatchId) {
        if (viewer.seesAll()) {
            return;
        }
        Optional<KnownDispatch> dispatch = dispatches.byId(dispatchId);
        if (dispatch.isPresent() && !viewer.sees(dispatch.get().officeId())) {
            throw forbidden("dispatch " + dispatchId);
        }
    }

    /** Refuses (403) a viewer who may not see the report; an unknown report passes. */
    void requireReport(Viewer viewer, long reportId) {
        if (viewer.seesAll()) {
            return;
        }
        reports.find(reportId).ifPresent(r -> {
            if (r.office() == null || !viewer.sees(r.office())) {
                throw forbidden("report " + reportId);
            }
        });
    }

    /** Refuses (403) a viewer who may not see the office. */
    static void requireOffice(Viewer viewer, String officeId) {
        if (!viewer.sees(officeId)) {
            throw forbidden("office " + officeId);
        }
    }

    static ResponseStatusException forbidden(String what) {
        return new ResponseStatusException(HttpStatus.FORBIDDEN, what + " belongs to an office this login does not see");
    }
}
