package vn.reportbot.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.reportbot.audit.AuditEntry;
import vn.reportbot.audit.AuditLog;
import vn.reportbot.directory.Directory;
import vn.reportbot.directory.Office;
import vn.reportbot.directory.Unit;
import vn.reportbot.dispatch.DispatchCatalog;
import vn.reportbot.dispatch.KnownDispatch;
import vn.reportbot.report.ReportLog;
import vn.reportbot.report.ReportText;
import vn.reportbot.report.ReportView;
import vn.reportbot.report.ReviewCandidate;
import vn.reportbot.report.ReviewDesk;
import vn.reportbot.report.SettlementRefusedException;

/**
 * The review page ({@code GET /review}): the messages the bot could not decide, of the offices the viewer sees, a
 * page at a time, each with its text, the reasons and the candidates the matcher found, and one form to count it for
 * a unit and dispatch, one to dismiss it; many dismissed at once by ticking them, or every one from a sender. Each
 * form posts and is sent back to the page with a message (post, redirect, get); none needs JavaScript.
 */
@Controller
@StaffPages
class ReviewPageController {

    static final int PAGE_SIZE = 25;
    /** The most characters of a message's own text shown. */
    private static final int TEXT = 3000;
    /** How many of the latest settlements the page shows. */
    private static final int HISTORY = 20;

    private final ReportLog reports;
    private final ReviewDesk desk;
    private final Directory directory;
    private final DispatchCatalog dispatches;
    private final AuditLog audit;
    private final MessageSource messages;
    private final ZoneId zone;

    ReviewPageController(ReportLog reports, ReviewDesk desk, Directory directory, DispatchCatalog dispatches,
                         AuditLog audit, MessageSource messages, org.springframework.core.env.Environment environment) {
        this.reports = reports;
        this.desk = desk;
        this.directory = directory;
        this.dispatches = dispatches;
        this.audit = audit;
        this.messages = messages;
        this.zone = ZoneId.of(environment.getProperty("reportbot.zone", "Asia/Ho_Chi_Minh"));
    }

    @GetMapping("/review")
    String review(@RequestParam Optional<Integer> page, @RequestParam Optional<String> order, Authentication who,
                  Model model) {
        Viewer viewer = Viewer.of(who);
        List<String> offices = viewer.scope(Optional.empty());
        boolean oldestFirst = !"newest".equals(order.orElse("oldest"));
        long total = reports.countUnderReview(offices);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int number = Math.min(Math.max(1, page.orElse(1)), pages);
        List<ReportView> listed = reports.underReview(offices, oldestFirst, (long) (number - 1) * PAGE_SIZE, PAGE_SIZE);
        Map<String, Long> fromSender = reports.countUnderReviewFrom(
                listed.stream().map(ReportView::from).filter(f -> f != null).distinct().toList(), offices);
        LocalDate today = LocalDate.now(zone);
        List<Map<String, Object>> entries = new ArrayList<>();
        for (ReportView report : listed) {
            entries.add(entry(report, fromSender.getOrDefault(report.from(), 0L), today));
        }
        model.addAttribute("entries", entries);
        model.addAttribute("total", total);
        model.addAttribute("page", number);
        model.addAttribute("pages", pages);
        model.addAttribute("pageLinks", pageLinks(number, pages));
        model.addAttribute("order", oldestFirst ? "oldest" : "newest");
        model.addAttribute("history", history(viewer));
        return "review";
    }

    @PostMapping("/review/{id}/assign")
    String assign(@PathVariable long id, @RequestParam Optional<String> unit, @RequestParam Optional<Long> dispatch,
                  @RequestParam Optional<List<Integer>> tasks, @RequestParam Optional<Long> tasksFor,
                  @RequestParam Optional<String> remember, @RequestParam Optional<Integer> page,
                  @RequestParam Optional<String> order, Authentication who, RedirectAttributes flash) {
        Viewer viewer = Viewer.of(who);
        requireEntry(viewer, id);
        if (unit.filter(u -> !u.isBlank()).isEmpty() || dispatch.isEmpty()) {
            return back(flash, "error", text("review.flash.choose"), page, order);
        }
        KnownDispatch chosen = dispatches.byId(dispatch.get()).orElse(null);
        if (chosen == null) {
            return back(flash, "error", text("review.flash.doesNotFit"), page, order);
        }
        OfficeScope.requireOffice(viewer, chosen.officeId());
        // the task boxes belong to the dispatch the page offered; for another one, keep what the matcher found
        List<Integer> named = tasksFor.filter(t -> t == chosen.id()).map(t -> tasks.orElse(List.of())).orElse(null);
        try {
            ReportView settled = desk.assign(id, unit.get(), chosen.id(), named, remember.isPresent(), who.getName());
            String unitName = directory.office(chosen.officeId()).flatMap(o -> o.unit(settled.unit())).map(Unit::name)
                    .orElse(settled.unit());
            return back(flash, "notice", text("review.flash.assigned", nz(settled.from()), unitName, chosen.number()),
                    page, order);
        } catch (SettlementRefusedException e) {
            return back(flash, "error", refusal(e), page, order);
        }
    }

