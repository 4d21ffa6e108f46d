package vn.reportbot.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import vn.reportbot.audit.AuditLog;
import vn.reportbot.directory.Directory;
import vn.reportbot.directory.Office;
import vn.reportbot.directory.Unit;
import vn.reportbot.dispatch.DispatchCatalog;
import vn.reportbot.dispatch.KnownDispatch;
import vn.reportbot.templates.RenderedMail;
import vn.reportbot.templates.TemplateEditor;
import vn.reportbot.templates.TemplateException;
import vn.reportbot.templates.TemplateRenderer;
import vn.reportbot.templates.TemplateVersion;
import vn.reportbot.templates.TemplateVersions;

/**
 * The templates page (ADMIN only, as {@code SecurityConfiguration} says): the mail templates with their offices' own
 * versions ({@code GET /templates}), and an editor for each file, shipped ({@code /templates/{file}}) or an office's
 * own ({@code /templates/{office}/{file}}), whose form validates, previews with a real dispatch and unit, saves, and
 * rolls back to an earlier version; every save is a version and an audit entry.
 */
@Controller
@StaffPages
class TemplateController {

    private static final int AUDIT_ROWS = 20;

    private final TemplateRenderer renderer;
    private final TemplateEditor editor;
    private final TemplateVersions versions;
    private final AuditLog audit;
    private final Directory directory;
    private final DispatchCatalog dispatches;
    private final MessageSource messages;
    private final ZoneId zone;

    TemplateController(TemplateRenderer renderer, TemplateEditor editor, TemplateVersions versions, AuditLog audit,
                       Directory directory, DispatchCatalog dispatches, MessageSource messages, Environment environment) {
        this.renderer = renderer;
        this.editor = editor;
        this.versions = versions;
        this.audit = audit;
        this.directory = directory;
        this.dispatches = dispatches;
        this.messages = messages;
        this.zone = ZoneId.of(environment.getProperty("reportbot.zone", "Asia/Ho_Chi_Minh"));
    }

    @GetMapping("/templates")
    String list(Model model) {
        Map<String, TemplateVersion> latest = versions.latest();
        List<Map<String, Object>> mails = new ArrayList<>();
        for (String mail : TemplateRenderer.MAILS) {
            List<Map<String, Object>> files = new ArrayList<>();
            for (String file : TemplateRenderer.filesOfMail(mail)) {
                List<Map<String, Object>> own = new ArrayList<>();
                for (Office office : directory.offices()) {
                    Map<String, Object> row = change(office.id(), file, latest);
                    row.put("office", office.name());
                    row.put("own", renderer.overrides(office.id(), file));
                    row.put("href", "/templates/" + office.id() + "/" + file);
                    own.add(row);
                }
                Map<String, Object> row = change(null, file, latest);
                row.put("file", file);
                row.put("href", "/templates/" + file);
                row.put("offices", own);
                files.add(row);
            }
            mails.add(Map.of("name", mail, "files", files));
        }
        model.addAttribute("mails", mails);
        model.addAttribute("audit", AuditRows.of(audit.entriesOf("template", AUDIT_ROWS), zone));
        return "templates";
    }

    /** When the file an office's mails use was last changed and by whom: its newest saved version, else the disk's time. */
    private Map<String, Object> change(String officeId, String file, Map<String, TemplateVersion> latest) {
        Map<String, Object> row = new LinkedHashMap<>();
        String used = officeId != null && renderer.overrides(officeId, file) ? officeId : null;
        TemplateVersion version = latest.get(TemplateVersions.label(used, file));
        if (version != null) {
            row.put("at", PageController.DAY_TIME.format(version.savedAt().atZoneSameInstant(zone)));
            row.put("by", version.savedBy());
        } else {
            row.put("at", PageController.DAY_TIME.format(renderer.modifiedAt(officeId, file).atZone(zone)));
            row.put("by", "");
        }
        return row;
    }

    @GetMapping("/templates/{file}")
    String shipped(@PathVariable String file, @RequestParam Optional<Long> dispatch, @RequestParam Optional<String> unit,
                   @RequestParam Optional<String> done, Model model) {
        return editorPage(null, file, null, dispatch, unit, done, model);
    }

