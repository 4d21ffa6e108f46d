package vn.reportbot.web;

import java.time.Instant;
import java.time.ZoneId;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import vn.reportbot.audit.AuditEntry;
import vn.reportbot.audit.AuditLog;
import vn.reportbot.directory.Directory;
import vn.reportbot.directory.Office;
import vn.reportbot.notify.OutboxDesk;
import vn.reportbot.notify.OutboxFilter;
import vn.reportbot.notify.OutboxView;

/**
 * The outbox page ({@code GET /outbox}): the mails the bot queued for the offices the viewer sees, by where they stand
 * ({@code ?status=waiting|sending|failed|sent}, {@code ?office=}), {@value #PAGE} a page ({@code ?page=}); one mail
 * ({@code GET /outbox/{id}}) with the reason it failed and its history, where a person confirms sending it again
 * ({@code POST /outbox/{id}/resend}).
 */
@Controller
@StaffPages
class OutboxPageController {

    static final int PAGE = 50;
    private static final int AUDIT_ROWS = 20;

    private final OutboxDesk desk;
    private final OutboxResend resends;
    private final MailFlush flush;
    private final AuditLog audit;
    private final Directory directory;
    private final ZoneId zone;

    OutboxPageController(OutboxDesk desk, OutboxResend resends, MailFlush flush, AuditLog audit, Directory directory,
                         org.springframework.core.env.Environment environment) {
        this.desk = desk;
        this.resends = resends;
        this.flush = flush;
        this.audit = audit;
        this.directory = directory;
        this.zone = ZoneId.of(environment.getProperty("reportbot.zone", "Asia/Ho_Chi_Minh"));
    }

    @GetMapping("/outbox")
    String outbox(@RequestParam Optional<String> status, @RequestParam Optional<String> office,
                  @RequestParam(defaultValue = "1") int page, Authentication who, Model model) {
        Viewer viewer = Viewer.of(who);
        OutboxFilter filter = OutboxFilter.named(status.orElse(null))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "no such status"));
        Optional<String> asked = office.filter(o -> !o.isBlank());
        List<String> offices = viewer.scope(asked);
        if (offices == null) {
            throw OfficeScope.forbidden("office " + asked.orElse(""));
        }
        int total = desk.count(offices, filter);
        int pages = Math.max(1, (total + PAGE - 1) / PAGE);
        int current = Math.min(Math.max(1, page), pages);
        List<Map<String, Object>> tabs = new ArrayList<>();
        for (OutboxFilter each : OutboxFilter.values()) {
            tabs.add(Map.of("code", each.name().toLowerCase(java.util.Locale.ROOT), "count", desk.count(offices, each),
                    "current", each == filter));
        }
        model.addAttribute("tabs", tabs);
        model.addAttribute("filter", filter.name().toLowerCase(java.util.Locale.ROOT));
        model.addAttribute("office", asked.orElse(""));
        model.addAttribute("officeChoices", directory.offices().stream().filter(o -> viewer.sees(o.id()))
                .map(o -> Map.of("id", o.id(), "name", o.name())).toList());
        model.addAttribute("mails", desk.list(offices, filter, (current - 1) * PAGE, PAGE).stream().map(this::row)
                .toList());
        model.addAttribute("total", total);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("audit", AuditRows.of(visibleChanges(viewer), zone));
        return "outbox";
    }

    @GetMapping("/outbox/{id}")
    String mail(@PathVariable long id, @RequestParam Optional<Long> resent, Authentication who, Model model) {
        OutboxView mail = visible(Viewer.of(who), id);
        model.addAttribute("mail", row(mail));
        model.addAttribute("resent", resent.orElse(0L));
        model.addAttribute("audit", AuditRows.of(audit.entriesFor("outbox", String.valueOf(id), AUDIT_ROWS), zone));
        return "outbox-mail";
    }

    @PostMapping("/outbox/{id}/resend")
    String resend(@PathVariable long id, Authentication who) {
        Viewer viewer = Viewer.of(who);
        OutboxView mail = visible(viewer, id);
        if (!mail.resendable()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "mail " + id + " cannot be resent");
        }
        long queued;
        try {
            queued = resends.resend(viewer, id);
        } catch (IllegalStateException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
        }
        flush.soon(); // after the commit: the decision to send is durable before the mail leaves
        return "redirect:/outbox/" + id + "?resent=" + queued;
    }

    /** The mail, if the viewer may see its office: 404 when there is none, 403 when it is another office's. */
    private OutboxView visible(Viewer viewer, long id) {
        OutboxView mail = desk.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "no mail " + id));
        OfficeScope.requireOffice(viewer, mail.officeId());
        return mail;
    }

    /** The latest resends of mails the viewer sees. */
    private List<AuditEntry> visibleChanges(Viewer viewer) {
        List<AuditEntry> shown = new ArrayList<>();
        for (AuditEntry entry : audit.entriesOf("outbox", 200)) {
            if (shown.size() == AUDIT_ROWS) {
                break;
            }
            boolean sees = viewer.seesAll() || parse(entry.subjectId()).flatMap(desk::find)
                    .map(m -> viewer.sees(m.officeId())).orElse(false);
            if (sees) {
                shown.add(entry);
            }
        }
        return shown;
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Map<String, Object> row(OutboxView mail) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", mail.id());
        row.put("kind", mail.kind());
        row.put("office", directory.office(mail.officeId()).map(Office::name).orElse(mail.officeId()));
        row.put("dispatchId", mail.dispatchId() == null ? 0L : mail.dispatchId());
        row.put("recipients", String.join(", ", mail.recipients()));
        row.put("cc", String.join(", ", mail.cc()));
        row.put("subject", mail.subject() == null ? "" : mail.subject());
        row.put("status", mail.status());
        row.put("attempts", mail.attempts());
        row.put("reason", mail.lastError() == null ? "" : mail.lastError());
        row.put("queuedAt", at(mail.queuedAt()));
        row.put("sentAt", at(mail.sentAt()));
        row.put("failedAt", at(mail.failedAt()));
        row.put("nextAttemptAt", "QUEUED".equals(mail.status()) ? at(mail.nextAttemptAt()) : "");
        row.put("rendered", mail.rendered());
        row.put("resendable", mail.resendable());
        return row;
    }

    private String at(Instant at) {
        return at == null ? "" : PageController.DAY_TIME.format(at.atZone(zone));
    }
}
