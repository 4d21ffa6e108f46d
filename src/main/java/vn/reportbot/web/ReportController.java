package vn.reportbot.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.reportbot.matching.Decision;
import vn.reportbot.report.ReportLog;
import vn.reportbot.report.ReportView;

@RestController
@RequestMapping("/api/reports")
class ReportController {

    private final ReportLog reports;

    ReportController(ReportLog reports) {
        this.reports = reports;
    }

    @GetMapping
    List<ReportView> list(@RequestParam Optional<String> decision, @RequestParam Optional<String> office,
                          @RequestParam(defaultValue = "500") int limit) {
        Optional<String> normalised = decision.map(d -> d.trim().toUpperCase(Locale.ROOT));
        normalised.ifPresent(d -> {
            try {
                Decision.valueOf(d);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("decision must be MATCHED, NEEDS_REVIEW or IGNORED, not '" + d + "'");
            }
        });
        return reports.list(normalised, office, limit);
    }
}
