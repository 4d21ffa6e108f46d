package vn.reportbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue #18: every 4xx answer of {@code /api/**} has a JSON body of one shape, {@code {"error": "…", "code": "…"}}: the
 * error says what was wrong (in Vietnamese where the API words it itself; the refusals that already had a wording keep
 * it), the code is a machine word. Bad JSON and parameters, no or a wrong login, another office's dispatch, a job a
 * STAFF login may not run, a cross-site request, unknown ids and paths, a method the path does not take, a dispatch
 * imported twice, a text too long, a content type the call does not read, a text that is no dispatch.
 */
class ApiErrorBodiesTests {

    private static final String PASSWORD = "mat-khau-quan-tri";
    private static final String STAFF_PASSWORD = "mat-khau-hai-hau";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dataDir;

    private static EmbeddedService app;
    private static long bacAi;

    /** One request that must be refused: {@code who} is admin, staff, wrong or none; {@code {bacai}} the seed 319. */
    record Case(String name, String method, String path, String type, String body, String who, int status, String code,
                String says) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> refusals() throws Exception {
        String seed = Files.readString(Path.of("config/dispatches/319-MTTQ-BTT-bac-ai.txt"));
        return Stream.of(
                new Case("400 JSON that does not parse", "PATCH", "/api/dispatches/{bacai}", "application/json",
                        "{\"deadline\": ", "admin", 400, "bad_request", "JSON"),
                new Case("400 a parameter of the wrong type", "GET", "/api/reports?page=abc", null, null, "admin", 400,
                        "bad_request", "page"),
                new Case("400 a deadline before the dispatch's date", "PATCH", "/api/dispatches/{bacai}",
                        "application/json", "{\"deadline\": \"2020-01-01\"}", "admin", 400, "bad_request",
                        "before the dispatch's date"),
                new Case("400 a deadline more than five years ahead", "PATCH", "/api/dispatches/{bacai}",
                        "application/json", "{\"deadline\": \"2999-01-01\"}", "admin", 400, "bad_request", "years ahead"),
                new Case("400 a bulk dismissal of nothing", "POST", "/api/reports/dismiss", "application/json", "{}",
                        "admin", 400, "bad_request", "ids"),
                new Case("401 no login", "GET", "/api/dispatches", null, null, "none", 401, "unauthenticated",
                        "đăng nhập"),
                new Case("401 a wrong password", "GET", "/api/dispatches", null, null, "wrong", 401, "unauthenticated",
                        "đăng nhập"),
                new Case("403 a job a STAFF login may not run", "POST", "/api/jobs/poll/run", null, null, "staff", 403,
                        "forbidden", "quyền"),
                new Case("403 another office's dispatch", "GET", "/api/dispatches/{bacai}/status", null, null, "staff",
                        403, "forbidden", "office"),
                new Case("403 a request another site started", "GET", "/api/dispatches", null, null, "cross-site", 403,
                        "forbidden", "site"),
                new Case("404 an unknown dispatch", "GET", "/api/dispatches/987654/status", null, null, "admin", 404,
                        "not_found", "987654"),
                new Case("404 an unknown path", "GET", "/api/nothing-here", null, null, "admin", 404, "not_found",
                        "/api/nothing-here"),
                new Case("404 an unknown job", "POST", "/api/jobs/sweep/run", null, null, "admin", 404, "not_found",
                        "sweep"),
                new Case("405 a method the path does not take", "DELETE", "/api/dispatches", null, null, "admin", 405,
                        "method_not_allowed", "DELETE"),
                new Case("409 a dispatch imported twice", "POST", "/api/dispatches", "text/plain; charset=UTF-8", seed,
                        "admin", 409, "conflict", "319/MTTQ-BTT"),
                new Case("413 a dispatch text too long", "POST", "/api/dispatches", "text/plain; charset=UTF-8",
                        "Số: 1/CV\n" + "x".repeat(3 * 1024 * 1024), "admin", 413, "too_large", ""),
                new Case("415 a content type the call does not read", "PATCH", "/api/dispatches/{bacai}",
                        "application/xml", "<deadline/>", "admin", 415, "unsupported_media_type", "application/xml"),
                new Case("422 a text that is no dispatch", "POST", "/api/dispatches", "text/plain; charset=UTF-8",
                        "Xin chào các anh chị.", "admin", 422, "unprocessable", ""));
    }

    @BeforeAll
    static void start() throws Exception {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(STAFF_PASSWORD);
        app = EmbeddedService.start(dataDir, PASSWORD, "--reportbot.users[0].username=lan",
                "--reportbot.users[0].password=" + hash, "--reportbot.users[0].role=STAFF",
                "--reportbot.users[0].offices[0]=hai-hau-bdv");
        JsonNode list = JSON.readTree(send(new Case("", "GET", "/api/dispatches", null, null, "admin", 200, "", ""))
                .body());
        for (JsonNode d : list) {
            if (d.path("number").asString().equals("319/MTTQ-BTT")) {
                bacAi = d.path("id").asLong();
            }
        }
        assertThat(bacAi).as("the seed 319/MTTQ-BTT").isPositive();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void everyRefusalOfTheApiSaysInJsonWhatWasWrong(Case c) throws Exception {
        HttpResponse<String> answer = send(c);

        assertThat(answer.statusCode()).as(c.name() + ": " + answer.body()).isEqualTo(c.status());
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(c.name()).startsWith("application/json");
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.isObject()).as(answer.body()).isTrue();
        assertThat(body.path("code").asString()).as(answer.body()).isEqualTo(c.code());
        String error = body.path("error").asString();
        assertThat(error).as(answer.body()).isNotBlank().contains(c.says());
        assertThat(error).as("not Spring's reason phrase alone").isNotIn("Bad Request", "Unauthorized", "Forbidden",
                "Not Found", "Method Not Allowed", "Unsupported Media Type");
    }

    private static HttpResponse<String> send(Case c) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.base() + c.path().replace("{bacai}",
                String.valueOf(bacAi))));
        HttpRequest.BodyPublisher body = c.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(c.body(), StandardCharsets.UTF_8);
        request.method(c.method(), body);
        if (c.type() != null) {
            request.header("Content-Type", c.type());
        }
        switch (c.who()) {
            case "admin" -> request.header("Authorization", basic("admin", PASSWORD));
            case "staff" -> request.header("Authorization", basic("lan", STAFF_PASSWORD));
            case "wrong" -> request.header("Authorization", basic("admin", "sai-mat-khau"));
            case "cross-site" -> request.header("Authorization", basic("admin", PASSWORD)).header("Sec-Fetch-Site", "cross-site");
            default -> { }
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
