package vn.reportbot.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriUtils;

import vn.reportbot.audit.AuditEntry;
import vn.reportbot.audit.AuditLog;
import vn.reportbot.directory.Directory;
import vn.reportbot.directory.DirectoryEdit;
import vn.reportbot.directory.DirectoryEditRefused;
import vn.reportbot.directory.DirectoryEditor;
import vn.reportbot.directory.LearnedAddressStore;
import vn.reportbot.directory.LearnedAddressStore.LearnedAddress;
import vn.reportbot.directory.Office;
import vn.reportbot.directory.StaffMember;
import vn.reportbot.directory.Unit;
import vn.reportbot.text.VietnameseText;

/**
 * The directory page (ADMIN only, as the security chain says): every office with its units, their addresses,
 * aliases and learned addresses, filtered by {@code ?q=}; a unit's page and an office's page to change them. A change
 * goes to the directory file through {@link DirectoryChanges}; a refused one is shown next to its field.
 */
@Controller
@StaffPages
@RequestMapping("/directory")
class DirectoryPageController {

    private static final int AUDIT_ROWS = 50;

    private final Directory directory;
    private final DirectoryEditor editor;
    private final DirectoryChanges changes;
    private final LearnedAddressStore learned;
    private final AuditLog audit;
    private final MessageSource messages;
    private final ZoneId zone;

    DirectoryPageController(Directory directory, DirectoryEditor editor, DirectoryChanges changes,
                            LearnedAddressStore learned, AuditLog audit, MessageSource messages, Environment environment) {
        this.directory = directory;
        this.editor = editor;
        this.changes = changes;
        this.learned = learned;
        this.audit = audit;
        this.messages = messages;
        this.zone = ZoneId.of(environment.getProperty("reportbot.zone", "Asia/Ho_Chi_Minh"));
    }

    @GetMapping
    String list(@RequestParam Optional<String> q, Model model) {
        model.addAttribute("fileProblem", editor.reloadIfChanged().orElse(""));
        String query = q.map(String::trim).orElse("");
        String key = VietnameseText.accentFreeKey(query);
        List<Map<String, Object>> offices = new ArrayList<>();
        int shown = 0;
        int total = 0;
        for (Office office : directory.offices()) {
            Map<String, List<String>> learnedByUnit = learnedByUnit(office);
            List<Map<String, Object>> units = new ArrayList<>();
            for (Unit unit : office.units()) {
                total++;
                List<String> confirmed = learnedByUnit.getOrDefault(unit.id(), List.of());
                if (key.isEmpty() || matches(key, unit, confirmed)) {
                    Map<String, Object> row = unitRow(unit);
                    row.put("learned", confirmed);
                    units.add(row);
                }
            }
            shown += units.size();
            Map<String, Object> card = officeCard(office);
            card.put("units", units);
            card.put("unitCount", office.units().size());
            offices.add(card);
        }
        model.addAttribute("offices", offices);
        model.addAttribute("q", query);
        model.addAttribute("shown", shown);
        model.addAttribute("total", total);
        model.addAttribute("file", editor.file().toString());
        return "directory";
    }

    @GetMapping("/{officeId}")
    String office(@PathVariable String officeId, @RequestParam Optional<String> saved, Model model) {
        editor.reloadIfChanged();
        Office office = office(officeId);
        model.addAttribute("office", officeCard(office));
        model.addAttribute("units", office.units().stream().map(this::unitRow).toList());
        model.addAttribute("saved", saved.map(this::actionText).orElse(""));
        model.addAttribute("audit", auditRows("office", office.id()));
        model.addAttribute("form", Map.of());
        return "directory-office";
    }

    @GetMapping("/{officeId}/{unitId}")
    String unit(@PathVariable String officeId, @PathVariable String unitId, @RequestParam Optional<String> saved,
                Model model) {
        editor.reloadIfChanged();
        fillUnit(office(officeId), unitId, model);
        model.addAttribute("saved", saved.map(this::actionText).orElse(""));
        model.addAttribute("form", Map.of());
        return "directory-unit";
    }

    @PostMapping("/{officeId}/{unitId}/name")
    String rename(@PathVariable String officeId, @PathVariable String unitId, @RequestParam(defaultValue = "") String name,
                  Authentication who, Model model, HttpServletResponse response) {
        return unitChange(new DirectoryEdit.RenameUnit(officeId, unitId, name), "name", name, who, model, response);
    }

    @PostMapping("/{officeId}/{unitId}/addresses")
    String addAddress(@PathVariable String officeId, @PathVariable String unitId,
                      @RequestParam(defaultValue = "") String address, Authentication who, Model model,
                      HttpServletResponse response) {
        return unitChange(new DirectoryEdit.AddUnitAddress(officeId, unitId, address), "add-address", address, who,
                model, response);
    }

