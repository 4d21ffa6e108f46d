package vn.reportbot.web;

import java.util.function.LongFunction;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.reportbot.summary.ConsolidatedReports;

/**
 * The consolidated report of a dispatch as files to download: {@code GET /api/dispatches/{id}/summary.xlsx} (units ×
 * tasks) and {@code …/summary.docx} (the draft báo cáo tổng hợp); 404 for an unknown dispatch, 403 for a dispatch of
 * an office the login does not see.
 */
@RestController
@RequestMapping("/api/dispatches")
class SummaryController {

    private final ConsolidatedReports summaries;
    private final OfficeScope scope;

    SummaryController(ConsolidatedReports summaries, OfficeScope scope) {
        this.summaries = summaries;
        this.scope = scope;
    }

    @GetMapping("/{id}/summary.xlsx")
    ResponseEntity<?> workbook(@PathVariable long id, java.security.Principal who) {
        scope.requireDispatch(Viewer.of(who), id);
        return file(id, ConsolidatedReports.XLSX, summaries::workbookFileName, summaries::workbook);
    }

    @GetMapping("/{id}/summary.docx")
    ResponseEntity<?> draftReport(@PathVariable long id, java.security.Principal who) {
        scope.requireDispatch(Viewer.of(who), id);
        return file(id, ConsolidatedReports.DOCX, summaries::draftReportFileName, summaries::draftReport);
    }

    private ResponseEntity<?> file(long id, String contentType, LongFunction<String> name, LongFunction<byte[]> bytes) {
        if (!summaries.exists(id)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                    .body(ApiError.of(HttpStatus.NOT_FOUND, "no dispatch " + id));
        }
        String fileName = name.apply(id);
        String header = DownloadName.attachment(fileName, "tong-hop");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType))
                .header(HttpHeaders.CONTENT_DISPOSITION, header)
                .body(bytes.apply(id));
    }
}