    @GetMapping("/templates/{office}/{file}")
    String office(@PathVariable String office, @PathVariable String file, @RequestParam Optional<Long> dispatch,
                  @RequestParam Optional<String> unit, @RequestParam Optional<String> done, Model model) {
        return editorPage(requireOffice(office).id(), file, null, dispatch, unit, done, model);
    }

    @PostMapping("/templates/{file}")
    String postShipped(@PathVariable String file, @RequestParam String action,
                       @RequestParam Optional<String> content, @RequestParam Optional<Long> version,
                       @RequestParam Optional<Long> dispatch, @RequestParam Optional<String> unit,
                       Authentication who, Model model) {
        return act(null, file, action, content, version, dispatch, unit, who, model);
    }

    @PostMapping("/templates/{office}/{file}")
    String postOffice(@PathVariable String office, @PathVariable String file, @RequestParam String action,
                      @RequestParam Optional<String> content, @RequestParam Optional<Long> version,
                      @RequestParam Optional<Long> dispatch, @RequestParam Optional<String> unit,
                      Authentication who, Model model) {
        return act(requireOffice(office).id(), file, action, content, version, dispatch, unit, who, model);
    }

    private String act(String officeId, String file, String action, Optional<String> content, Optional<Long> version,
                       Optional<Long> dispatch, Optional<String> unit, Authentication who, Model model) {
        requireFile(file);
        String actor = Viewer.of(who).name();
        String text = TemplateEditor.normalised(content.orElse(""));
        Map<String, Object> outcome = new LinkedHashMap<>();
        try {
            switch (action) {
                case "validate" -> {
                    renderer.check(officeId, file, text);
                    outcome.put("ok", message("templates.valid", TemplateRenderer.mailOf(file),
                            renderer.samplesOf(TemplateRenderer.mailOf(file)).size()));
                }
                case "preview" -> {
                    // shown below with the text as edited
                }
                case "save" -> {
                    if (text.length() > TemplateEditor.MAX_LENGTH) {
                        outcome.put("error", message("templates.tooLong", TemplateEditor.MAX_LENGTH));
                        break;
                    }
                    editor.save(actor, officeId, file, text, "save");
                    return "redirect:" + query(path(officeId, file), dispatch, unit, "saved");
                }
                case "rollback" -> {
                    TemplateVersion earlier = version.flatMap(versions::byId)
                            .filter(v -> v.name().equals(file) && java.util.Objects.equals(v.office(), officeId))
                            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
                    text = earlier.content();
                    editor.save(actor, officeId, file, text, "rollback");
                    return "redirect:" + query(path(officeId, file), dispatch, unit, "rolledBack");
                }
                default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
            }
        } catch (TemplateException e) {
            outcome.put("error", problem(e));
            outcome.put("detail", e.detail() == null ? "" : e.detail());
            outcome.put("line", e.line());
            outcome.put("column", e.column());
        }
        model.addAttribute("outcome", outcome);
        return editor(officeId, file, text, dispatch, unit, model);
    }

    private String editorPage(String officeId, String file, String content, Optional<Long> dispatch,
                              Optional<String> unit, Optional<String> done, Model model) {
        requireFile(file);
        Map<String, Object> outcome = new LinkedHashMap<>();
        done.filter(d -> d.equals("saved") || d.equals("rolledBack"))
                .ifPresent(d -> outcome.put("ok", message("templates." + d)));
        model.addAttribute("outcome", outcome);
        return editor(officeId, file, content, dispatch, unit, model);
    }

    private String editor(String officeId, String file, String content, Optional<Long> dispatch, Optional<String> unit,
                          Model model) {
        String text = content == null ? renderer.content(officeId, file) : content;
        Office office = officeId == null ? null : directory.requireOffice(officeId);
        model.addAttribute("file", file);
        model.addAttribute("mail", TemplateRenderer.mailOf(file));
        model.addAttribute("siblings", TemplateRenderer.filesOfMail(TemplateRenderer.mailOf(file)));
        model.addAttribute("officeId", officeId == null ? "" : officeId);
        model.addAttribute("officeName", office == null ? "" : office.name());
        model.addAttribute("own", officeId != null && renderer.overrides(officeId, file));
        model.addAttribute("path", path(officeId, file));
        model.addAttribute("base", officeId == null ? "/templates/" : "/templates/" + officeId + "/");
        model.addAttribute("html", file.endsWith(".html.ftl"));
        model.addAttribute("content", text);
        model.addAttribute("versions", versionRows(officeId, file));
        model.addAttribute("audit", AuditRows.of(audit.entriesFor("template", TemplateVersions.label(officeId, file),
                AUDIT_ROWS), zone));
        preview(officeId, file, text, dispatch, unit, model);
        return "template";
    }

