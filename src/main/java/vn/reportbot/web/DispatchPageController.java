package vn.reportbot.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import vn.reportbot.audit.AuditLog;
import vn.reportbot.directory.Directory;
import vn.reportbot.directory.Office;
import vn.reportbot.dispatch.CorrectionRefusedException;
import vn.reportbot.dispatch.DispatchCorrection;
import vn.reportbot.dispatch.DispatchCorrector;
import vn.reportbot.dispatch.DispatchJson;
import vn.reportbot.dispatch.DispatchOverview;
import vn.reportbot.dispatchtext.DispatchTask;
import vn.reportbot.notify.MailsAboutDispatch;
import vn.reportbot.report.ReportLog;
import vn.reportbot.report.ReportText;
import vn.reportbot.report.ReportView;

/**
 * A dispatch's page ({@code GET /dispatches/{id}}): what was read of it, in a form to correct its subject, deadline,
 * cadence and numbered tasks ({@code POST /dispatches/{id}}), to close it ({@code …/close}) and reopen it
 * ({@code …/reopen}); each unit's status per task; the reports received with their text, their HTML made safe and
 * their attachments; the mails the bot sent about it; the consolidated files; and the changes people made to it.
 * A STAFF user sees and acts on the dispatches of their offices only.
 */
@Controller
@StaffPages
class DispatchPageController {

    private static final int EXCERPT = 600;
    /** At most this many days in the chart of reports arriving: the latest ones. */
    static final int CHART_DAYS = 31;

    /** The reports whose HTML is shown (read again from the stored message): the oldest this many. */
    static final int HTML_SHOWN = 200;
    static final int AUDIT_SHOWN = 100;

    private final DispatchOverview overview;
    private final DispatchCorrector corrector;
    private final ReportLog reports;
    private final ReportMessages messages;
    private final MailsAboutDispatch sentMails;
    private final AuditLog audit;
    private final Directory directory;
    private final OfficeScope scope;
    private final MessageSource texts;
    private final ZoneId zone;

    DispatchPageController(DispatchOverview overview, DispatchCorrector corrector, ReportLog reports,
                           ReportMessages messages, MailsAboutDispatch sentMails, AuditLog audit, Directory directory,
                           OfficeScope scope, MessageSource texts, Environment environment) {
        this.overview = overview;
        this.corrector = corrector;
        this.reports = reports;
        this.messages = messages;
        this.sentMails = sentMails;
        this.audit = audit;
        this.directory = directory;
        this.scope = scope;
        this.texts = texts;
        this.zone = ZoneId.of(environment.getProperty("reportbot.zone", "Asia/Ho_Chi_Minh"));
    }

    @GetMapping("/dispatches/{id}")
    String dispatch(@PathVariable long id, @RequestParam MultiValueMap<String, String> query, Authentication who,
                    Model model) {
        scope.requireDispatch(Viewer.of(who), id);
        DispatchJson d = fill(id, model);
        model.addAttribute("form", DispatchForm.of(d).view());
        for (String done : List.of("saved", "closed", "reopened")) {
            if (query.containsKey(done)) {
                model.addAttribute("notice", "dispatch.notice." + done);
            }
        }
        return "dispatch";
    }

    /** Saves what staff corrected in the form of the dispatch's fields (subject, deadline, cadence, tasks). */
    @PostMapping("/dispatches/{id}")
    String correct(@PathVariable long id, @RequestParam MultiValueMap<String, String> posted, Authentication who,
                   Model model, HttpServletResponse response) {
        scope.requireDispatch(Viewer.of(who), id);
        DispatchJson d = current(id);
        DispatchForm form = DispatchForm.posted(posted);
        Map<String, String> problems = form.problems();
        if (problems.isEmpty()) {
            try {
                corrector.correct(id, form.correction(d, who.getName()));
                return "redirect:/dispatches/" + id + "?saved";
            } catch (CorrectionRefusedException e) {
                problems.put(e.reason() == CorrectionRefusedException.Reason.CADENCE_UNREAD ? "cadence" : "deadline",
                        "dispatch.problem." + e.reason().name());
            } catch (IllegalArgumentException e) {
                problems.put("tasks", "dispatch.problem.tasks");
            }
        }
        fill(id, model);
        model.addAttribute("form", form.view());
        model.addAttribute("problems", problems);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return "dispatch";
    }

