package vn.reportbot.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.reportbot.dispatch.DispatchImporter;
import vn.reportbot.dispatch.DispatchJson;
import vn.reportbot.dispatch.DispatchOverview;
import vn.reportbot.report.ReportLog;

@RestController
@RequestMapping("/api/dispatches")
class DispatchController {

    private final DispatchImporter importer;
    private final DispatchOverview overview;
    private final ReportLog reports;

    DispatchController(DispatchImporter importer, DispatchOverview overview, ReportLog reports) {
        this.importer = importer;
        this.overview = overview;
        this.reports = reports;
    }

    @PostMapping(consumes = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<DispatchJson> importText(@RequestBody String text, @RequestParam Optional<String> office) {
        return created(importer.importText(text, null, office).dispatch());
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> importFile(@RequestPart("file") MultipartFile file, @RequestParam Optional<String> office)
            throws IOException {
        String name = file.getOriginalFilename();
        if (name != null && !name.toLowerCase(java.util.Locale.ROOT).endsWith(".txt")) {
            return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                    .body(new ApiError("'" + name + "': only plain-text (.txt) dispatches are read so far"));
        }
        return created(importer.importText(new String(file.getBytes(), StandardCharsets.UTF_8), name, office).dispatch());
    }

    @GetMapping
    List<DispatchOverview.DispatchListing> list(@RequestParam Optional<String> office) {
        return overview.list(office);
    }

    @GetMapping("/{id}/status")
    ResponseEntity<?> status(@PathVariable long id) {
        return overview.status(id, reports::idsForTask).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError("no dispatch " + id)));
    }

    private static ResponseEntity<DispatchJson> created(DispatchJson dispatch) {
        return ResponseEntity.status(HttpStatus.CREATED).body(dispatch);
    }
}
