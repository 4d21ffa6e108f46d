package vn.reportbot.summary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.Office;
import vn.reportbot.dispatch.DispatchCatalog;
import vn.reportbot.dispatch.DispatchOverview;
import vn.reportbot.dispatch.KnownDispatch;
import vn.reportbot.report.ReportLog;
import vn.reportbot.task.ReportingTask;
import vn.reportbot.task.TaskLedger;

/**
 * The consolidated report of a dispatch, for staff to send to the level above: a workbook of units × tasks
 * ({@code .xlsx}) and a draft báo cáo tổng hợp in the office's own layout ({@code .docx}) that staff edit, number and
 * sign. Each is drawn up from what is recorded now, for the dispatch's current period.
 */
@Service
public class ConsolidatedReports {

    /** The media type of a workbook. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The media type of a Word document. */
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final DispatchOverview overview;
    private final DispatchCatalog catalog;
    private final TaskLedger tasks;
    private final ReportLog reports;
    private final Directory directory;
    private final Clock clock;

    ConsolidatedReports(DispatchOverview overview, DispatchCatalog catalog, TaskLedger tasks, ReportLog reports,
                        Directory directory, Clock clock) {
        this.overview = overview;
        this.catalog = catalog;
        this.tasks = tasks;
        this.reports = reports;
        this.directory = directory;
        this.clock = clock;
    }

    /** Whether there is such a dispatch. */
    public boolean exists(long dispatchId) {
        return catalog.byId(dispatchId).isPresent();
    }

    /**
     * The workbook of one dispatch: its sheet of units × tasks and the {@code Tổng hợp} sheet.
     *
     * @throws NoSuchElementException when there is no such dispatch
     */
    @Transactional(readOnly = true)
    public byte[] workbook(long dispatchId) {
        Consolidation c = consolidation(dispatchId, false);
        return WorkbookWriter.write(List.of(c));
    }

    /**
     * The workbook of the dispatches of an office still open on that day: one sheet per dispatch, newest first, and
     * the {@code Tổng hợp} sheet of all of them × units.
     */
    @Transactional(readOnly = true)
    public byte[] officeWorkbook(String officeId, LocalDate day) {
        List<Consolidation> all = new ArrayList<>();
        for (KnownDispatch d : catalog.openDispatchesOf(officeId, day)) {
            all.add(consolidation(d.id(), false));
        }
        return WorkbookWriter.write(all);
    }

    /**
     * The draft báo cáo tổng hợp of one dispatch.
     *
     * @throws NoSuchElementException when there is no such dispatch
     */
    @Transactional(readOnly = true)
    public byte[] draftReport(long dispatchId) {
        Consolidation c = consolidation(dispatchId, true);
        return DraftReportWriter.write(c);
    }

    /** {@code tong-hop-319-MTTQ-BTT.xlsx} */
    public String workbookFileName(long dispatchId) {
        return "tong-hop-" + fileSafe(number(dispatchId)) + ".xlsx";
    }

    /** {@code tong-hop-bac-ai-mttq-2026-12-05.xlsx}: the workbook of an office's open dispatches on that day. */
    public String officeWorkbookFileName(String officeId, LocalDate day) {
        return "tong-hop-" + fileSafe(officeId) + "-" + day + ".xlsx";
    }

    /** {@code bao-cao-tong-hop-319-MTTQ-BTT.docx} */
    public String draftReportFileName(long dispatchId) {
        return "bao-cao-tong-hop-" + fileSafe(number(dispatchId)) + ".docx";
    }

    private String number(long dispatchId) {
        return catalog.byId(dispatchId).map(KnownDispatch::number)
                .orElseThrow(() -> new NoSuchElementException("no dispatch " + dispatchId));
    }

    /** Letters without diacritics, digits and dashes: {@code 319/MTTQ-BTT} gives {@code 319-MTTQ-BTT}. */
    static String fileSafe(String text) {
        String bare = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D');
        return bare.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private Consolidation consolidation(long dispatchId, boolean split) {
        DispatchOverview.DispatchStatus status = overview.status(dispatchId, taskId -> List.of())
                .orElseThrow(() -> new NoSuchElementException("no dispatch " + dispatchId));
        LocalDate day = LocalDate.now(clock);
        List<ReportingTask> current = tasks.currentTasksOf(dispatchId);
        Map<String, String> names = new LinkedHashMap<>();
        Optional<Office> office = directory.office(status.dispatch().office());
        office.ifPresent(o -> o.units().forEach(u -> names.put(u.id(), u.name())));
        status.units().forEach(u -> names.putIfAbsent(u.unit(), u.name()));
        List<Consolidation.UnitReport> units = Consolidation.units(status.dispatch(), current, names,
                reports.forDispatch(dispatchId), reports.textsForDispatch(dispatchId), day, split);
        return new Consolidation(dispatchId, status.dispatch(), status.period(), day, units);
    }
}
