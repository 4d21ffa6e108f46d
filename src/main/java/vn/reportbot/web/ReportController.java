package vn.reportbot.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;


import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.reportbot.matching.Decision;
import vn.reportbot.report.ReportLog;
import vn.reportbot.report.ReportView;
import vn.reportbot.report.ReviewDesk;
import vn.reportbot.report.SettlementRefusedException;

@RestController
@RequestMapping("/api/reports")
class ReportController {

    static final String TOTAL_COUNT = "X-Total-Count";
    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 1000;

    private final ReportLog reports;
    private final ReviewDesk review;
    private final OfficeScope scope;

    ReportController(ReportLog reports, ReviewDesk review, OfficeScope scope) {
        this.reports = reports;
        this.review = review;
        this.scope = scope;
    }

    /**
     * Settles a review entry: {@code {"unit":"phuoc-dai","dispatchId":2,"rememberAddress":true}} counts it (with
     * {@code "tasks":[1,2]} for those of the dispatch's numbered tasks it addresses, {@code []} for all of them; without
     * it, those the matcher found), {@code {"dismiss":true,"reason":"…"}} sets it aside.
     */
    @PostMapping("/{id}/settle")
    ResponseEntity<?> settle(@PathVariable long id, @RequestBody Settlement settlement, Authentication who) {
        Viewer viewer = Viewer.of(who);
        scope.requireReport(viewer, id);
        if (settlement.dispatchId() != null) {
            scope.requireDispatch(viewer, settlement.dispatchId());
        }
        try {
            if (Boolean.TRUE.equals(settlement.dismiss())) {
                return ResponseEntity.ok(review.dismiss(id, settlement.reason(), who.getName()));
            }
            if (settlement.unit() == null || settlement.dispatchId() == null) {
                return ResponseEntity.badRequest().body(ApiError.of(HttpStatus.BAD_REQUEST,
                        "give \"unit\" and \"dispatchId\" to count the report, or \"dismiss\": true to set it aside"));
            }
            return ResponseEntity.ok(review.assign(id, settlement.unit(), settlement.dispatchId(), settlement.tasks(),
                    Boolean.TRUE.equals(settlement.rememberAddress()), who.getName()));
        } catch (SettlementRefusedException e) {
            HttpStatus status = switch (e.why()) {
                case NOT_FOUND -> HttpStatus.NOT_FOUND;
                case ALREADY_DECIDED -> HttpStatus.CONFLICT;
                case DOES_NOT_FIT -> HttpStatus.UNPROCESSABLE_CONTENT;
            };
            return ResponseEntity.status(status).body(ApiError.of(status, e.getMessage()));
        }
    }

    /**
     * Dismisses many review entries at once: {@code {"ids":[4,5,6]}} those (each must be of an office the login
     * sees, else 403), or {@code {"from":"someone@example.com"}} every entry from that sender of the offices the login
     * sees (with {@code "office"} to keep to one); optional {@code "reason"}. Answers {@code {"dismissed":N}}; entries
     * already settled are left as they are.
     */
    @PostMapping("/dismiss")
    ResponseEntity<?> dismissMany(@RequestBody BulkDismissal body, Authentication who) {
        Viewer viewer = Viewer.of(who);
        boolean byIds = body.ids() != null && !body.ids().isEmpty();
        boolean bySender = body.from() != null && !body.from().isBlank();
        if (byIds == bySender) {
            return ResponseEntity.badRequest().body(ApiError.of(HttpStatus.BAD_REQUEST, "give either \"ids\" or \"from\""));
        }
        if (byIds) {
            if (body.ids().size() > ReviewDesk.MAX_BULK) {
                return ResponseEntity.badRequest().body(ApiError.of(HttpStatus.BAD_REQUEST, "at most " + ReviewDesk.MAX_BULK + " ids at once"));
            }
            body.ids().forEach(id -> reports.findForReview(id).ifPresent(r -> OfficeScope.requireOffice(viewer, r.office())));
            return ResponseEntity.ok(java.util.Map.of("dismissed", review.dismissAll(body.ids(), body.reason(), who.getName())));
        }
        List<String> offices = viewer.scope(Optional.ofNullable(body.office()));
        if (offices == null) {
            throw OfficeScope.forbidden("office " + body.office());
        }
        return ResponseEntity.ok(java.util.Map.of("dismissed",
                review.dismissFrom(body.from().trim(), offices, body.reason(), who.getName())));
    }

    /** The body of a bulk dismissal. */
    record BulkDismissal(List<Long> ids, String from, String office, String reason) {
    }

    /** The body of a settlement. */
    record Settlement(String unit, Long dispatchId, Boolean rememberAddress, Boolean dismiss, String reason,
                      List<Integer> tasks) {
    }

    /**
     * A page of the processed messages, newest first: {@code page} from 0 and {@code size} (default
     * {@value #DEFAULT_SIZE}, at most {@value #MAX_SIZE}), or the first {@code limit}. The number of all that match
     * is in {@code X-Total-Count}, the pages beside this one in {@code Link} ({@code rel="prev"}, {@code rel="next"}).
     */
    @GetMapping
    ResponseEntity<List<ReportView>> list(@RequestParam Optional<String> decision, @RequestParam Optional<String> office,
                                          @RequestParam Optional<Integer> page, @RequestParam Optional<Integer> size,
                                          @RequestParam Optional<Integer> limit, Authentication who) {
        office = Viewer.of(who).oneOffice(office);
        Optional<String> normalised = decision.map(d -> d.trim().toUpperCase(Locale.ROOT));
        normalised.ifPresent(d -> {
            try {
                Decision.valueOf(d);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("decision must be MATCHED, NEEDS_REVIEW or IGNORED, not '" + d + "'");
            }
        });
        long total = reports.count(normalised, office);
        if (limit.isPresent()) {
            if (page.isPresent() || size.isPresent()) {
                throw new IllegalArgumentException("give either limit or page and size, not both");
            }
            return ResponseEntity.ok().header(TOTAL_COUNT, String.valueOf(total))
                    .body(reports.list(normalised, office, limit.get()));
        }
        int pageSize = size.orElse(DEFAULT_SIZE);
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            throw new IllegalArgumentException("size must be from 1 to " + MAX_SIZE + ", not " + pageSize);
        }
        int number = page.orElse(0);
        if (number < 0) {
            throw new IllegalArgumentException("page counts from 0, not " + number);
        }
        List<String> links = new ArrayList<>();
        if (number > 0) {
            links.add(link(Math.min(number - 1, lastPage(total, pageSize)), "prev"));
        }
        if ((long) (number + 1) * pageSize < total) {
            links.add(link(number + 1, "next"));
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().header(TOTAL_COUNT, String.valueOf(total));
        if (!links.isEmpty()) {
            answer.header(HttpHeaders.LINK, String.join(", ", links));
        }
        return answer.body(reports.list(normalised, office, (long) number * pageSize, pageSize));
    }

    private static int lastPage(long total, int size) {
        return (int) Math.max(0, (total - 1) / size);
    }

    private static String link(int page, String rel) {
        return "<" + ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build().toUriString()
                + ">; rel=\"" + rel + "\"";
    }
}