    @PostMapping("/{officeId}/{unitId}/addresses/change")
    String changeAddress(@PathVariable String officeId, @PathVariable String unitId,
                         @RequestParam(defaultValue = "") String old, @RequestParam(defaultValue = "") String address,
                         Authentication who, Model model, HttpServletResponse response) {
        return unitChange(new DirectoryEdit.ChangeUnitAddress(officeId, unitId, old, address), "address:" + old,
                address, who, model, response);
    }

    @PostMapping("/{officeId}/{unitId}/addresses/remove")
    String removeAddress(@PathVariable String officeId, @PathVariable String unitId,
                         @RequestParam(defaultValue = "") String address, Authentication who, Model model,
                         HttpServletResponse response) {
        return unitChange(new DirectoryEdit.RemoveUnitAddress(officeId, unitId, address), "address:" + address,
                address, who, model, response);
    }

    @PostMapping("/{officeId}/{unitId}/aliases")
    String addAlias(@PathVariable String officeId, @PathVariable String unitId,
                    @RequestParam(defaultValue = "") String alias, Authentication who, Model model,
                    HttpServletResponse response) {
        return unitChange(new DirectoryEdit.AddAlias(officeId, unitId, alias), "add-alias", alias, who, model, response);
    }

    @PostMapping("/{officeId}/{unitId}/aliases/remove")
    String removeAlias(@PathVariable String officeId, @PathVariable String unitId,
                       @RequestParam(defaultValue = "") String alias, Authentication who, Model model,
                       HttpServletResponse response) {
        return unitChange(new DirectoryEdit.RemoveAlias(officeId, unitId, alias), "alias:" + alias, alias, who, model,
                response);
    }

    /** A learned address becomes one of the unit's addresses in the file (and is no longer a learned one). */
    @PostMapping("/{officeId}/{unitId}/learned/adopt")
    String adoptLearned(@PathVariable String officeId, @PathVariable String unitId,
                        @RequestParam(defaultValue = "") String address, Authentication who, Model model,
                        HttpServletResponse response) {
        return unitChange(new DirectoryEdit.AddUnitAddress(officeId, unitId, address), "learned:" + address, address,
                who, model, response);
    }