    /** Closes the dispatch from today, or from the day given ({@code on}, dd/MM/yyyy). */
    @PostMapping("/dispatches/{id}/close")
    String close(@PathVariable long id, @RequestParam(defaultValue = "") String on, Authentication who, Model model,
                 HttpServletResponse response) {
        scope.requireDispatch(Viewer.of(who), id);
        DispatchJson d = current(id);
        DispatchCorrection.Closing closing;
        if (on.isBlank()) {
            closing = DispatchCorrection.Closing.today(who.getName());
        } else {
            Optional<LocalDate> day = DispatchForm.day(on);
            if (day.isEmpty()) {
                fill(id, model);
                model.addAttribute("form", DispatchForm.of(d).view());
                model.addAttribute("problems", new LinkedHashMap<>(Map.of("closeOn", "dispatch.problem.day")));
                model.addAttribute("closeOn", on);
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                return "dispatch";
            }
            closing = DispatchCorrection.Closing.from(day.get(), who.getName());
        }
        corrector.correct(id, new DispatchCorrection(null, false, null, null, closing));
        return "redirect:/dispatches/" + id + "?closed";
    }

    @PostMapping("/dispatches/{id}/reopen")
    String reopen(@PathVariable long id, Authentication who) {
        scope.requireDispatch(Viewer.of(who), id);
        current(id);
        corrector.correct(id, new DispatchCorrection(null, false, null, null,
                DispatchCorrection.Closing.reopen(who.getName())));
        return "redirect:/dispatches/" + id + "?reopened";
    }

    private DispatchJson current(long id) {
        return overview.statusByTask(id, reports::tasksOfReportsFor).map(DispatchOverview.DispatchStatus::dispatch)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no dispatch " + id));
    }

    /** Puts what the page shows of dispatch {@code id} into the model; the dispatch as it stands. */
    private DispatchJson fill(long id, Model model) {
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
        dispatch.put("frequency", d.cadence() == null ? "" : d.cadence().frequency().name());
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
        List<ReportView> matched = reports.forDispatch(id);
        List<Map<String, Object>> received = new ArrayList<>();
        for (ReportView report : matched) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", report.id());
            row.put("receivedAt", dayTime(report.receivedAt()));
            row.put("from", nz(report.from()));
            row.put("subject", nz(report.subject()));
            row.put("unit", directory.office(d.office()).flatMap(o -> Optional.ofNullable(report.unit()).flatMap(o::unit))
                    .map(vn.reportbot.directory.Unit::name).orElse(nz(report.unit())));
            row.put("tasks", report.tasks() == null ? List.of() : report.tasks());
            List<String> attached = report.attachments() == null ? List.of() : report.attachments();
            List<Map<String, Object>> files = new ArrayList<>();
            for (int n = 0; n < attached.size(); n++) {
                files.add(Map.of("n", n, "label", vn.reportbot.text.FileSizes.forPeople(attached.get(n))));
            }
            row.put("attachments", files);
            ReportText text = texts.get(report.id());
            row.put("text", text == null ? "" : excerpt(text.ownText()));
            if (received.size() < HTML_SHOWN) {
                messages.html(report.id()).ifPresent(html -> row.put("html", SafeHtml.markup(html)));
            }
            received.add(row);
        }
        model.addAttribute("dispatch", dispatch);
        model.addAttribute("arrivals", ArrivalChart.days(matched, zone, CHART_DAYS));
        model.addAttribute("units", units);
        model.addAttribute("reports", received);
        model.addAttribute("mails", mails(id, d));
        List<Map<String, Object>> changes = AuditRows.of(audit.entriesFor("dispatch", String.valueOf(id), AUDIT_SHOWN),
                zone);
        changes.forEach(row -> row.put("action", text("dispatch.action." + row.get("action"), (String) row.get("action"))));
        model.addAttribute("changes", changes);
        return d;
    }

    /** The mails the bot queued about the dispatch, newest first, as the page lists them. */
    private List<Map<String, Object>> mails(long id, DispatchJson d) {
        Optional<Office> office = directory.office(d.office());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (MailsAboutDispatch.Mail mail : sentMails.of(id, d.office(), d.number())) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", text("dispatch.mail.kind." + mail.kind(), mail.kind()));
            row.put("to", String.join(", ", mail.recipients()));
            row.put("unit", office.flatMap(o -> Optional.ofNullable(mail.unitId()).flatMap(o::unit))
                    .map(vn.reportbot.directory.Unit::name).orElse(""));
            row.put("subject", nz(mail.subject()));
            row.put("status", mail.status());
            row.put("statusText", text("dispatch.mail.status." + mail.status(), mail.status()));
            row.put("reason", "SENT".equals(mail.status()) ? "" : nz(mail.reason()));
            row.put("queuedAt", dayTime(mail.queuedAt().atZone(zone).toOffsetDateTime()));
            row.put("endedAt", mail.endedAt() == null ? "" : dayTime(mail.endedAt().atZone(zone).toOffsetDateTime()));
            rows.add(row);
        }
        return rows;
    }

    private String text(String code, String otherwise) {
        return texts.getMessage(code, null, otherwise, LocaleContextHolder.getLocale());
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