    @PostMapping("/review/{id}/dismiss")
    String dismiss(@PathVariable long id, @RequestParam Optional<String> reason, @RequestParam Optional<Integer> page,
                   @RequestParam Optional<String> order, Authentication who, RedirectAttributes flash) {
        requireEntry(Viewer.of(who), id);
        try {
            ReportView dismissed = desk.dismiss(id, reason.orElse(null), who.getName());
            return back(flash, "notice", text("review.flash.dismissed", nz(dismissed.from())), page, order);
        } catch (SettlementRefusedException e) {
            return back(flash, "error", refusal(e), page, order);
        }
    }

    @PostMapping("/review/dismiss")
    String dismissSelected(@RequestParam Optional<List<Long>> ids, @RequestParam Optional<Integer> page,
                           @RequestParam Optional<String> order, Authentication who, RedirectAttributes flash) {
        List<Long> selected = ids.orElse(List.of());
        if (selected.isEmpty()) {
            return back(flash, "error", text("review.flash.noneSelected"), page, order);
        }
        Viewer viewer = Viewer.of(who);
        selected.forEach(id -> requireEntry(viewer, id));
        int dismissed = desk.dismissAll(selected, null, who.getName());
        return back(flash, "notice", text("review.flash.dismissedMany", dismissed), page, order);
    }

    @PostMapping("/review/dismiss-sender")
    String dismissSender(@RequestParam String from, @RequestParam Optional<Integer> page,
                         @RequestParam Optional<String> order, Authentication who, RedirectAttributes flash) {
        List<String> offices = Viewer.of(who).scope(Optional.empty());
        int dismissed = desk.dismissFrom(from, offices, null, who.getName());
        return back(flash, "notice", text("review.flash.dismissedSender", dismissed, from), page, order);
    }

    /** Refuses (403) a viewer who may not see the entry's office; an unknown entry passes, for the desk to refuse. */
    private void requireEntry(Viewer viewer, long id) {
        reports.findForReview(id).ifPresent(r -> OfficeScope.requireOffice(viewer, r.office()));
    }

    private Map<String, Object> entry(ReportView report, long fromSender, LocalDate today) {
        Optional<Office> office = Optional.ofNullable(report.office()).flatMap(directory::office);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", report.id());
        entry.put("from", nz(report.from()));
        // an imitated address is shown with its odd characters as codes, \u200B, so that staff see it is not the unit's
        entry.put("fromShown", nz(vn.reportbot.text.VisibleText.of(report.from())));
        entry.put("fromCount", fromSender);
        entry.put("subject", nz(report.subject()));
        entry.put("receivedAt", dayTime(report.receivedAt()));
        entry.put("office", office.map(Office::name).orElse(nz(report.office())));
        entry.put("text", reports.text(report.id()).map(ReportText::ownText).map(ReviewPageController::excerpt)
                .orElse(""));
        entry.put("attachments", report.attachments().stream().map(vn.reportbot.text.FileSizes::forPeople).toList());
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        entry.put("reasons", report.reasons().stream().map(r -> english ? r : ReasonWording.inVietnamese(r))
                .map(ReviewPageController::capitalised).toList());
        List<ReviewCandidate> candidates = reports.candidates(report.id());
        entry.put("candidates", candidates.stream().map(c -> Map.of(
                "unit", c.unitId() == null ? "" : unitName(office, c.unitId()),
                "dispatch", nz(c.dispatchNumber()),
                "dispatchId", c.dispatchId() == null ? "" : String.valueOf(c.dispatchId()),
                "score", Math.round(c.score() * 100))).toList());
        List<KnownDispatch> open = office.map(o -> dispatches.openDispatchesOf(o.id(), today)).orElse(List.of());
        String unit = candidates.stream().map(ReviewCandidate::unitId).filter(u -> u != null)
                .filter(u -> office.flatMap(o -> o.unit(u)).isPresent()).findFirst().orElse(null);
        KnownDispatch dispatch = candidates.stream().map(ReviewCandidate::dispatchId).filter(d -> d != null)
                .flatMap(d -> open.stream().filter(o -> o.id() == d)).findFirst()
                .orElse(open.size() == 1 ? open.get(0) : null);
        entry.put("units", office.map(Office::units).orElse(List.of()).stream().map(u -> Map.of("id", u.id(),
                "name", u.name(), "selected", u.id().equals(unit))).toList());
        entry.put("dispatches", open.stream().map(d -> Map.of("id", d.id(), "number", nz(d.number()),
                "selected", dispatch != null && d.id() == dispatch.id())).toList());
        entry.put("tasksFor", dispatch == null ? "" : String.valueOf(dispatch.id()));
        entry.put("tasksOf", dispatch == null ? "" : nz(dispatch.number()));
        entry.put("tasks", dispatch == null ? List.of() : dispatch.ordinals().stream().map(t -> Map.of("ordinal", t,
                "checked", report.tasks().contains(t))).toList());
        return entry;
    }

