package vn.reportbot.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import tools.jackson.databind.JsonNode;
import vn.reportbot.dispatch.DispatchCorrection;
import vn.reportbot.dispatch.DispatchCorrector;
import vn.reportbot.dispatch.DispatchImporter;
import vn.reportbot.dispatch.DispatchJson;
import vn.reportbot.dispatch.DispatchOverview;
import vn.reportbot.dispatchtext.Cadence;
import vn.reportbot.dispatchtext.DispatchTask;
import vn.reportbot.documents.DocumentTextReader;
import vn.reportbot.documents.UnreadableDocumentException;
import vn.reportbot.report.ReportLog;

@RestController
@RequestMapping("/api/dispatches")
class DispatchController {

    private static final java.util.Set<String> CORRECTABLE = java.util.Set.of("number", "subject", "deadline", "tasks",
            "cadence", "closed");

    private static final tools.jackson.databind.json.JsonMapper CADENCE = tools.jackson.databind.json.JsonMapper.builder()
            .build();

    private final DispatchImporter importer;
    private final DispatchCorrector corrector;
    private final DispatchOverview overview;
    private final ReportLog reports;
    private final OfficeScope scope;
    private final org.springframework.util.unit.DataSize textLimit;

    DispatchController(DispatchImporter importer, DispatchCorrector corrector, DispatchOverview overview,
                       ReportLog reports, OfficeScope scope, WebProperties settings) {
        this.textLimit = settings.dispatchTextLimit();
        this.importer = importer;
        this.corrector = corrector;
        this.overview = overview;
        this.reports = reports;
        this.scope = scope;
    }

    @PostMapping(consumes = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<DispatchJson> importText(jakarta.servlet.http.HttpServletRequest request,
                                            @RequestParam Optional<String> office, Authentication who)
            throws IOException {
        Optional<String> into = Viewer.of(who).oneOffice(office);
        String text = BoundedText.read(request, textLimit);
        return created(importer.importText(text, null, into).dispatch());
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> importFile(@RequestPart("file") MultipartFile file, @RequestParam Optional<String> office,
                                 Authentication who) throws IOException {
        office = Viewer.of(who).oneOffice(office);
        String name = vn.reportbot.text.FileNames.baseName(file.getOriginalFilename());
        if (file.getSize() > DocumentTextReader.MAX_BYTES) {
            throw new UnreadableDocumentException("too large: more than 50 MB; documents up to 50 MB are read");
        }
        return created(importer.importFile(name, file.getBytes(), office).dispatch());
    }

    @GetMapping
    List<DispatchOverview.DispatchListing> list(@RequestParam Optional<String> office, Authentication who) {
        Viewer viewer = Viewer.of(who);
        if (office.isPresent()) {
            OfficeScope.requireOffice(viewer, office.get());
        }
        return overview.list(office).stream().filter(d -> viewer.sees(d.office())).toList();
    }

    /**
     * Corrects what the parser read wrongly: {@code {"subject": "…", "deadline": "2021-10-20" or null,
     * "tasks": [{"ordinal": 1, "text": "…"}]}}, and closes or reopens the dispatch: {@code "closed": true} (from
     * today), {@code "closed": "2026-12-31"} (from that day) or {@code "closed": false} (reopened), recorded under the
     * logged-in user; {@code "cadence"}: words as a dispatch says them ({@code "hằng tuần, trước 15 giờ thứ Năm"}), the
     * structure ({@code {"frequency": "MONTHLY", "dayOfMonth": 25}}) or null (one-off); each part optional; 200 with
     * the dispatch; 400 for a deadline before the dispatch's date or more than five years ahead.
     */
    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> correct(@PathVariable long id, @RequestBody JsonNode body, java.security.Principal user) {
        scope.requireDispatch(Viewer.of(user), id);
        return corrector.correct(id, correction(body, user == null ? null : user.getName()))
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of(HttpStatus.NOT_FOUND, "no dispatch " + id)));
    }

