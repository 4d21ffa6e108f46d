package vn.reportbot.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.reportbot.notify.DigestFiles;
import vn.reportbot.notify.MailAttachment;

/**
 * The files an office's digest carries: the workbook of its open dispatches, then the draft báo cáo tổng hợp of each,
 * made from the same data as the digest's text when it is queued.
 */
@Component
class DigestSummaryFiles implements DigestFiles {

    private final ConsolidatedReports reports;

    DigestSummaryFiles(ConsolidatedReports reports) {
        this.reports = reports;
    }

    @Override
    public List<MailAttachment> filesFor(String officeId, List<Long> openDispatchIds, LocalDate day) {
        if (openDispatchIds.isEmpty()) {
            return List.of();
        }
        List<MailAttachment> files = new ArrayList<>();
        files.add(new MailAttachment(reports.officeWorkbookFileName(officeId, day), ConsolidatedReports.XLSX,
                reports.officeWorkbook(officeId, day)));
        for (long dispatchId : openDispatchIds) {
            files.add(new MailAttachment(reports.draftReportFileName(dispatchId), ConsolidatedReports.DOCX,
                    reports.draftReport(dispatchId)));
        }
        return files;
    }
}