    private static String capitalised(String reason) {
        return reason.isEmpty() ? reason : reason.substring(0, 1).toUpperCase(Locale.ROOT) + reason.substring(1);
    }

    private static String unitName(Optional<Office> office, String unitId) {
        return office.flatMap(o -> o.unit(unitId)).map(Unit::name).orElse(unitId);
    }

    /** The latest settlements of entries of the offices the viewer sees. */
    private List<Map<String, Object>> history(Viewer viewer) {
        List<AuditEntry> seen = new ArrayList<>();
        for (AuditEntry entry : audit.entriesOf("report", 10 * HISTORY)) {
            if (seen.size() >= HISTORY) {
                break;
            }
            boolean visible = viewer.seesAll() || parseId(entry.subjectId()).flatMap(reports::findForReview)
                    .map(r -> viewer.sees(r.office())).orElse(false);
            if (visible) {
                seen.add(entry);
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : AuditRows.of(seen, zone)) {
            Map<String, Object> shown = new LinkedHashMap<>(row);
            AuditEntry entry = seen.get(rows.size());
            shown.put("action", messages.getMessage("review.action." + row.get("action"), null,
                    String.valueOf(row.get("action")), LocaleContextHolder.getLocale()) + " "
                    + text("review.action.entry", entry.subjectId()));
            rows.add(shown);
        }
        return rows;
    }

    private static Optional<Long> parseId(String id) {
        try {
            return Optional.of(Long.valueOf(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The page numbers to link: the first, the last, and two either side of this one; 0 stands for a gap. */
    static List<Integer> pageLinks(int page, int pages) {
        List<Integer> links = new ArrayList<>();
        for (int p = 1; p <= pages; p++) {
            if (p == 1 || p == pages || Math.abs(p - page) <= 2) {
                links.add(p);
            } else if (!links.isEmpty() && links.get(links.size() - 1) != 0) {
                links.add(0);
            }
        }
        return links;
    }

    private String refusal(SettlementRefusedException e) {
        return switch (e.why()) {
            case NOT_FOUND -> text("review.flash.notFound");
            case ALREADY_DECIDED -> text("review.flash.alreadyDecided");
            case DOES_NOT_FIT -> text("review.flash.doesNotFit");
        };
    }

    private static String back(RedirectAttributes flash, String kind, String message, Optional<Integer> page,
                               Optional<String> order) {
        flash.addFlashAttribute("flash", Map.of("kind", kind, "text", message));
        UriComponentsBuilder to = UriComponentsBuilder.fromPath("/review");
        page.filter(p -> p > 1).ifPresent(p -> to.queryParam("page", p));
        order.filter("newest"::equals).ifPresent(o -> to.queryParam("order", o));
        return "redirect:" + to.build().toUriString();
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, locale);
    }

    private static String excerpt(String text) {
        String trimmed = text == null ? "" : text.strip();
        return trimmed.length() <= TEXT ? trimmed : trimmed.substring(0, TEXT).stripTrailing() + " …";
    }

    private String dayTime(OffsetDateTime at) {
        return at == null ? "" : PageController.DAY_TIME.format(at.atZoneSameInstant(zone));
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
