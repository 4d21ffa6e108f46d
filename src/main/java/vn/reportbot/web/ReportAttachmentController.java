package vn.reportbot.web;

import java.util.Locale;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import vn.reportbot.intake.AttachedFile;
import vn.reportbot.report.ReportLog;
import vn.reportbot.report.ReportView;

/**
 * A report's attachment to download from its dispatch's page:
 * {@code GET /dispatches/{id}/reports/{reportId}/attachments/{n}} ({@code n} from 0, in the report's order). Always
 * {@code Content-Disposition: attachment} with a safe name ({@link DownloadName}) and {@code nosniff}; the type the
 * sender gave, unless it is one a browser would run as a page (HTML, SVG, XML), which goes as
 * {@code application/octet-stream}. 403 for a dispatch of another office, 404 for a report not of this dispatch.
 */
@Controller
class ReportAttachmentController {

    private static final Set<String> RUNNABLE = Set.of("text/html", "application/xhtml+xml", "image/svg+xml",
            "text/xml", "application/xml", "text/javascript", "application/javascript");

    private final ReportLog reports;
    private final ReportMessages messages;
    private final OfficeScope scope;

    ReportAttachmentController(ReportLog reports, ReportMessages messages, OfficeScope scope) {
        this.reports = reports;
        this.messages = messages;
        this.scope = scope;
    }

    @GetMapping("/dispatches/{id}/reports/{reportId}/attachments/{n}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long reportId, @PathVariable int n,
                                    Authentication who) {
        Viewer viewer = Viewer.of(who);
        scope.requireDispatch(viewer, id);
        scope.requireReport(viewer, reportId);
        ReportView report = reports.find(reportId).filter(r -> r.dispatchId() != null && r.dispatchId() == id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no report " + reportId
                        + " of dispatch " + id));
        AttachedFile file = messages.attachment(report.id(), n).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "report " + reportId + " has no attachment " + n + " stored"));
        return ResponseEntity.ok()
                .contentType(type(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, DownloadName.attachment(file.fileName(),
                        "tep-dinh-kem-" + reportId + "-" + (n + 1)))
                .header("X-Content-Type-Options", "nosniff")
                .body(file.bytes());
    }

    static MediaType type(String given) {
        try {
            MediaType type = MediaType.parseMediaType(given == null ? "" : given);
            String bare = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
            if (type.isWildcardType() || type.isWildcardSubtype() || RUNNABLE.contains(bare)) {
                return MediaType.APPLICATION_OCTET_STREAM;
            }
            return new MediaType(type.getType(), type.getSubtype());
        } catch (InvalidMediaTypeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
