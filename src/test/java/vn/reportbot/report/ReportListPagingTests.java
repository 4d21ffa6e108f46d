package vn.reportbot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import vn.reportbot.ReportbotApplication;

/**
 * Issue #13, point 9: {@code GET /api/reports} pages through every processed message, newest first, and says how many
 * there are; {@code limit} still gives the first N, past the 500 the list used to stop at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportListPagingTests {

    private static final int REPORTS = 1234;
    private static final TypeReference<List<Map<String, Object>>> LIST = new TypeReference<>() { };
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ConfigurableApplicationContext app;
    private final HttpClient http = HttpClient.newHttpClient();
    /** The reports as recorded, newest first, as the list must give them. */
    private final List<Recorded> newestFirst = new ArrayList<>();

    private record Recorded(long id, OffsetDateTime receivedAt, String decision, String office) {
    }

    @BeforeAll
    void recordReports(@TempDir Path dir) {
        app = new SpringApplicationBuilder(ReportbotApplication.class).run("--server.port=0",
                "--reportbot.data-dir=" + dir, "--reportbot.dispatches=" + dir.resolve("none"),
                "--reportbot.embedded-mail.enabled=false", "--spring.mail.host=127.0.0.1", "--reportbot.admin.password=secret",
                "--reportbot.schedule.poll=", "--reportbot.schedule.reminders=", "--reportbot.schedule.digest=");
        ReportLog log = app.getBean(ReportLog.class);
        OffsetDateTime start = OffsetDateTime.of(2021, 10, 1, 8, 0, 0, 0, ZoneOffset.ofHours(7));
        for (int i = 0; i < REPORTS; i++) {
            String office = i % 3 == 0 ? "hai-hau-bdv" : "bac-ai-mttq";
            String decision = i % 5 == 0 ? "NEEDS_REVIEW" : "MATCHED";
            // two at a time arrive in the same second, and not in the order they are recorded: ids break the tie
            OffsetDateTime receivedAt = start.plusSeconds(i / 2 * 2L + (i % 7 == 0 ? 1 : 0));
            long id = log.insert(new ReportLog.NewReport(office, "uid:" + i, "<m" + i + "@example>", "0".repeat(64),
                    null, null, null, receivedAt, null, "unit" + i + "@example", "Báo cáo " + i, "REPORT", decision, office, null, null,
                    null, List.of(), 0.5, List.of(), List.of(), null));
            newestFirst.add(new Recorded(id, receivedAt, decision, office));
        }
        newestFirst.sort(Comparator.comparing(Recorded::receivedAt).thenComparing(Recorded::id).reversed());
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void pagingUntilPageTimesSizeReachesTheTotalGivesEveryReportOnceNewestFirst() throws Exception {
        List<Long> seen = new ArrayList<>();
        long total = Long.MAX_VALUE;
        for (int page = 0; (long) page * 100 < total; page++) {
            HttpResponse<String> answer = get("/api/reports?size=100&page=" + page);
            total = Long.parseLong(answer.headers().firstValue("X-Total-Count").orElseThrow());
            seen.addAll(ids(answer));
        }

        assertThat(total).isEqualTo(REPORTS);
        assertThat(seen).containsExactlyElementsOf(newestFirst.stream().map(Recorded::id).toList());
    }

    @Test
    void theFiltersCountOnlyWhatTheyKeep() throws Exception {
        HttpResponse<String> answer = get("/api/reports?decision=needs_review&office=hai-hau-bdv&size=1000");

        List<Long> expected = newestFirst.stream().filter(r -> r.decision().equals("NEEDS_REVIEW")
                && r.office().equals("hai-hau-bdv")).map(Recorded::id).toList();
        assertThat(answer.headers().firstValue("X-Total-Count")).contains(String.valueOf(expected.size()));
        assertThat(ids(answer)).containsExactlyElementsOf(expected);
    }

    @Test
    void limitStillGivesTheFirstNPastFiveHundredWithTheTotal() throws Exception {
        HttpResponse<String> answer = get("/api/reports?limit=700");

        assertThat(ids(answer)).containsExactlyElementsOf(newestFirst.stream().limit(700).map(Recorded::id).toList());
        assertThat(answer.headers().firstValue("X-Total-Count")).contains(String.valueOf(REPORTS));
    }

    @Test
    void withoutParametersTheFirstPageOfFiftyLinksToTheNext() throws Exception {
        HttpResponse<String> first = get("/api/reports");

        assertThat(ids(first)).containsExactlyElementsOf(newestFirst.stream().limit(50).map(Recorded::id).toList());
        assertThat(first.headers().firstValue("X-Total-Count")).contains(String.valueOf(REPORTS));
        assertThat(first.headers().firstValue("Link").orElseThrow()).endsWith("/api/reports?page=1>; rel=\"next\"");

        HttpResponse<String> last = get("/api/reports?office=bac-ai-mttq&size=400&page=2");
        assertThat(last.headers().firstValue("Link").orElseThrow())
                .isEqualTo("<http://localhost:" + port() + "/api/reports?office=bac-ai-mttq&size=400&page=1>; rel=\"prev\"");
    }

    @Test
    void aSizeAboveOneThousandOrANegativePageIsRefusedWithTheReason() throws Exception {
        HttpResponse<String> tooBig = send("/api/reports?size=1001");
        HttpResponse<String> negative = send("/api/reports?page=-1");
        HttpResponse<String> both = send("/api/reports?limit=10&size=10");

        assertThat(List.of(tooBig.statusCode(), negative.statusCode(), both.statusCode())).containsOnly(400);
        assertThat(tooBig.body()).isEqualTo("{\"error\":\"size must be from 1 to 1000, not 1001\",\"code\":\"bad_request\"}");
        assertThat(negative.body()).isEqualTo("{\"error\":\"page counts from 0, not -1\",\"code\":\"bad_request\"}");
        assertThat(both.body()).isEqualTo("{\"error\":\"give either limit or page and size, not both\",\"code\":\"bad_request\"}");
    }

    private static List<Long> ids(HttpResponse<String> answer) {
        return JSON.readValue(answer.body(), LIST).stream().map(r -> ((Number) r.get("id")).longValue()).toList();
    }

    private String port() {
        return app.getEnvironment().getProperty("local.server.port");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(path);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer;
    }

    private HttpResponse<String> send(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path))
                        .header("Authorization", "Basic " + Base64.getEncoder()
                                .encodeToString("admin:secret".getBytes(StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
