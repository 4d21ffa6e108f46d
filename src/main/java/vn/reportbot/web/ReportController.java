package vn.reportbot.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.reportbot.matching.Decision;
import vn.reportbot.report.ReportLog;
import vn.reportbot.report.ReportView;
import vn.reportbot.report.ReviewDesk;
import vn.reportbot.report.SettlementRefusedException;

@RestController
@RequestMapping("/api/reports")
class ReportController {

    private final ReportLog reports;
    private final ReviewDesk review;

    ReportController(ReportLog reports, ReviewDesk review) {
        this.reports = reports;
        this.review = review;
    }

    /**
     * Settles a review entry: {@code {"unit":"phuoc-dai","dispatchId":2,"rememberAddress":true}} counts it,
     * {@code {"dismiss":true,"reason":"…"}} sets it aside.
     */
    @PostMapping("/{id}/settle")
    ResponseEntity<?> settle(@PathVariable long id, @RequestBody Settlement settlement, Principal who) {
        try {
            if (Boolean.TRUE.equals(settlement.dismiss())) {
                return ResponseEntity.ok(review.dismiss(id, settlement.reason(), who.getName()));
            }
            if (settlement.unit() == null || settlement.dispatchId() == null) {
                return ResponseEntity.badRequest().body(new ApiError(
                        "give \"unit\" and \"dispatchId\" to count the report, or \"dismiss\": true to set it aside"));
            }
            return ResponseEntity.ok(review.assign(id, settlement.unit(), settlement.dispatchId(),
                    Boolean.TRUE.equals(settlement.rememberAddress()), who.getName()));
        } catch (SettlementRefusedException e) {
            HttpStatus status = switch (e.why()) {
                case NOT_FOUND -> HttpStatus.NOT_FOUND;
                case ALREADY_DECIDED -> HttpStatus.CONFLICT;
                case DOES_NOT_FIT -> HttpStatus.UNPROCESSABLE_CONTENT;
            };
            return ResponseEntity.status(status).body(new ApiError(e.getMessage()));
        }
    }

    /** The body of a settlement. */
    record Settlement(String unit, Long dispatchId, Boolean rememberAddress, Boolean dismiss, String reason) {
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