    @PostMapping("/{officeId}/{unitId}/learned/remove")
    String forgetLearned(@PathVariable String officeId, @PathVariable String unitId,
                         @RequestParam(defaultValue = "") String address, Authentication who) {
        Unit unit = office(officeId).unit(unitId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        changes.forgetLearned(Viewer.of(who).name(), officeId, unit.id(), address);
        return "redirect:" + unitPath(officeId, unitId) + "?saved=forget-learned-address";
    }

    @PostMapping("/{officeId}/units")
    String addUnit(@PathVariable String officeId, @RequestParam(defaultValue = "") String id,
                   @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String address,
                   Authentication who, Model model, HttpServletResponse response) {
        return officeChange(new DirectoryEdit.AddUnit(officeId, id, name, address), "add-unit",
                Map.of("id", id, "name", name, "address", address), who, model, response);
    }

    @PostMapping("/{officeId}/staff")
    String addStaff(@PathVariable String officeId, @RequestParam(defaultValue = "") String name,
                    @RequestParam(defaultValue = "") String email, Authentication who, Model model,
                    HttpServletResponse response) {
        return officeChange(new DirectoryEdit.AddStaff(officeId, name, email), "add-staff",
                Map.of("name", name, "email", email), who, model, response);
    }

    @PostMapping("/{officeId}/staff/change")
    String changeStaff(@PathVariable String officeId, @RequestParam(defaultValue = "") String old,
                       @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String email,
                       Authentication who, Model model, HttpServletResponse response) {
        return officeChange(new DirectoryEdit.ChangeStaff(officeId, old, name, email), "staff:" + old,
                Map.of("name", name, "email", email), who, model, response);
    }

    @PostMapping("/{officeId}/staff/remove")
    String removeStaff(@PathVariable String officeId, @RequestParam(defaultValue = "") String email,
                       Authentication who, Model model, HttpServletResponse response) {
        return officeChange(new DirectoryEdit.RemoveStaff(officeId, email), "staff:" + email,
                Map.of("email", email), who, model, response);
    }

    private String unitChange(DirectoryEdit.OfUnit edit, String form, String value, Authentication who, Model model,
                              HttpServletResponse response) {
        Office office = office(edit.officeId());
        office.unit(edit.unitId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            DirectoryEditor.Change change = changes.apply(Viewer.of(who).name(), edit);
            return "redirect:" + unitPath(office.id(), edit.unitId()) + "?saved=" + change.action();
        } catch (DirectoryEditRefused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            fillUnit(directory.office(office.id()).orElse(office), edit.unitId(), model);
            model.addAttribute("saved", "");
            model.addAttribute("form", refusal(form, refused, Map.of("value", value)));
            return "directory-unit";
        }
    }

    private String officeChange(DirectoryEdit edit, String form, Map<String, String> values, Authentication who,
                                Model model, HttpServletResponse response) {
        Office office = office(edit.officeId());
        try {
            DirectoryEditor.Change change = changes.apply(Viewer.of(who).name(), edit);
            if (edit instanceof DirectoryEdit.AddUnit) {
                String unitId = change.subjectId().substring(office.id().length() + 1);
                return "redirect:" + unitPath(office.id(), unitId) + "?saved=" + change.action();
            }
            return "redirect:/directory/" + encode(office.id()) + "?saved=" + change.action();
        } catch (DirectoryEditRefused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            Office now = directory.office(office.id()).orElse(office);
            model.addAttribute("office", officeCard(now));
            model.addAttribute("units", now.units().stream().map(this::unitRow).toList());
            model.addAttribute("saved", "");
            model.addAttribute("audit", auditRows("office", now.id()));
            model.addAttribute("form", refusal(form, refused, values));
            return "directory-office";
        }
    }

    /** What the view needs to show a refusal beside its field and keep what was typed. */
    private Map<String, Object> refusal(String form, DirectoryEditRefused refused, Map<String, String> values) {
        Map<String, Object> shown = new LinkedHashMap<>(values);
        shown.put("id", form);
        shown.put("field", refused.field() == null ? "" : refused.field());
        shown.put("error", messages.getMessage("directory.error." + refused.reason(), refused.args().toArray(),
                refused.reason().toString(), LocaleContextHolder.getLocale()));
        return shown;
    }

    private void fillUnit(Office office, String unitId, Model model) {
        Unit unit = office.unit(unitId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("office", officeCard(office));
        model.addAttribute("unit", unitRow(unit));
        model.addAttribute("learned", learned.ofOffice(office.id()).stream().filter(a -> a.unitId().equals(unit.id()))
                .map(this::learnedRow).toList());
        model.addAttribute("audit", auditRows("unit", office.id() + "/" + unit.id()));
    }

    private Office office(String officeId) {
        return directory.office(officeId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Map<String, List<String>> learnedByUnit(Office office) {
        Map<String, List<String>> byUnit = new LinkedHashMap<>();
        for (LearnedAddress address : learned.ofOffice(office.id())) {
            byUnit.computeIfAbsent(address.unitId(), u -> new ArrayList<>()).add(address.address());
        }
        return byUnit;
    }

    private static boolean matches(String key, Unit unit, List<String> confirmed) {
        List<String> texts = new ArrayList<>(List.of(unit.id(), unit.name()));
        texts.addAll(unit.aliases());
        texts.addAll(unit.emails());
        texts.addAll(confirmed);
        return texts.stream().anyMatch(t -> VietnameseText.accentFreeKey(t).contains(key)
                || t.toLowerCase(Locale.ROOT).contains(key));
    }

    private Map<String, Object> officeCard(Office office) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("id", office.id());
        card.put("name", office.name());
        card.put("mailbox", office.mailbox());
        card.put("path", "/directory/" + encode(office.id()));
        List<Map<String, String>> staff = new ArrayList<>();
        for (StaffMember member : office.staff()) {
            staff.add(Map.of("name", member.name(), "email", member.email()));
        }
        card.put("staff", staff);
        return card;
    }

    private Map<String, Object> unitRow(Unit unit) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", unit.id());
        row.put("name", unit.name());
        row.put("emails", unit.emails());
        row.put("aliases", unit.aliases());
        row.put("addressee", unit.addressee() == null ? "" : unit.addressee());
        row.put("path", unitPath(unit.officeId(), unit.id()));
        return row;
    }

    private Map<String, Object> learnedRow(LearnedAddress address) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("address", address.address());
        row.put("learnedOn", PageController.DAY.format(address.learnedAt().atZone(zone)));
        row.put("report", address.reportId() == null ? "" : String.valueOf(address.reportId()));
        return row;
    }

    private List<Map<String, Object>> auditRows(String subject, String subjectId) {
        List<AuditEntry> entries = audit.entriesFor(subject, subjectId, AUDIT_ROWS);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : AuditRows.of(entries, zone)) {
            Map<String, Object> shown = new LinkedHashMap<>(row);
            shown.put("action", actionText(String.valueOf(row.get("action"))));
            rows.add(shown);
        }
        return rows;
    }

    private String actionText(String action) {
        return messages.getMessage("directory.action." + action, null, action, LocaleContextHolder.getLocale());
    }

    private static String unitPath(String officeId, String unitId) {
        return "/directory/" + encode(officeId) + "/" + encode(unitId);
    }

    private static String encode(String segment) {
        return UriUtils.encodePathSegment(segment, java.nio.charset.StandardCharsets.UTF_8);
    }
}