    private static DispatchCorrection correction(JsonNode body, String user) {
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("expected a JSON object with subject, deadline, tasks, cadence and/or closed");
        }
        for (String name : body.propertyNames()) {
            if (!CORRECTABLE.contains(name)) {
                throw new IllegalArgumentException("'" + name + "' cannot be corrected; fields: cadence, closed, deadline,"
                        + " number, subject, tasks");
            }
        }
        String subject = body.has("subject") ? text(body.get("subject"), "subject") : null;
        java.time.LocalDate deadline = null;
        if (body.has("deadline") && !body.get("deadline").isNull()) {
            try {
                deadline = java.time.LocalDate.parse(text(body.get("deadline"), "deadline"));
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("deadline must be an ISO date such as 2021-10-20, or null");
            }
        }
        List<DispatchTask> tasks = null;
        if (body.has("tasks")) {
            JsonNode list = body.get("tasks");
            if (!list.isArray()) {
                throw new IllegalArgumentException("tasks must be a list of {\"ordinal\": 1, \"text\": \"…\"}");
            }
            tasks = new java.util.ArrayList<>();
            for (JsonNode task : list) {
                if (!task.path("ordinal").isIntegralNumber()) {
                    throw new IllegalArgumentException("each task needs a whole-number ordinal");
                }
                tasks.add(new DispatchTask(task.path("ordinal").asInt(), text(task.path("text"), "a task's text")));
            }
        }
        DispatchCorrection.Closing closing = body.has("closed") ? closing(body.get("closed"), user) : null;
        Cadence cadence = body.has("cadence") ? cadence(body.get("cadence")) : null;
        String number = body.has("number") ? text(body.get("number"), "number") : null;
        return new DispatchCorrection(subject, body.has("deadline"), deadline, tasks, closing, body.has("cadence"),
                cadence, user, number);
    }

    /**
     * A cadence as words ({@code "hằng tuần, trước 15 giờ thứ Năm"}, read as a dispatch's body is), as the structure
     * the API shows ({@code {"frequency": "WEEKLY", "weekday": "THURSDAY", "time": "15:00"}}), or null (no cadence).
     */
    private static Cadence cadence(JsonNode cadence) {
        if (cadence.isNull()) {
            return null;
        }
        if (cadence.isString()) {
            return DispatchCorrector.cadenceOf(cadence.asString());
        }
        if (cadence.isObject()) {
            try {
                Cadence read = CADENCE.treeToValue(cadence, Cadence.class);
                return read.phrase() == null || read.phrase().isBlank() ? new Cadence(read.frequency(), read.weekday(),
                        read.dayOfMonth(), read.time(), read.frequency() == null ? null : read.frequency().name()) : read;
            } catch (tools.jackson.core.JacksonException e) {
                throw new IllegalArgumentException("cadence: " + e.getOriginalMessage());
            }
        }
        throw new IllegalArgumentException("cadence must be words such as \"hằng tuần, trước 15 giờ thứ Năm\", an object"
                + " {\"frequency\": \"WEEKLY\", \"weekday\": \"THURSDAY\", \"time\": \"15:00\"} or null");
    }

    private static DispatchCorrection.Closing closing(JsonNode closed, String user) {
        if (closed.isBoolean()) {
            return closed.asBoolean() ? DispatchCorrection.Closing.today(user) : DispatchCorrection.Closing.reopen(user);
        }
        if (closed.isString()) {
            try {
                return DispatchCorrection.Closing.from(java.time.LocalDate.parse(closed.asString()), user);
            } catch (java.time.format.DateTimeParseException e) {
                // told below
            }
        }
        throw new IllegalArgumentException("closed must be true (closed from today), an ISO date such as 2026-12-31"
                + " (closed from that day) or false (reopened), not " + closed);
    }

    private static String text(JsonNode node, String what) {
        if (node == null || !node.isString()) {
            throw new IllegalArgumentException(what + " must be a string");
        }
        return node.asString();
    }

    @GetMapping("/{id}/status")
    ResponseEntity<?> status(@PathVariable long id, Authentication who) {
        scope.requireDispatch(Viewer.of(who), id);
        return overview.statusByTask(id, reports::tasksOfReportsFor).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(ApiError.of(HttpStatus.NOT_FOUND, "no dispatch " + id)));
    }

    private static ResponseEntity<DispatchJson> created(DispatchJson dispatch) {
        return ResponseEntity.status(HttpStatus.CREATED).body(dispatch);
    }
}
