package vn.reportbot.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import vn.reportbot.audit.AuditLog;
import vn.reportbot.directory.Directory;
import vn.reportbot.directory.Office;
import vn.reportbot.directory.Unit;
import vn.reportbot.dispatch.DispatchImporter;
import vn.reportbot.dispatch.DuplicateDispatchException;
import vn.reportbot.dispatch.ImportedDispatch;
import vn.reportbot.dispatch.KnownDispatch;
import vn.reportbot.dispatchtext.DispatchParseException;
import vn.reportbot.dispatchtext.ParsedDispatch;
import vn.reportbot.documents.DocumentTextReader;
import vn.reportbot.documents.UnreadableDocumentException;

/**
 * The import page: a dispatch file uploaded or its text pasted ({@code POST /import}) is read without storing it and
 * kept as a draft ({@link ImportDrafts}); its page ({@code GET /import/{token}}) shows what was read, the problems,
 * the units that will be asked to report and a dispatch already imported under that number; the person corrects any
 * field and confirms ({@code POST /import/{token}}), which imports it, records the import and the corrections in the
 * audit log and leads to the dispatch's page. A STAFF user imports into their own offices only.
 */
@Controller
@StaffPages
class ImportPageController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DispatchImporter importer;
    private final ImportDrafts drafts;
    private final Directory directory;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final WebProperties settings;

    ImportPageController(DispatchImporter importer, ImportDrafts drafts, Directory directory, AuditLog audit,
                         PlatformTransactionManager transactions, WebProperties settings) {
        this.importer = importer;
        this.drafts = drafts;
        this.directory = directory;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.settings = settings;
    }

    @GetMapping("/import")
    String form(Authentication who, Model model) {
        return upload(Viewer.of(who), model, Optional.empty(), null);
    }

    @PostMapping("/import")
    String read(@RequestParam Optional<MultipartFile> file, @RequestParam Optional<String> text,
                @RequestParam Optional<String> office, Authentication who, Model model,
                jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response) throws IOException {
        Viewer viewer = Viewer.of(who);
        Optional<String> chosen = office.filter(o -> !o.isBlank());
        chosen.ifPresent(o -> OfficeScope.requireOffice(viewer, o));
        Optional<MultipartFile> upload = file.filter(f -> !f.isEmpty());
        String pasted = text.orElse("").strip();
        if (request.getAttribute(UploadLimitFilter.TOO_LARGE) != null
                || !BoundedText.fits(pasted, settings.dispatchTextLimit())) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            return upload(viewer, model, chosen, problem("import.error.tooLarge", Long.toString(limitKb())));
        }
        ParsedDispatch parsed;
        String sourceName = null;
        byte[] bytes = null;
        try {
            if (upload.isPresent()) {
                sourceName = safeName(upload.get().getOriginalFilename());
                if (!DocumentTextReader.isSupported(sourceName)) {
                    response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                    return upload(viewer, model, chosen, problem("import.error.format", sourceName));
                }
                bytes = upload.get().getBytes();
                parsed = importer.read(sourceName, bytes);
            } else if (!pasted.isEmpty()) {
                parsed = importer.readText(pasted);
            } else {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                return upload(viewer, model, chosen, problem("import.error.nothing"));
            }
        } catch (UnreadableDocumentException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return upload(viewer, model, chosen, problem("import.error.unreadable", sourceName));
        } catch (DispatchParseException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return upload(viewer, model, chosen, problem("import.error.notDispatch"));
        }
        String officeId = chosen.or(() -> onlyOffice(viewer))
                .or(() -> importer.officeOf(parsed).filter(viewer::sees)).orElse(null);
        ImportDrafts.Draft draft = drafts.add(viewer.name(), sourceName, bytes, parsed, officeId);
        return "redirect:/import/" + draft.token();
    }

    @GetMapping("/import/{token}")
    String draft(@PathVariable String token, Authentication who, Model model) {
        Viewer viewer = Viewer.of(who);
        ImportDrafts.Draft draft = find(token, viewer);
        return preview(viewer, draft, ImportForm.fieldsOf(draft.current()), Map.of(), model, null);
    }

    @PostMapping("/import/{token}")
    String correct(@PathVariable String token, @RequestParam Map<String, String> params,
                   @RequestParam(defaultValue = "check") String action, Authentication who, Model model,
                   HttpServletResponse response) {
        Viewer viewer = Viewer.of(who);
        ImportDrafts.Draft draft = find(token, viewer);
        if ("discard".equals(action)) {
            drafts.remove(token);
            return "redirect:/import?discarded";
        }
        String office = Optional.ofNullable(params.get("office")).filter(o -> !o.isBlank()).orElse(draft.officeId());
        if (office != null) {
            OfficeScope.requireOffice(viewer, office);
            if (directory.office(office).isEmpty()) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "no office " + office);
            }
        }
        Map<String, String> fields = ImportForm.submitted(params);
        Map<String, String> errors = ImportForm.errors(fields);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return preview(viewer, draft.corrected(draft.current(), office), fields, errors, model, null);
        }
        ImportDrafts.Draft corrected = draft.corrected(ImportForm.apply(draft.read(), fields), office);
        drafts.update(corrected);
        if (!"confirm".equals(action)) {
            return "redirect:/import/" + token;
        }
        if (office == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return preview(viewer, corrected, fields, Map.of("office", "import.error.office"), model, null);
        }
        try {
            long id = confirm(viewer, corrected);
            drafts.remove(token);
            return "redirect:/dispatches/" + id;
        } catch (DuplicateDispatchException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return preview(viewer, corrected, fields, Map.of(), model, problem("import.error.duplicate"));
        }
    }

    /** Imports the draft and records it, with what was corrected, in one transaction. */
    private long confirm(Viewer viewer, ImportDrafts.Draft draft) {
        byte[] original = drafts.fileOf(draft);
        return transaction.execute(status -> {
            ImportedDispatch imported = importer.importParsed(draft.current(), draft.officeId(), draft.sourceName(),
                    original);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("file", draft.sourceName());
            after.put("office", draft.officeId());
            after.put("fields", ImportForm.fieldsOf(draft.current()));
            after.put("corrected", ImportForm.changes(draft.read(), draft.current()));
            audit.record(viewer.name(), "dispatch", Long.toString(imported.id()), "import", null,
                    JSON.writeValueAsString(after));
            return imported.id();
        });
    }

    private String upload(Viewer viewer, Model model, Optional<String> chosen, Map<String, Object> problem) {
        model.addAttribute("offices", choices(viewer));
        model.addAttribute("office", chosen.or(() -> onlyOffice(viewer)).orElse(""));
        model.addAttribute("limitKb", limitKb());
        model.addAttribute("extensions", String.join(", ", DocumentTextReader.EXTENSIONS));
        if (problem != null) {
            model.addAttribute("problem", problem);
        }
        return "import";
    }

    private String preview(Viewer viewer, ImportDrafts.Draft draft, Map<String, String> fields,
                           Map<String, String> errors, Model model, Map<String, Object> problem) {
        ParsedDispatch now = draft.current();
        Map<String, String> read = ImportForm.fieldsOf(draft.read());
        Optional<Office> office = Optional.ofNullable(draft.officeId()).flatMap(directory::office);
        model.addAttribute("token", draft.token());
        model.addAttribute("file", draft.sourceName() == null ? "" : draft.sourceName());
        model.addAttribute("fields", fields);
        model.addAttribute("read", read);
        model.addAttribute("changed", List.copyOf(ImportForm.changes(draft.read(), now).keySet()));
        model.addAttribute("errors", errors);
        model.addAttribute("offices", choices(viewer));
        model.addAttribute("office", draft.officeId() == null ? "" : draft.officeId());
        model.addAttribute("officeName", office.map(Office::name).orElse(""));
        model.addAttribute("units", office.map(o -> o.units().stream().map(Unit::name).toList()).orElse(List.of()));
        model.addAttribute("problems", problems(now, office.isPresent()));
        model.addAttribute("cadences", List.of("", "DAILY", "WEEKLY", "MONTHLY", "QUARTERLY", "ONGOING"));
        Optional<KnownDispatch> duplicate = office.flatMap(o -> importer.alreadyImported(o.id(), now));
        model.addAttribute("duplicate", duplicate.map(d -> Map.of("id", d.id(), "number", d.number(),
                "issuedOn", PageController.day(d.issuedOn()), "subject", d.subject() == null ? "" : d.subject()))
                .orElse(null));
        if (problem != null) {
            model.addAttribute("problem", problem);
        }
        return "import-preview";
    }

    /** The message keys of what the reading left out, for a person to check before confirming. */
    private static List<String> problems(ParsedDispatch d, boolean officeKnown) {
        List<String> problems = new ArrayList<>();
        if (!officeKnown) {
            problems.add("import.problem.office");
        }
        if (d.issuedOn() == null) {
            problems.add("import.problem.issuedOn");
        }
        if (d.deadline() == null && d.cadence() == null) {
            problems.add("import.problem.deadline");
        }
        if (d.tasks().isEmpty()) {
            problems.add("import.problem.tasks");
        }
        if (d.mailbox() == null) {
            problems.add("import.problem.mailbox");
        }
        if (d.signer() == null) {
            problems.add("import.problem.signer");
        }
        return problems;
    }

    private List<Map<String, String>> choices(Viewer viewer) {
        return directory.offices().stream().filter(o -> viewer.sees(o.id()))
                .map(o -> Map.of("id", o.id(), "name", o.name())).toList();
    }

    private Optional<String> onlyOffice(Viewer viewer) {
        List<Office> visible = directory.offices().stream().filter(o -> viewer.sees(o.id())).toList();
        return visible.size() == 1 ? Optional.of(visible.get(0).id()) : Optional.empty();
    }

    private ImportDrafts.Draft find(String token, Viewer viewer) {
        ImportDrafts.Draft draft = drafts.find(token, viewer.name())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no import draft " + token));
        if (draft.officeId() != null) {
            OfficeScope.requireOffice(viewer, draft.officeId());
        }
        return draft;
    }

    private long limitKb() {
        return settings.dispatchTextLimit().toKilobytes();
    }

    /** The file's own name, without any folder a browser sent with it. */
    private static String safeName(String name) {
        String base = vn.reportbot.text.FileNames.baseName(name);
        return base == null ? "cong-van.txt" : base;
    }

    /** A message for the page: its key and the values it names, as text. */
    private static Map<String, Object> problem(String key, Object... args) {
        return Map.of("key", key, "args", java.util.Arrays.stream(args).map(a -> a == null ? "" : a.toString()).toList());
    }
}
