package vn.reportbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A dispatch posted without a number (its {@code Số:} left blank, as before signing) is imported, not refused: it is
 * kept under a placeholder number and listed with its problem, so that staff are asked for the number.
 */
class UnnumberedDispatchImportTests {

    private static final String PASSWORD = "unnumbered-secret";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String UNNUMBERED = """
            ỦY BAN MTTQ VIỆT NAM
            HUYỆN BÁC ÁI
            BAN THƯỜNG TRỰC

            Số:     /MTTQ-BTT

            Bác Ái, ngày 20 tháng 9 năm 2021

            V/v báo cáo kết quả vận động Quỹ “Vì người nghèo”

            Kính gửi: Ban Thường trực Ủy ban MTTQVN các xã.

            1. Tổng hợp số tiền vận động được trong tháng 9.
            2. Báo cáo về Ban Thường trực qua địa chỉ email: mattrabbacai@gmail.com trước ngày 30/9/2021.

            TM. BAN THƯỜNG TRỰC
            PHÓ CHỦ TỊCH

            Nguyễn Văn Bền
            """;

    @TempDir
    static Path dataDir;

    private static EmbeddedService service;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        service = EmbeddedService.start(dataDir, PASSWORD);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void aDispatchWithoutANumberIsImportedUnderAPlaceholderAndListedWithItsProblem() throws Exception {
        HttpResponse<String> first = post(UNNUMBERED);
        HttpResponse<String> second = post(UNNUMBERED.replace("Quỹ", "Quỹ Bảo trợ"));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        JsonNode created = JSON.readTree(first.body());
        assertThat(created.path("number").asString()).isEqualTo("(chưa có số 1)");
        assertThat(created.path("office").asString()).isEqualTo("bac-ai-mttq");
        assertThat(created.path("problems").get(0).asString()).isEqualTo("số văn bản để trống (…/MTTQ-BTT)");
        assertThat(JSON.readTree(second.body()).path("number").asString()).isEqualTo("(chưa có số 2)");

        JsonNode listed = null;
        for (JsonNode d : JSON.readTree(get("/api/dispatches").body())) {
            if (d.path("id").asLong() == created.path("id").asLong()) {
                listed = d;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.path("problems").get(0).asString()).startsWith("số văn bản để trống");
        assertThat(listed.path("units").path("total").asInt()).isEqualTo(9);
    }

    @Test
    void staffGiveTheNumberAfterwardsAndItsProblemGoesButNotAnotherDispatchsNumberNorOneThatIsNone() throws Exception {
        JsonNode created = JSON.readTree(post(UNNUMBERED.replace("Quỹ", "Quỹ Khuyến học")).body());
        long id = created.path("id").asLong();
        assertThat(created.path("number").asString()).startsWith("(chưa có số");

        HttpResponse<String> taken = patch(id, "{\"number\": \"319/MTTQ-BTT\"}");
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(400);
        assertThat(JSON.readTree(taken.body()).path("error").asString()).contains("319/MTTQ-BTT", "already");
        HttpResponse<String> none = patch(id, "{\"number\": \"chưa ký\"}");
        assertThat(none.statusCode()).as(none.body()).isEqualTo(400);
        assertThat(JSON.readTree(none.body()).path("error").asString()).contains("not a dispatch number");

        HttpResponse<String> given = patch(id, "{\"number\": \"345 /MTTQ-BTT\"}");
        assertThat(given.statusCode()).as(given.body()).isEqualTo(200);
        assertThat(JSON.readTree(given.body()).path("number").asString()).isEqualTo("345/MTTQ-BTT");
        JsonNode listed = null;
        for (JsonNode d : JSON.readTree(get("/api/dispatches").body())) {
            if (d.path("id").asLong() == id) {
                listed = d;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.path("number").asString()).isEqualTo("345/MTTQ-BTT");
        assertThat(listed.path("problems").isMissingNode() || listed.path("problems").isEmpty()).as(listed.toString())
                .isTrue();
    }

    private HttpResponse<String> patch(long id, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(service.base() + "/api/dispatches/" + id))
                .header("Authorization", basic()).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String text) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(service.base() + "/api/dispatches"))
                .header("Authorization", basic()).header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(service.base() + path)).header("Authorization", basic()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
