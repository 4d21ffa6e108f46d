package vn.reportbot.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import vn.reportbot.task.TaskStatus;

/**
 * The staff's pages, server-rendered from {@code src/main/resources/views/}: the login form and the dashboard
 * ({@code GET /}); a dispatch's page is {@link DispatchPageController}'s. A STAFF user sees the offices of their login
 * only.
 */
@Controller
@StaffPages
class PageController {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final String REVIEW = "NEEDS_REVIEW";

    private final DispatchOverview overview;
    private final ReportLog reports;
    private final Directory directory;
    private final OfficeScope scope;
    private final ZoneId zone;

    PageController(DispatchOverview overview, ReportLog reports, Directory directory, OfficeScope scope,
                   org.springframework.core.env.Environment environment) {
        this.overview = overview;
        this.reports = reports;
        this.directory = directory;
        this.scope = scope;
        this.zone = ZoneId.of(environment.getProperty("reportbot.zone", "Asia/Ho_Chi_Minh"));
    }

    @GetMapping("/login")
    String login(@org.springframework.web.bind.annotation.RequestParam java.util.Optional<String> error,
                 @org.springframework.web.bind.annotation.RequestParam java.util.Optional<String> logout, Model model) {
        model.addAttribute("failed", error.isPresent());
        model.addAttribute("loggedOut", logout.isPresent());
        return "login";
    }

    /** Days in each dashboard card's chart of reports arriving. */
    static final int CARD_CHART_DAYS = 14;

    /**
     * Each open dispatch of the viewer's offices with its progress (per task too) and a chart of reports arriving;
     * the review list; per office the units × dispatches matrix with each column's count, its rows narrowed to the
     * units whose name contains {@code q} (accents and case aside).
     */
    @GetMapping("/")
    String dashboard(@org.springframework.web.bind.annotation.RequestParam Optional<String> q, Authentication who,
                     Model model) {
        Viewer viewer = Viewer.of(who);
        String wanted = q.map(String::strip).orElse("");
        String key = vn.reportbot.text.VietnameseText.accentFreeKey(wanted);
        List<Office> offices = directory.offices().stream().filter(o -> viewer.sees(o.id())).toList();
        List<Map<String, Object>> cards = new ArrayList<>();
        List<Map<String, Object>> matrices = new ArrayList<>();
        for (Office office : offices) {
            List<DispatchOverview.DispatchListing> open = overview.list(Optional.of(office.id())).stream()
                    .filter(DispatchOverview.DispatchListing::open).toList();
            List<Map<String, Object>> columns = new ArrayList<>();
            Map<String, Map<Long, String>> statusOfUnit = new LinkedHashMap<>();
            for (DispatchOverview.DispatchListing listing : open) {
                Optional<DispatchOverview.DispatchStatus> status = overview.statusByTask(listing.id(),
                        reports::tasksOfReportsFor);
                if (status.isEmpty()) {
                    continue;
                }
                Map<String, Object> card = card(listing, status.get(), office);
                card.put("arrivals", ArrivalChart.days(reports.forDispatch(listing.id()), zone, CARD_CHART_DAYS));
                cards.add(card);
                columns.add(Map.of("id", listing.id(), "number", nz(listing.number()), "reported", card.get("reported"),
                        "total", card.get("total")));
                for (DispatchOverview.UnitStatus unit : status.get().units()) {
                    statusOfUnit.computeIfAbsent(unit.unit(), u -> new LinkedHashMap<>())
                            .put(listing.id(), unit.status().name());
                }
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (var unit : office.units()) {
                if (!key.isEmpty() && !vn.reportbot.text.VietnameseText.accentFreeKey(unit.name()).contains(key)) {
                    continue;
                }
                Map<Long, String> statuses = statusOfUnit.getOrDefault(unit.id(), Map.of());
                List<String> cells = new ArrayList<>();
                for (Map<String, Object> column : columns) {
                    cells.add(statuses.getOrDefault((Long) column.get("id"), "NONE"));
                }
                rows.add(Map.of("name", unit.name(), "cells", cells));
            }
            matrices.add(Map.of("office", office.name(), "columns", columns, "rows", rows,
                    "units", office.units().size()));
        }
        model.addAttribute("cards", cards);
        model.addAttribute("matrices", matrices);
        model.addAttribute("q", wanted);
        model.addAttribute("review", review(offices));
        return "dashboard";
    }

    private Map<String, Object> card(DispatchOverview.DispatchListing listing, DispatchOverview.DispatchStatus status,
                                     Office office) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("id", listing.id());
        card.put("number", nz(listing.number()));
        card.put("subject", nz(listing.subject()));
        card.put("office", office.name());
        card.put("deadline", day(listing.deadline()));
        card.put("period", nz(listing.period()));
        int total = 0;
        int reported = 0;
        int late = 0;
        int overdue = 0;
        int partial = 0;
        for (DispatchOverview.UnitStatus unit : status.units()) {
            if (unit.status() == TaskStatus.EXEMPT) {
                continue;
            }
            total++;
            switch (unit.status()) {
                case REPORTED -> reported++;
                case LATE -> { reported++; late++; }
                case OVERDUE -> overdue++;
                case PARTIAL -> partial++;
                default -> { }
            }
        }
        card.put("total", total);
        card.put("reported", reported);
        card.put("late", late);
        card.put("overdue", overdue);
        card.put("partial", partial);
        List<Map<String, Object>> tasks = new ArrayList<>();
        List<DispatchTask> named = status.dispatch().tasks() == null ? List.of() : status.dispatch().tasks();
        for (DispatchTask task : named) {
            int done = 0;
            int owing = 0;
            for (DispatchOverview.UnitStatus unit : status.units()) {
                for (DispatchOverview.TaskLine line : unit.tasks()) {
                    if (line.ordinal() == task.ordinal()) {
                        owing++;
                        if (line.status() == TaskStatus.REPORTED || line.status() == TaskStatus.LATE) {
                            done++;
                        }
                    }
                }
            }
            tasks.add(Map.of("ordinal", task.ordinal(), "reported", done, "total", owing));
        }
        card.put("tasks", tasks);
        return card;
    }

    private Map<String, Object> review(List<Office> offices) {
        long count = 0;
        ReportView oldest = null;
        for (Office office : offices) {
            long here = reports.count(Optional.of(REVIEW), Optional.of(office.id()));
            count += here;
            if (here > 0) {
                List<ReportView> last = reports.list(Optional.of(REVIEW), Optional.of(office.id()), here - 1, 1);
                if (!last.isEmpty() && (oldest == null || last.get(0).receivedAt().isBefore(oldest.receivedAt()))) {
                    oldest = last.get(0);
                }
            }
        }
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("count", count);
        if (oldest != null) {
            review.put("oldestAt", dayTime(oldest.receivedAt()));
            review.put("oldestFrom", nz(oldest.from()));
            review.put("oldestSubject", nz(oldest.subject()));
        }
        return review;
    }

    static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    private String dayTime(OffsetDateTime at) {
        return at == null ? "" : DAY_TIME.format(at.atZoneSameInstant(zone));
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
