package vn.reportbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code /actuator/prometheus} on the running service of the embedded defaults, asked over HTTP as a Prometheus
 * scraper would (HTTP Basic): refused without a login and to a STAFF login; for the admin, the counters move as a real
 * poll of the mailbox reads, matches and sets aside reports, the outbox gauges are the outbox's counts, and the
 * mailbox's last successful poll and the poll job's duration are there.
 */
class MetricsEndpointTests {

    private static final String ADMIN_PASSWORD = "mat-khau-quan-tri";
    private static final String STAFF_PASSWORD = "mat-khau-hai-hau";
    private static final String MAILBOX = "mailbox=\"bac-ai-mttq\"";

    @TempDir
    static Path dataDir;

    /** One service for both tests: the one that checks the doors polls nothing, so the counters start at zero. */
    private static EmbeddedService service;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        // nothing listens at the SMTP port: the acknowledgement a matched report queues waits in the outbox
        // and no IDLE watcher: the test's poll is the only one
        service = EmbeddedService.start(dataDir, ADMIN_PASSWORD, "--reportbot.mailbox.idle=false",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + EmbeddedService.freePort(),
                "--reportbot.users[0].username=lan",
                "--reportbot.users[0].password={bcrypt}" + new BCryptPasswordEncoder().encode(STAFF_PASSWORD),
                "--reportbot.users[0].role=STAFF");
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void theMetricsAreForTheAdminLoginOnly() throws Exception {
        assertThat(scrape(null).statusCode()).as("no login").isEqualTo(401);
        assertThat(scrape("admin:wrong").statusCode()).as("a wrong password").isEqualTo(401);
        assertThat(scrape("lan:" + STAFF_PASSWORD).statusCode()).as("a STAFF login").isEqualTo(403);
        HttpResponse<String> admin = scrape("admin:" + ADMIN_PASSWORD);
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        // the bare health status stays open (DOWN here, since no SMTP server answers), without its components
        HttpResponse<String> health = http.send(request("/actuator/health", null).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"status\":\"DOWN\"").doesNotContain("components");
    }

    @Test
    void theCountersMoveAsAPollReadsMatchesAndSetsAsideReportsAndTheGaugesTellTheOutboxAndTheLastPoll()
            throws Exception {
        String before = metrics();
        assertThat(value(before, "reportbot_messages_read_total", MAILBOX)).hasValue(0);
        assertThat(value(before, "reportbot_mailbox_last_successful_poll_timestamp_seconds", MAILBOX))
                .as("no poll yet").satisfies(v -> assertThat(v.isEmpty() || Double.isNaN(v.getAsDouble())).isTrue());

        service.deliver("e2e/report-phuoc-dai.eml");            // a commune's report: matched
        service.deliver("e2e/personal-gmail-phuoc-tan.eml");    // from a personal address: to the review list
        service.deliver("e2e/auto-reply-phuoc-binh.eml");       // an auto-reply: ignored
        Instant pollStarted = Instant.now();
        HttpResponse<String> poll = http.send(request("/api/jobs/poll/run", "admin:" + ADMIN_PASSWORD)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(poll.statusCode()).as(poll.body()).isEqualTo(200);
        Instant pollEnded = Instant.now();

        String after = metrics();
        JdbcClient db = service.bean(JdbcClient.class);
        assertThat(value(after, "reportbot_messages_read_total", MAILBOX)).hasValue(3);
        assertThat(value(after, "reportbot_messages_matched_total", MAILBOX)).hasValue(
                db.sql("SELECT COUNT(*) FROM report WHERE decision = 'MATCHED'").query(Long.class).single()).hasValue(1);
        assertThat(value(after, "reportbot_messages_needing_review_total", MAILBOX)).hasValue(
                db.sql("SELECT COUNT(*) FROM report WHERE decision = 'NEEDS_REVIEW'").query(Long.class).single()).hasValue(1);
        for (String[] status : new String[][] {{"waiting", "QUEUED"}, {"failed", "FAILED"}, {"interrupted", "INTERRUPTED"}}) {
            long inOutbox = db.sql("SELECT COUNT(*) FROM outbox WHERE status = ?").param(status[1]).query(Long.class).single();
            assertThat(value(after, "reportbot_outbox_mails", "status=\"" + status[0] + "\"")).as(status[0]).hasValue(inOutbox);
        }
        assertThat(db.sql("SELECT COUNT(*) FROM outbox WHERE status = 'QUEUED' AND kind = 'acknowledgement'")
                .query(Long.class).single()).as("the acknowledgement waits among them").isEqualTo(1);
        double polledAt = value(after, "reportbot_mailbox_last_successful_poll_timestamp_seconds", MAILBOX).orElseThrow();
        assertThat(polledAt).isBetween(pollStarted.toEpochMilli() / 1000.0 - 1, pollEnded.toEpochMilli() / 1000.0 + 1);
        assertThat(value(after, "reportbot_job_duration_seconds_count", "job=\"poll\"")).hasValue(1);
        assertThat(value(after, "reportbot_job_duration_seconds_sum", "job=\"poll\"").orElseThrow()).isPositive();
    }

    private String metrics() throws Exception {
        HttpResponse<String> response = scrape("admin:" + ADMIN_PASSWORD);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> scrape(String login) throws Exception {
        return http.send(request("/actuator/prometheus", login).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String login) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.base() + path));
        if (login != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    /** The value of the sample {@code name} whose labels hold {@code label}, in Prometheus's text format. */
    private static OptionalDouble value(String metrics, String name, String label) {
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)").matcher(metrics);
        while (sample.find()) {
            if (sample.group(1).contains(label)) {
                return OptionalDouble.of(Double.parseDouble(sample.group(2)));
            }
        }
        return OptionalDouble.empty();
    }
}
