package vn.reportbot.web;

import java.io.IOException;
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
import vn.reportbot.documents.DocumentTextReader;
import vn.reportbot.documents.UnreadableDocumentException;
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
        if (file.getSize() > DocumentTextReader.MAX_BYTES) {
            throw new UnreadableDocumentException("too large: more than 50 MB; documents up to 50 MB are read");
        }
        return created(importer.importFile(name, file.getBytes(), office).dispatch());
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
