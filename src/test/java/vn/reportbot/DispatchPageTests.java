package vn.reportbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dispatch page over HTTP on the service of the embedded defaults: correcting a dispatch through its form (seen on
 * the page, in the API and in its change history), closing and reopening it, a deadline refused on the page and in
 * the API, a report's attachment downloaded under a safe name, a report's HTML shown only sanitised, the mails the bot
 * sent about it, and a STAFF user of another office kept out.
 */
class DispatchPageTests {

    private static final String ADMIN_PASSWORD = "mat-khau-quan-tri";
    private static final String STAFF_PASSWORD = "mat-khau-hai-hau";
    private static final String COMMUNE = "mttq.phuocdai@gmail.com";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))
            .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

    @TempDir
    static Path dataDir;
    private static EmbeddedService service;
    private static long seed;

    @BeforeAll
    static void start() throws Exception {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(STAFF_PASSWORD);
        service = EmbeddedService.start(dataDir, ADMIN_PASSWORD, "--reportbot.users[0].username=lan",
                "--reportbot.users[0].password=" + hash, "--reportbot.users[0].role=STAFF",
                "--reportbot.users[0].offices[0]=hai-hau-bdv");
        seed = dispatchId("319/MTTQ-BTT");
        service.deliver("e2e/report-phuoc-dai.eml");
        service.poll();
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void subjectDeadlineCadenceAndTasksCorrectedInTheFormShowOnThePageInTheApiAndInTheHistory() throws Exception {
        long id = importCopy("401");
        Browser admin = Browser.admin();
        HttpResponse<String> saved = admin.post("/dispatches/" + id, Map.of(
                "subject", List.of("Tuyên truyền bảo vệ vùng xanh (đã sửa)"),
                "deadline", List.of("20/10/2021"),
                "cadence", List.of("hằng tháng, trước ngày 25"),
                "taskOrdinal", List.of("1", "2", "3", "4", "5", "6"),
                "taskText", List.of("Nhiệm vụ một, đã sửa", "Nhiệm vụ hai", "", "Nhiệm vụ bốn", "Nhiệm vụ năm",
                        "Nhiệm vụ sáu, mới thêm")));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/dispatches/" + id + "?saved");

        String page = admin.page("/dispatches/" + id + "?saved").body();
        assertThat(page).contains("Đã lưu thay đổi.", "Tuyên truyền bảo vệ vùng xanh (đã sửa)", "20/10/2021",
                "hằng tháng, trước ngày 25", "Nhiệm vụ một, đã sửa", "Nhiệm vụ sáu, mới thêm")
                .doesNotContain("value=\"3\"");
        assertThat(page).as("the change history").contains("Lịch sử thay đổi", "Sửa thông tin", "admin");

        JsonNode listed = listing(id);
        assertThat(listed.path("subject").asString()).isEqualTo("Tuyên truyền bảo vệ vùng xanh (đã sửa)");
        assertThat(listed.path("deadline").asString()).isEqualTo("2021-10-20");
        assertThat(listed.path("cadence").path("frequency").asString()).isEqualTo("MONTHLY");
        assertThat(listed.path("cadence").path("dayOfMonth").asInt()).isEqualTo(25);
        JsonNode status = JSON.readTree(api("GET", "/api/dispatches/" + id + "/status", null).body());
        assertThat(status.path("dispatch").path("tasks")).extracting(t -> t.path("ordinal").asInt())
                .containsExactly(1, 2, 4, 5, 6);
        assertThat(status.path("units")).as("the monthly period's tasks, one per commune").hasSize(9);
    }

    @Test
    void aDispatchClosedFromTodayOrADayIsReopenedAndEachStepIsInTheHistory() throws Exception {
        long id = importCopy("402");
        Browser admin = Browser.admin();
        assertThat(admin.post("/dispatches/" + id + "/close", Map.of("on", List.of(""))).statusCode()).isEqualTo(302);
        String closed = admin.page("/dispatches/" + id + "?closed").body();
        assertThat(closed).contains("Đã đóng công văn.", "Đã đóng từ ngày " + TODAY, "Mở lại công văn");
        assertThat(listing(id).path("open").asBoolean()).isFalse();

        assertThat(admin.post("/dispatches/" + id + "/reopen", Map.of()).statusCode()).isEqualTo(302);
        String reopened = admin.page("/dispatches/" + id + "?reopened").body();
        assertThat(reopened).contains("Đã mở lại công văn.", "Đang theo dõi", "Đóng từ hôm nay");
        assertThat(listing(id).path("open").asBoolean()).isTrue();

        assertThat(admin.post("/dispatches/" + id + "/close", Map.of("on", List.of("31/12/2099"))).statusCode())
                .isEqualTo(302);
        assertThat(admin.page("/dispatches/" + id).body()).contains("Tự đóng từ ngày 31/12/2099");
        String history = admin.page("/dispatches/" + id).body();
        assertThat(history.split("<td>Đóng công văn</td>", -1)).as("two closings").hasSize(3);
        assertThat(history).contains("<td>Mở lại</td>");
    }

    @Test
    void aDeadlineBeforeTheDispatchOrYearsAheadIsRefusedByTheApiAndThePage() throws Exception {
        long id = importCopy("403");
        HttpResponse<String> before = api("PATCH", "/api/dispatches/" + id, "{\"deadline\":\"2021-09-01\"}");
        assertThat(before.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(before.body()).path("error").asString()).contains("before the dispatch's date");
        HttpResponse<String> far = api("PATCH", "/api/dispatches/" + id, "{\"deadline\":\"2099-01-01\"}");
        assertThat(far.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(far.body()).path("error").asString()).contains("5 years ahead");
        assertThat(api("PATCH", "/api/dispatches/" + id, "{\"cadence\":\"khi nào rảnh\"}").statusCode()).isEqualTo(400);

        Browser admin = Browser.admin();
        HttpResponse<String> refused = admin.post("/dispatches/" + id, Map.of("subject", List.of("Vẫn trích yếu cũ"),
                "deadline", List.of("01/09/2021"), "cadence", List.of("")));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Chưa lưu được", "Hạn báo cáo không được trước ngày ban hành công văn.",
                "href=\"#deadline\"", "value=\"01/09/2021\"");
        HttpResponse<String> unreadable = admin.post("/dispatches/" + id, Map.of("subject", List.of("X"),
                "deadline", List.of("32/13/2021")));
        assertThat(unreadable.body()).contains("Xin nhập ngày theo dạng ngày/tháng/năm");
        assertThat(listing(id).path("deadline").isNull()).as("nothing saved").isTrue();
        assertThat(admin.page("/dispatches/" + id).body()).contains("Chưa có thay đổi nào.");
    }

    @Test
    void theApiCorrectsTheCadenceFromWordsAndRecordsWhoDidIt() throws Exception {
        long id = importCopy("404");
        HttpResponse<String> weekly = api("PATCH", "/api/dispatches/" + id,
                "{\"cadence\":\"hằng tuần, trước 15 giờ thứ Năm\"}");
        assertThat(weekly.statusCode()).as(weekly.body()).isEqualTo(200);
        JsonNode cadence = JSON.readTree(weekly.body()).path("cadence");
        assertThat(cadence.path("frequency").asString()).isEqualTo("WEEKLY");
        assertThat(cadence.path("weekday").asString()).isEqualTo("THURSDAY");
        assertThat(cadence.path("time").asString()).startsWith("15:00");
        HttpResponse<String> structured = api("PATCH", "/api/dispatches/" + id,
                "{\"cadence\":{\"frequency\":\"QUARTERLY\",\"dayOfMonth\":20}}");
        assertThat(JSON.readTree(structured.body()).path("cadence").path("frequency").asString()).isEqualTo("QUARTERLY");
        HttpResponse<String> none = api("PATCH", "/api/dispatches/" + id, "{\"cadence\":null}");
        assertThat(JSON.readTree(none.body()).path("cadence").isNull()).isTrue();
        String page = Browser.admin().page("/dispatches/" + id).body();
        assertThat(page.split("<td>Sửa thông tin</td>", -1)).as("three corrections by the API").hasSize(4);
        assertThat(page).contains("WEEKLY", "QUARTERLY");
    }

    @Test
    void aReportsAttachmentDownloadsAsAnAttachmentUnderItsVietnameseName() throws Exception {
        Browser admin = Browser.admin();
        String page = admin.page("/dispatches/" + seed).body();
        Matcher link = Pattern.compile("href=\"(/dispatches/" + seed + "/reports/\\d+/attachments/0)\" download>Báo cáo 319"
                + " Phước Đại.docx").matcher(page);
        assertThat(link.find()).as(page).isTrue();
        HttpResponse<byte[]> file = admin.http.send(admin.get(link.group(1)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).isEqualTo(
                "attachment; filename=\"Bao cao 319 Phuoc Dai.docx\"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20319%20Ph"
                        + "%C6%B0%E1%BB%9Bc%20%C4%90%E1%BA%A1i.docx");
        assertThat(file.headers().firstValue("Content-Type").orElseThrow())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(file.headers().firstValue("X-Content-Type-Options").orElseThrow()).isEqualTo("nosniff");
        assertThat(new String(file.body(), 0, 2, StandardCharsets.US_ASCII)).as("a zip, as a .docx is").isEqualTo("PK");
        assertThat(admin.page(link.group(1).replace("/attachments/0", "/attachments/7")).statusCode()).isEqualTo(404);

        Browser staff = Browser.logIn("lan", STAFF_PASSWORD);
        assertThat(staff.page(link.group(1)).statusCode()).as("another office's attachment").isEqualTo(403);
    }

    @Test
    void anAttachmentWithAPathAndControlCharactersInItsNameOrAPageTypeDownloadsSafely() throws Exception {
        long report = deliver("<unsafe-name@mail.gmail.com>", "multipart/mixed; boundary=\"b\"", "--b\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nXã Phước Đại gửi tệp.\r\n--b\r\n"
                + "Content-Type: text/html; name=\"x.html\"\r\n"
                + "Content-Disposition: attachment; filename*=UTF-8''..%2F..%2Fetc%2F%0D%0Abi%E1%BB%83u%09m%E1%BA%ABu.html\r\n\r\n"
                + "<script>alert(9)</script>\r\n--b--\r\n");
        Browser admin = Browser.admin();
        HttpResponse<byte[]> file = admin.http.send(admin.get("/dispatches/" + seed + "/reports/" + report
                + "/attachments/0").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        String disposition = file.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).isEqualTo("attachment; filename=\"bieumau.html\"; filename*=UTF-8''bi%E1%BB%83um%E1%BA%ABu.html");
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).as("never shown as a page")
                .isEqualTo("application/octet-stream");
    }

    @Test
    void aReportsHtmlIsShownSanitisedAndAScriptInItsTextShowsAsText() throws Exception {
        deliver("<html-script@mail.gmail.com>", "multipart/alternative; boundary=\"a\"", "--a\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nBáo cáo <script>alert(1)</script> bằng chữ.\r\n--a\r\n"
                + "Content-Type: text/html; charset=UTF-8\r\n\r\n"
                + "<p onclick=\"alert(2)\">Xã <b>Phước Đại</b> báo cáo</p><script>alert(3)</script>"
                + "<img src=\"http://theo-doi.example/pixel.gif\"><a href=\"javascript:alert(4)\">bấm</a>\r\n--a--\r\n");
        String page = Browser.admin().page("/dispatches/" + seed).body();
        assertThat(page).contains("Báo cáo &lt;script&gt;alert(1)&lt;/script&gt; bằng chữ.", "<p>Xã <b>Phước Đại</b> báo cáo</p>")
                .doesNotContain("<script>alert", "onclick", "theo-doi.example", "javascript:");
    }

    @Test
    void theMailsTheBotSentAboutTheDispatchAreListedWithTheirStatus() throws Exception {
        String page = Browser.admin().page("/dispatches/" + seed).body();
        assertThat(page).contains("Thư hệ thống đã gửi về công văn này", "Xác nhận đã nhận", COMMUNE, "Đã gửi");
    }

    @Test
    void aStaffUserOfAnotherOfficeCanNeitherSeeNorChangeTheDispatch() throws Exception {
        Browser staff = Browser.logIn("lan", STAFF_PASSWORD);
        assertThat(staff.page("/dispatches/" + seed).statusCode()).isEqualTo(403);
        assertThat(staff.post("/dispatches/" + seed, Map.of("subject", List.of("Sửa trộm"))).statusCode()).isEqualTo(403);
        assertThat(staff.post("/dispatches/" + seed + "/close", Map.of()).statusCode()).isEqualTo(403);
        assertThat(staff.post("/dispatches/" + seed + "/reopen", Map.of()).statusCode()).isEqualTo(403);
        assertThat(listing(seed).path("subject").asString()).doesNotContain("Sửa trộm");
        assertThat(listing(seed).path("open").asBoolean()).isTrue();
        assertThat(staff.page("/dispatches/" + dispatchId("22-CV/BDVHU")).statusCode()).isEqualTo(200);
    }

    /** Imports the seed 319/MTTQ-BTT again under another number, for a test of its own to change. */
    private static long importCopy(String number) throws Exception {
        String text = Files.readString(Path.of("config/dispatches/319-MTTQ-BTT-bac-ai.txt"))
                .replace("Số: 319 /MTTQ-BTT", "Số: " + number + " /MTTQ-BTT");
        HttpResponse<String> created = http("POST", "/api/dispatches?office=bac-ai-mttq", "text/plain", text,
                basic("admin", ADMIN_PASSWORD));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).path("id").asLong();
    }

    /** Delivers a report of Xã Phước Đại on 319/MTTQ-BTT with that body and polls; the id it was recorded under. */
    private static long deliver(String messageId, String contentType, String body) throws Exception {
        service.deliver(("Message-ID: " + messageId + "\r\nFrom: MTTQ xa Phuoc Dai <" + COMMUNE + ">\r\nTo: "
                + EmbeddedService.MAILBOX + "\r\nSubject: Bao cao Cong van so 319/MTTQ-BTT\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
        service.poll();
        JsonNode reports = JSON.readTree(api("GET", "/api/reports?size=50", null).body());
        for (JsonNode report : reports) {
            if (messageId.equals(report.path("messageId").asString())) {
                assertThat(report.path("dispatchId").asLong()).as(report.toString()).isEqualTo(seed);
                return report.path("id").asLong();
            }
        }
        throw new AssertionError("no report " + messageId + " in " + reports);
    }

    private static JsonNode listing(long id) throws Exception {
        for (JsonNode d : JSON.readTree(api("GET", "/api/dispatches", null).body())) {
            if (d.path("id").asLong() == id) {
                return d;
            }
        }
        throw new AssertionError("no dispatch " + id);
    }

    private static long dispatchId(String number) throws Exception {
        for (JsonNode d : JSON.readTree(api("GET", "/api/dispatches", null).body())) {
            if (number.equals(d.path("number").asString())) {
                return d.path("id").asLong();
            }
        }
        throw new AssertionError("no dispatch " + number);
    }

    private static HttpResponse<String> api(String method, String path, String json) throws Exception {
        return http(method, path, "application/json", json, basic("admin", ADMIN_PASSWORD));
    }

    private static HttpResponse<String> http(String method, String path, String type, String body, String authorization)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.base() + path))
                .header("Authorization", authorization);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", type + "; charset=UTF-8")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A browser: it keeps its cookies (the session), follows no redirect, and posts forms with their CSRF token. */
    private static final class Browser {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        static Browser admin() throws Exception {
            return logIn("admin", ADMIN_PASSWORD);
        }

        static Browser logIn(String user, String password) throws Exception {
            Browser browser = new Browser();
            HttpResponse<String> in = browser.form("/login", Map.of("username", List.of(user),
                    "password", List.of(password)), browser.csrf("/login"));
            assertThat(in.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
            return browser;
        }

        HttpRequest.Builder get(String path) {
            return HttpRequest.newBuilder(URI.create(service.base() + path)).GET()
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        }

        HttpResponse<String> page(String path) throws Exception {
            return http.send(get(path).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        String csrf(String path) throws Exception {
            Matcher token = CSRF.matcher(page(path).body());
            assertThat(token.find()).as("a CSRF token in " + path).isTrue();
            return token.group(1);
        }

        HttpResponse<String> post(String path, Map<String, List<String>> fields) throws Exception {
            return form(path, fields, csrf("/"));
        }

        private HttpResponse<String> form(String path, Map<String, List<String>> fields, String csrf) throws Exception {
            StringBuilder body = new StringBuilder("_csrf=").append(enc(csrf));
            fields.forEach((name, values) -> values.forEach(v -> body.append('&').append(enc(name)).append('=')
                    .append(enc(v))));
            return http.send(HttpRequest.newBuilder(URI.create(service.base() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        private static String enc(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }
}
