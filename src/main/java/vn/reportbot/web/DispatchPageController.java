package vn.reportbot.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.Office;
import vn.reportbot.dispatch.DispatchJson;
import vn.reportbot.dispatch.DispatchOverview;
import vn.reportbot.dispatchtext.DispatchTask;
import vn.reportbot.report.ReportLog;
import vn.reportbot.report.ReportText;
import vn.reportbot.report.ReportView;

/**
 * A dispatch's page ({@code GET /dispatches/{id}}): what was read of it, each unit's status per task, the reports
 * received with their text, and the consolidated files. A STAFF user sees the dispatches of their offices only.
 */
@Controller
@StaffPages
class DispatchPageController {

    private static final int EXCERPT = 600;
    /** At most this many days in the chart of reports arriving: the latest ones. */
    static final int CHART_DAYS = 31;

    private final DispatchOverview overview;
    private final ReportLog reports;
    private final Directory directory;
    private final OfficeScope scope;
    private final ZoneId zone;

    DispatchPageController(DispatchOverview overview, ReportLog reports, Directory directory, OfficeScope scope,
                           Environment environment) {
        this.overview = overview;
        this.reports = reports;
        this.directory = directory;
        this.scope = scope;
        this.zone = ZoneId.of(environment.getProperty("reportbot.zone", "Asia/Ho_Chi_Minh"));
    }

    @GetMapping("/dispatches/{id}")
    String dispatch(@PathVariable long id, Authentication who, Model model) {
        scope.requireDispatch(Viewer.of(who), id);
        DispatchOverview.DispatchStatus status = overview.statusByTask(id, reports::tasksOfReportsFor)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no dispatch " + id));
        DispatchJson d = status.dispatch();
        Map<String, Object> dispatch = new LinkedHashMap<>();
        dispatch.put("id", id);
        dispatch.put("number", nz(d.number()));
        dispatch.put("issuedOn", day(d.issuedOn()));
        dispatch.put("place", nz(d.place()));
        dispatch.put("issuer", nz(d.issuer()));
        dispatch.put("office", directory.office(d.office()).map(Office::name).orElse(nz(d.office())));
        dispatch.put("subject", nz(d.subject()));
        dispatch.put("deadline", day(d.deadline()));
        dispatch.put("cadence", d.cadence() == null ? "" : nz(d.cadence().phrase()));
        dispatch.put("period", nz(status.period()));
        dispatch.put("signer", nz(d.signer()) + (d.signerTitle() == null ? "" : " (" + d.signerTitle() + ")"));
        dispatch.put("closedOn", d.closedOn() == null ? "" : d.closedOn().map(PageController::day).orElse(""));
        dispatch.put("open", d.open() == null || d.open());
        dispatch.put("file", nz(d.file()));
        List<DispatchTask> tasks = d.tasks() == null ? List.of() : d.tasks();
        dispatch.put("tasks", tasks.stream().map(t -> Map.of("ordinal", t.ordinal(), "text", nz(t.text()))).toList());
        List<Map<String, Object>> units = new ArrayList<>();
        for (DispatchOverview.UnitStatus unit : status.units()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", unit.name());
            row.put("status", unit.status().name());
            row.put("reportedAt", dayTime(unit.reportedAt()));
            row.put("reports", unit.reports());
            Map<Integer, String> byOrdinal = new LinkedHashMap<>();
            unit.tasks().forEach(line -> byOrdinal.put(line.ordinal(), line.status().name()));
            row.put("tasks", tasks.stream().map(t -> byOrdinal.getOrDefault(t.ordinal(), "NONE")).toList());
            units.add(row);
        }
        Map<Long, ReportText> texts = reports.textsForDispatch(id);
        List<Map<String, Object>> received = new ArrayList<>();
        for (ReportView report : reports.forDispatch(id)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", report.id());
            row.put("receivedAt", dayTime(report.receivedAt()));
            row.put("from", nz(report.from()));
            row.put("subject", nz(report.subject()));
            row.put("unit", directory.office(d.office()).flatMap(o -> Optional.ofNullable(report.unit()).flatMap(o::unit))
                    .map(vn.reportbot.directory.Unit::name).orElse(nz(report.unit())));
            row.put("tasks", report.tasks() == null ? List.of() : report.tasks());
            row.put("attachments", report.attachments() == null ? List.of()
                    : report.attachments().stream().map(vn.reportbot.text.FileSizes::forPeople).toList());
            ReportText text = texts.get(report.id());
            row.put("text", text == null ? "" : excerpt(text.ownText()));
            received.add(row);
        }
        model.addAttribute("dispatch", dispatch);
        model.addAttribute("arrivals", arrivals(reports.forDispatch(id)));
        model.addAttribute("units", units);
        model.addAttribute("reports", received);
        return "dispatch";
    }

    /**
     * Reports arriving per day, from the first day one came to the last (at most the last {@value #CHART_DAYS}), each
     * day with its count and the largest count (the bars' scale); empty without reports.
     */
    private List<Map<String, Object>> arrivals(List<ReportView> received) {
        java.util.TreeMap<LocalDate, Integer> perDay = new java.util.TreeMap<>();
        for (ReportView report : received) {
            if (report.receivedAt() != null) {
                perDay.merge(report.receivedAt().atZoneSameInstant(zone).toLocalDate(), 1, Integer::sum);
            }
        }
        if (perDay.isEmpty()) {
            return List.of();
        }
        LocalDate last = perDay.lastKey();
        LocalDate first = perDay.firstKey().isBefore(last.minusDays(CHART_DAYS - 1)) ? last.minusDays(CHART_DAYS - 1)
                : perDay.firstKey();
        int most = perDay.tailMap(first).values().stream().mapToInt(Integer::intValue).max().orElse(1);
        List<Map<String, Object>> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(Map.of("day", day(day), "count", perDay.getOrDefault(day, 0), "most", most));
        }
        return days;
    }

    private static String excerpt(String text) {
        if (text == null) {
            return "";
        }
        String trimmed = text.strip();
        return trimmed.length() <= EXCERPT ? trimmed : trimmed.substring(0, EXCERPT).stripTrailing() + " …";
    }

    private static String day(LocalDate day) {
        return PageController.day(day);
    }

    private String dayTime(OffsetDateTime at) {
        return at == null ? "" : PageController.DAY_TIME.format(at.atZoneSameInstant(zone));
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