    /** The saved versions, newest first; the newest that the file still reads is marked as the one in use. */
    private List<Map<String, Object>> versionRows(String officeId, String file) {
        String inUse = renderer.overrides(officeId, file) || officeId == null ? renderer.content(officeId, file) : null;
        List<Map<String, Object>> rows = new ArrayList<>();
        boolean marked = false;
        for (TemplateVersion v : versions.history(officeId, file)) {
            boolean current = !marked && v.content().equals(inUse);
            marked |= current;
            rows.add(Map.of("id", v.id(), "at", PageController.DAY_TIME.format(v.savedAt().atZoneSameInstant(zone)),
                    "by", v.savedBy(), "current", current));
        }
        return rows;
    }

    /** The dispatches to pick from, the one picked and its unit, and the mail rendered with them. */
    private void preview(String officeId, String file, String text, Optional<Long> dispatchId, Optional<String> unitId,
                         Model model) {
        List<Office> offices = officeId == null ? directory.offices() : List.of(directory.requireOffice(officeId));
        List<Map<String, Object>> choices = new ArrayList<>();
        List<Map<String, Object>> unitGroups = new ArrayList<>();
        KnownDispatch chosen = null;
        for (Office office : offices) {
            for (KnownDispatch d : dispatches.dispatchesOf(office.id())) {
                choices.add(Map.of("id", d.id(), "label", (d.number() == null ? "" : d.number()) + " · " + office.name()));
                if (chosen == null && (dispatchId.isEmpty() || dispatchId.get() == d.id())) {
                    chosen = d;
                }
            }
            unitGroups.add(Map.of("office", office.name(), "units", office.units().stream()
                    .map(u -> Map.of("id", u.id(), "name", u.name())).toList()));
        }
        model.addAttribute("dispatches", choices);
        model.addAttribute("unitGroups", unitGroups);
        model.addAttribute("dispatchId", chosen == null ? -1L : chosen.id());
        model.addAttribute("unitId", "");
        List<Map<String, Object>> samples = renderer.samplesOf(TemplateRenderer.mailOf(file));
        if (chosen == null || samples.isEmpty()) {
            return;
        }
        Office office = directory.requireOffice(chosen.officeId());
        if (office.units().isEmpty()) {
            return;
        }
        Unit unit = unitId.flatMap(office::unit).orElse(office.units().get(0));
        model.addAttribute("unitId", unit.id());
        model.addAttribute("previewDispatch", chosen.number() == null ? "" : chosen.number());
        model.addAttribute("previewUnit", unit.name());
        try {
            RenderedMail mail = renderer.preview(officeId, file, text,
                    TemplatePreviewModel.of(samples.get(0), chosen, office, unit));
            model.addAttribute("preview", Map.of("subject", mail.subject(), "text", mail.text(), "html", mail.html()));
        } catch (TemplateException e) {
            model.addAttribute("previewError", problem(e));
        }
    }

    /** What went wrong, in the page's language: where, and what kind of failure; FreeMarker's own words go beside it. */
    private String problem(TemplateException e) {
        String line = String.valueOf(e.line());
        String column = String.valueOf(e.column());
        if (e.getCause() instanceof freemarker.core.ParseException) {
            return message("templates.error.syntax", line, column);
        }
        if (e.missingName() != null) {
            return message("templates.error.missing", line, column, e.missingName());
        }
        return message("templates.error.render", line, column);
    }

    private String message(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, locale);
    }

    private static String path(String officeId, String file) {
        return officeId == null ? "/templates/" + file : "/templates/" + officeId + "/" + file;
    }

    private static String query(String path, Optional<Long> dispatch, Optional<String> unit, String done) {
        StringBuilder url = new StringBuilder(path).append("?done=").append(done);
        dispatch.ifPresent(d -> url.append("&dispatch=").append(d));
        unit.filter(u -> u.matches("[A-Za-z0-9_-]+")).ifPresent(u -> url.append("&unit=").append(u));
        return url.toString();
    }

    private Office requireOffice(String officeId) {
        return directory.office(officeId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static void requireFile(String file) {
        if (!TemplateRenderer.isTemplateFile(file)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
