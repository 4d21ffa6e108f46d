package vn.reportbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import tools.jackson.databind.json.JsonMapper;

/**
 * The pages and the API's doors on the service of the embedded defaults (H2, GreenMail, the example directory and its
 * two seed dispatches), with the admin login and a STAFF login that sees Hải Hậu only: who gets in where, what a
 * logged-in browser can and cannot do, and that a report's subject is shown as text.
 */
class WebPagesTests {

    static final String ADMIN_PASSWORD = "mat-khau-quan-tri";
    static final String STAFF_PASSWORD = "mat-khau-hai-hau";
    private static final String MAILBOX = "mattrabbacai@gmail.com";
    private static final String COMMUNE = "mttq.phuocdai@gmail.com";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    static Path dataDir;

    private static ConfigurableApplicationContext app;
    private static int smtpPort;
    private final HttpClient anonymous = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        smtpPort = freePort();
        String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(STAFF_PASSWORD);
        app = new SpringApplicationBuilder(ReportbotApplication.class).run("--server.port=0",
                "--reportbot.data-dir=" + dataDir, "--reportbot.embedded-mail.smtp-port=" + smtpPort,
                "--reportbot.embedded-mail.imap-port=" + freePort(), "--reportbot.schedule.poll=",
                "--reportbot.schedule.reminders=", "--reportbot.schedule.digest=",
                "--reportbot.admin.password=" + ADMIN_PASSWORD,
                "--reportbot.users[0].username=lan", "--reportbot.users[0].password=" + hash,
                "--reportbot.users[0].role=STAFF", "--reportbot.users[0].offices[0]=hai-hau-bdv");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void anAnonymousPageRequestIsSentToTheLoginPageWhichIsInVietnamese() throws Exception {
        HttpResponse<String> dashboard = anonymous.send(get("/").build(), body());
        assertThat(dashboard.statusCode()).isEqualTo(302);
        assertThat(dashboard.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        HttpResponse<String> login = anonymous.send(get("/login").build(), body());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("Đăng nhập", "Tên đăng nhập", "Mật khẩu", "name=\"_csrf\"");
        assertThat(anonymous.send(get("/login?lang=en").build(), body()).body()).contains("User name", "Password");
    }

    @Test
    void anAnonymousApiRequestIsAnswered401NotRedirected() throws Exception {
        HttpResponse<String> api = anonymous.send(get("/api/dispatches").build(), body());
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Location")).isEmpty();
        assertThat(api.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
    }

    @Test
    void aWrongPasswordIsRefusedWithAVietnameseMessage() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> refused = browser.logIn("admin", "sai-mat-khau");
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(browser.page("/login?error").body()).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
        assertThat(browser.page("/").statusCode()).as("still not logged in").isEqualTo(302);
    }

    @Test
    void theAdminSeesBothSeedDispatchesOnTheDashboardAndCanOpenOne() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> in = browser.logIn("admin", ADMIN_PASSWORD);
        assertThat(in.headers().firstValue("Location").orElseThrow()).endsWith("/");
        String dashboard = browser.page("/").body();
        assertThat(dashboard).contains("Tổng quan", "319/MTTQ-BTT", "22-CV/BDVHU", "Đăng xuất",
                "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái", "Xã Phước Đại", "Cần xem xét");
        long id = dispatchId("319/MTTQ-BTT");
        HttpResponse<String> dispatch = browser.page("/dispatches/" + id);
        assertThat(dispatch.statusCode()).isEqualTo(200);
        assertThat(dispatch.body()).contains("319/MTTQ-BTT", "Xã Phước Đại", "/api/dispatches/" + id + "/summary.xlsx",
                "/api/dispatches/" + id + "/summary.docx");
        assertThat(browser.page("/?lang=en").body()).contains("Dashboard", "Log out");
        assertThat(browser.page("/").body()).as("the cookie keeps English").contains("Dashboard");
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndLogOutNeedsIt() throws Exception {
        Browser browser = new Browser();
        browser.logIn("admin", ADMIN_PASSWORD);
        HttpResponse<String> forged = browser.http.send(post("/logout", "").build(), body());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(browser.page("/").statusCode()).as("still logged in").isEqualTo(200);
        HttpResponse<String> out = browser.http.send(post("/logout", "_csrf=" + browser.csrf("/")).build(), body());
        assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
        assertThat(browser.page("/").statusCode()).as("logged out").isEqualTo(302);
    }

    @Test
    void aLoggedInBrowsersSessionCookieDoesNotOpenTheApi() throws Exception {
        Browser browser = new Browser();
        browser.logIn("admin", ADMIN_PASSWORD);
        assertThat(browser.page("/").statusCode()).isEqualTo(200);
        assertThat(browser.page("/api/dispatches").statusCode()).isEqualTo(401);
        HttpResponse<String> posted = browser.http.send(post("/api/jobs/poll/run", "").build(), body());
        assertThat(posted.statusCode()).isEqualTo(401);
    }

    @Test
    void aBrowserIsNotAskedForTheApisPasswordAndACrossSiteApiRequestIsRefusedEvenWithIt() throws Exception {
        HttpResponse<String> typed = anonymous.send(get("/api/dispatches").header("Accept", "text/html")
                .header("Sec-Fetch-Mode", "navigate").build(), body());
        assertThat(typed.statusCode()).isEqualTo(401);
        assertThat(typed.headers().firstValue("WWW-Authenticate")).as("no password prompt to remember").isEmpty();
        HttpResponse<String> crossSite = anonymous.send(post("/api/jobs/poll/run", "")
                .header("Authorization", basic("admin", ADMIN_PASSWORD)).header("Sec-Fetch-Site", "cross-site").build(),
                body());
        assertThat(crossSite.statusCode()).isEqualTo(403);
        HttpResponse<String> sameOrigin = anonymous.send(get("/api/dispatches")
                .header("Authorization", basic("admin", ADMIN_PASSWORD)).header("Sec-Fetch-Site", "same-origin").build(),
                body());
        assertThat(sameOrigin.statusCode()).isEqualTo(200);
    }

    @Test
    void aStaffUserSeesTheirOwnOfficeOnlyOnThePagesAndInTheApi() throws Exception {
        long bacAi = dispatchId("319/MTTQ-BTT");
        long haiHau = dispatchId("22-CV/BDVHU");
        Browser browser = new Browser();
        browser.logIn("lan", STAFF_PASSWORD);
        String dashboard = browser.page("/").body();
        assertThat(dashboard).contains("22-CV/BDVHU").doesNotContain("319/MTTQ-BTT", "Xã Phước Đại");
        assertThat(browser.page("/dispatches/" + haiHau).statusCode()).isEqualTo(200);
        HttpResponse<String> other = browser.page("/dispatches/" + bacAi);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("Bạn không có quyền xem trang này.");

        String staff = basic("lan", STAFF_PASSWORD);
        List<Map<String, Object>> listed = JSON.readValue(api("/api/dispatches", staff).body(), List.class);
        assertThat(listed).extracting(d -> d.get("number")).containsExactly("22-CV/BDVHU");
        assertThat(api("/api/dispatches/" + bacAi + "/status", staff).statusCode()).isEqualTo(403);
        assertThat(api("/api/dispatches/" + haiHau + "/status", staff).statusCode()).isEqualTo(200);
        assertThat(api("/api/dispatches/" + bacAi + "/summary.docx", staff).statusCode())
                .as("another office's consolidated report").isEqualTo(403);
        assertThat(api("/api/dispatches/" + bacAi + "/summary.xlsx", staff).statusCode()).isEqualTo(403);
        assertThat(api("/api/dispatches/" + haiHau + "/summary.xlsx", staff).statusCode()).isEqualTo(200);
        assertThat(api("/api/dispatches?office=bac-ai-mttq", staff).statusCode()).isEqualTo(403);
        assertThat(api("/api/reports?office=bac-ai-mttq", staff).statusCode()).isEqualTo(403);
        assertThat(api("/api/reports", staff).statusCode()).isEqualTo(200);
        HttpResponse<String> job = anonymous.send(post("/api/jobs/poll/run", "").header("Authorization", staff).build(),
                body());
        assertThat(job.statusCode()).as("running jobs is for admins").isEqualTo(403);
    }

    @Test
    void aReportSubjectWithAScriptTagShowsAsTextOnTheDispatchPage() throws Exception {
        RawSmtp.deliver(smtpPort, COMMUNE, MAILBOX, ("Message-ID: <script-319@mail.gmail.com>\r\n"
                + "From: MTTQ xa Phuoc Dai <" + COMMUNE + ">\r\n"
                + "To: " + MAILBOX + "\r\n"
                + "Subject: Bao cao Cong van so 319/MTTQ-BTT <script>alert(1)</script>\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "Xã Phước Đại xin báo cáo. <b>đậm</b> <script>alert(2)</script>\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> poll = anonymous.send(post("/api/jobs/poll/run", "")
                .header("Authorization", basic("admin", ADMIN_PASSWORD)).build(), body());
        assertThat(poll.statusCode()).as(poll.body()).isEqualTo(200);
        Browser browser = new Browser();
        browser.logIn("admin", ADMIN_PASSWORD);
        String page = browser.page("/dispatches/" + dispatchId("319/MTTQ-BTT")).body();
        assertThat(page).contains("Bao cao Cong van so 319/MTTQ-BTT &lt;script&gt;alert(1)&lt;/script&gt;",
                "&lt;b&gt;đậm&lt;/b&gt;").doesNotContain("<script>", "<b>đậm");
    }

    @Test
    void healthShowsItsStatusToAllAndItsComponentsOnlyToALogin() throws Exception {
        HttpResponse<String> bare = anonymous.send(get("/actuator/health").build(), body());
        assertThat(bare.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(bare.body()).path("status").asString()).isEqualTo("UP");
        assertThat(JSON.readTree(bare.body()).has("components")).isFalse();
        HttpResponse<String> full = api("/actuator/health", basic("admin", ADMIN_PASSWORD));
        assertThat(JSON.readTree(full.body()).path("components").propertyNames()).contains("db", "mail", "mailboxes");
    }

    private long dispatchId(String number) throws Exception {
        List<Map<String, Object>> all = JSON.readValue(api("/api/dispatches", basic("admin", ADMIN_PASSWORD)).body(),
                List.class);
        return all.stream().filter(d -> number.equals(d.get("number"))).map(d -> ((Number) d.get("id")).longValue())
                .findFirst().orElseThrow();
    }

    private HttpResponse<String> api(String path, String authorization) throws Exception {
        return anonymous.send(get(path).header("Authorization", authorization).build(), body());
    }

    /** A browser: it keeps its cookies (the session), follows no redirect, and sends what its forms hold. */
    static final class Browser {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> page(String path) throws Exception {
            return http.send(get(path).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build(), body());
        }

        String csrf(String path) throws Exception {
            Matcher token = CSRF.matcher(page(path).body());
            assertThat(token.find()).as("a CSRF token in " + path).isTrue();
            return token.group(1);
        }

        HttpResponse<String> logIn(String user, String password) throws Exception {
            String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf("/login"));
            HttpResponse<String> answer = http.send(post("/login", form).build(), body());
            assertThat(answer.statusCode()).isEqualTo(302);
            return answer;
        }
    }

    static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path)).GET();
    }

    static HttpRequest.Builder post(String path, String form) {
        return HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
    }

    static String base() {
        return "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
    }

    static HttpResponse.BodyHandler<String> body() {
        return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
