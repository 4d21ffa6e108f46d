package vn.reportbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import tools.jackson.databind.json.JsonMapper;
import vn.reportbot.audit.AuditEntry;
import vn.reportbot.audit.AuditLog;
import vn.reportbot.report.ReportLog;
import vn.reportbot.report.ReportProcessor;

/**
 * The review page over HTTP, on the service of the embedded defaults, with the admin and a STAFF login of Hải Hậu:
 * the list with its texts, Vietnamese reasons and candidates, paged; counting an entry for a unit (its status on the
 * dispatch changes, the sender's address is remembered); dismissing one, several, and a flood of 300 from one sender
 * in one POST; every settlement in the audit log; another office's entries refused; a POST without the CSRF token
 * refused; a report's markup shown as text.
 */
class ReviewPageTests {

    private static final String PASSWORD = "mat-khau-quan-tri";
    private static final String STAFF_PASSWORD = "mat-khau-hai-hau";
    private static final String PERSONAL = "nguyenvanan.1978@gmail.com";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    static Path dataDir;

    private static EmbeddedService app;
    private final HttpClient anonymous = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(STAFF_PASSWORD);
        app = EmbeddedService.start(dataDir, PASSWORD, "--reportbot.users[0].username=lan",
                "--reportbot.users[0].password=" + hash, "--reportbot.users[0].role=STAFF",
                "--reportbot.users[0].offices[0]=hai-hau-bdv");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void anEntryShowsItsSenderTextReasonsInVietnameseAndTheCandidatesWithTheBestOnePreselected() throws Exception {
        String sender = "chu.tich.phuoctan@example.net";
        stranger(sender, "Báo cáo của xã Phước Tân", "Xã Phước Tân gửi báo cáo thực hiện công văn về vùng xanh.");
        long id = onlyEntryFrom(sender);
        String page = admin().page("/review").body();
        String entry = entry(page, id);
        assertThat(entry).contains("Báo cáo của xã Phước Tân", sender,
                        "Xã Phước Tân gửi báo cáo thực hiện công văn về vùng xanh.",
                        "Người gửi " + sender + " không phải địa chỉ đã đăng ký",
                        "Thư có vẻ của Xã Phước Tân: cần cán bộ xác nhận", "319/MTTQ-BTT", "Bỏ qua thư này",
                        "Ghi nhớ địa chỉ của người gửi này cho đơn vị")
                .containsPattern("<td>Xã Phước Tân</td><td><a href=\"/dispatches/\\d+\">319/MTTQ-BTT</a></td><td>\\d+%</td>")
                .containsPattern("<option value=\"phuoc-tan\" selected>Xã Phước Tân</option>")
                .containsPattern("<option value=\"" + dispatchId("319/MTTQ-BTT") + "\" selected>319/MTTQ-BTT</option>")
                .containsPattern("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d")
                .doesNotContain("is not a registered address", "seems to come from");
        assertThat(page).contains("Số thư cần xem xét", "Bỏ qua các thư đã chọn");
        assertThat(admin().page("/review?lang=en").body()).as("English on the switch")
                .contains("Messages to review");
    }

    @Test
    void countingAnEntryForAUnitChangesItsStatusOnTheDispatchRemembersTheAddressAndIsAudited() throws Exception {
        long dispatch = dispatchId("319/MTTQ-BTT");
        assertThat(unitStatus(dispatch, "phuoc-tan")).isEqualTo("OPEN");
        app.deliver("e2e/personal-gmail-phuoc-tan.eml");
        app.poll();
        long id = onlyEntryFrom(PERSONAL);
        Client admin = admin();
        HttpResponse<String> posted = admin.post("/review/" + id + "/assign", "unit=phuoc-tan&dispatch=" + dispatch
                + "&tasksFor=" + dispatch + "&remember=true");
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location").orElseThrow()).endsWith("/review");
        String after = admin.page("/review").body();
        assertThat(after).contains("Đã ghi nhận thư của " + PERSONAL + " là báo cáo của Xã Phước Tân cho công văn"
                + " 319/MTTQ-BTT.").doesNotContain("id=\"r" + id + "\"");
        assertThat(admin.page("/review").body()).as("the message is shown once").doesNotContain("Đã ghi nhận thư");
        assertThat(unitStatus(dispatch, "phuoc-tan")).isIn("REPORTED", "LATE");
        assertThat(app.bean(ReportLog.class).find(id).orElseThrow().decision()).isEqualTo("MATCHED");

        List<AuditEntry> audit = app.bean(AuditLog.class).entriesFor("report", String.valueOf(id), 5);
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.action()).isEqualTo("assign");
            assertThat(e.before()).contains("Cần xem xét", PERSONAL);
            assertThat(e.after()).contains("Xã Phước Tân", "319/MTTQ-BTT", "ghi nhớ địa chỉ " + PERSONAL);
        });
        assertThat(after).as("the history on the page").contains("<td>admin</td><td>Ghi nhận báo cáo (thư số " + id + ")</td>");

        app.deliver("e2e/personal-gmail-phuoc-tan-correction.eml");
        app.poll();
        assertThat(app.bean(ReportLog.class).list(java.util.Optional.empty(), java.util.Optional.of("bac-ai-mttq"), 1)
                .get(0)).satisfies(next -> {
                    assertThat(next.from()).isEqualTo(PERSONAL);
                    assertThat(next.decision()).as("the address was remembered for Phước Tân").isEqualTo("MATCHED");
                    assertThat(next.unit()).isEqualTo("phuoc-tan");
                });
    }

    @Test
    void dismissingOneEntryAndSeveralSelectedOnesSetsThemAsideAndAuditsEach() throws Exception {
        String sender = "nguoi.la.ba.thu@example.net";
        for (int i = 1; i <= 4; i++) {
            stranger(sender, "Thư số " + i, "Nội dung thư số " + i + ".");
        }
        List<Long> ids = entriesFrom(sender);
        assertThat(ids).hasSize(4);
        Client admin = admin();
        assertThat(admin.post("/review/" + ids.get(0) + "/dismiss", "").statusCode()).isEqualTo(302);
        assertThat(admin.page("/review").body()).contains("Đã bỏ qua thư của " + sender + ".");
        HttpResponse<String> many = admin.post("/review/dismiss", "ids=" + ids.get(1) + "&ids=" + ids.get(2));
        assertThat(many.statusCode()).isEqualTo(302);
        assertThat(admin.page("/review").body()).contains("Đã bỏ qua 2 thư.");
        assertThat(entriesFrom(sender)).containsExactly(ids.get(3));
        ReportLog log = app.bean(ReportLog.class);
        for (long id : ids.subList(0, 3)) {
            assertThat(log.find(id).orElseThrow().decision()).isEqualTo("IGNORED");
            assertThat(app.bean(AuditLog.class).entriesFor("report", String.valueOf(id), 5))
                    .extracting(AuditEntry::action).containsExactly("dismiss");
        }
        assertThat(admin.post("/review/dismiss", "").statusCode()).isEqualTo(302);
        assertThat(admin.page("/review").body()).contains("Chưa chọn thư nào để bỏ qua.");
    }

    @Test
    void aFloodOf300MailsFromOneStrangerIsPagedAndDismissedWithOnePost() throws Exception {
        String sender = "quang.cao@spam.example";
        // straight to the processor, as the mailbox hands each message over: the flood is what is tested, not IMAP
        ReportProcessor processor = app.bean(ReportProcessor.class);
        for (int i = 1; i <= 300; i++) {
            byte[] raw = mail(sender, "flood-" + i, "Báo cáo khuyến mãi số " + i, "Ưu đãi lớn số " + i + ".");
            processor.process("bac-ai-mttq", raw, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(raw)), null, null);
        }
        assertThat(entriesFrom(sender)).hasSize(300);
        Client admin = admin();
        String first = admin.page("/review").body();
        long total = total(first);
        assertThat(total).isGreaterThanOrEqualTo(300);
        long pages = (total + 24) / 25;
        assertThat(first).contains("Trang 1/" + pages, "href=\"/review?page=2&amp;order=oldest\" rel=\"next\"",
                "Bỏ qua mọi thư của người gửi này (300)");
        assertThat(ids(first)).hasSize(25);
        String last = admin.page("/review?page=" + pages).body();
        assertThat(last).contains("Trang " + pages + "/" + pages, "rel=\"prev\"").doesNotContain("rel=\"next\"");
        assertThat(ids(last)).hasSize((int) (total - 25 * (pages - 1))).doesNotContainAnyElementsOf(ids(first));
        List<Long> newest = ids(admin.page("/review?order=newest").body());
        assertThat(newest.get(0)).as("newest first").isGreaterThan(ids(first).get(0));

        HttpResponse<String> flood = admin.post("/review/dismiss-sender", "from=" + enc(sender));
        assertThat(flood.statusCode()).isEqualTo(302);
        String after = admin.page("/review").body();
        assertThat(after).contains("Đã bỏ qua 300 thư của " + sender + ".").doesNotContain(sender + "</strong>");
        assertThat(total(after)).isEqualTo(total - 300);
        assertThat(entriesFrom(sender)).isEmpty();
    }

    @Test
    void aStaffUserOfAnotherOfficeNeitherSeesNorSettlesTheEntries() throws Exception {
        String sender = "khong.phai.hai.hau@example.net";
        stranger(sender, "Báo cáo gửi Bác Ái", "Một báo cáo gửi Bác Ái.");
        long id = onlyEntryFrom(sender);
        Client lan = new Client();
        lan.logIn("lan", STAFF_PASSWORD);
        String page = lan.page("/review").body();
        assertThat(page).contains("Thư cần xem xét").doesNotContain(sender);
        assertThat(lan.post("/review/" + id + "/assign", "unit=phuoc-dai&dispatch=" + dispatchId("319/MTTQ-BTT"))
                .statusCode()).isEqualTo(403);
        assertThat(lan.post("/review/" + id + "/dismiss", "").statusCode()).isEqualTo(403);
        assertThat(lan.post("/review/dismiss", "ids=" + id).statusCode()).isEqualTo(403);
        assertThat(lan.post("/review/dismiss-sender", "from=" + enc(sender)).statusCode()).isEqualTo(302);
        HttpResponse<String> api = anonymous.send(json("/api/reports/" + id + "/settle", "{\"dismiss\":true}",
                basic("lan", STAFF_PASSWORD)), body());
        assertThat(api.statusCode()).isEqualTo(403);
        HttpResponse<String> bulk = anonymous.send(json("/api/reports/dismiss", "{\"ids\":[" + id + "]}",
                basic("lan", STAFF_PASSWORD)), body());
        assertThat(bulk.statusCode()).isEqualTo(403);
        assertThat(entriesFrom(sender)).as("still under review").containsExactly(id);
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndSettlesNothing() throws Exception {
        String sender = "khong.co.ma@example.net";
        stranger(sender, "Báo cáo không mã", "Nội dung.");
        long id = onlyEntryFrom(sender);
        Client admin = admin();
        HttpResponse<String> forged = admin.http.send(HttpRequest.newBuilder(URI.create(app.base() + "/review/" + id
                        + "/dismiss")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("page=1")).build(), body());
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> bulk = admin.http.send(HttpRequest.newBuilder(URI.create(app.base() + "/review/dismiss-sender"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("from=" + enc(sender))).build(), body());
        assertThat(bulk.statusCode()).isEqualTo(403);
        assertThat(entriesFrom(sender)).containsExactly(id);
    }

    @Test
    void aReportWithAScriptTagShowsAsText() throws Exception {
        String sender = "ke.xau@example.net";
        stranger(sender, "Báo cáo <script>alert(1)</script>", "Xin báo cáo <b>đậm</b> <script>alert(2)</script>");
        long id = onlyEntryFrom(sender);
        String entry = entry(admin().page("/review").body(), id);
        assertThat(entry).contains("Báo cáo &lt;script&gt;alert(1)&lt;/script&gt;",
                "Xin báo cáo &lt;b&gt;đậm&lt;/b&gt; &lt;script&gt;alert(2)&lt;/script&gt;")
                .doesNotContain("<script>", "<b>đậm");
    }

    @Test
    void theApiSettlementAndBulkDismissalAreAuditedToo() throws Exception {
        String sender = "qua.api@example.net";
        for (int i = 1; i <= 3; i++) {
            stranger(sender, "Qua API " + i, "Nội dung " + i + ".");
        }
        List<Long> ids = entriesFrom(sender);
        HttpResponse<String> one = anonymous.send(json("/api/reports/" + ids.get(0) + "/settle",
                "{\"dismiss\":true,\"reason\":\"thư rác\"}", basic("admin", PASSWORD)), body());
        assertThat(one.statusCode()).isEqualTo(200);
        HttpResponse<String> rest = anonymous.send(json("/api/reports/dismiss", "{\"from\":\"" + sender + "\"}",
                basic("admin", PASSWORD)), body());
        assertThat(rest.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(rest.body()).path("dismissed").asInt()).isEqualTo(2);
        AuditLog audit = app.bean(AuditLog.class);
        assertThat(audit.entriesFor("report", String.valueOf(ids.get(0)), 5)).singleElement()
                .satisfies(e -> assertThat(e.after()).isEqualTo("Đã bỏ qua: thư rác"));
        for (long id : ids) {
            assertThat(audit.entriesFor("report", String.valueOf(id), 5)).extracting(AuditEntry::action)
                    .containsExactly("dismiss");
        }
        assertThat(entriesFrom(sender)).isEmpty();
    }

    // --- helpers

    private static void stranger(String sender, String subject, String text) throws IOException {
        RawSmtp.deliver(app.smtpPort(), sender, EmbeddedService.MAILBOX,
                mail(sender, sender + "-" + System.nanoTime(), subject, text));
        app.poll();
    }

    private static byte[] mail(String sender, String id, String subject, String text) {
        return ("Message-ID: <" + id + "@example.net>\r\n"
                + "From: " + sender + "\r\n"
                + "To: " + EmbeddedService.MAILBOX + "\r\n"
                + "Subject: =?UTF-8?B?" + Base64.getEncoder().encodeToString(subject.getBytes(StandardCharsets.UTF_8))
                + "?=\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** The ids of the entries under review from that sender, oldest first. */
    private static List<Long> entriesFrom(String sender) {
        return app.bean(ReportLog.class).underReview(List.of(), true, 0, 100_000).stream()
                .filter(r -> sender.equals(r.from())).map(r -> r.id()).toList();
    }

    private static long onlyEntryFrom(String sender) {
        List<Long> ids = entriesFrom(sender);
        assertThat(ids).as("entries from " + sender).hasSize(1);
        return ids.get(0);
    }

    /** The HTML of one entry of the review page. */
    private static String entry(String page, long id) {
        int start = page.indexOf("<article class=\"rv-entry\" id=\"r" + id + "\"");
        assertThat(start).as("entry " + id + " on the page").isGreaterThanOrEqualTo(0);
        return page.substring(start, page.indexOf("</article>", start));
    }

    private static List<Long> ids(String page) {
        List<Long> ids = new ArrayList<>();
        Matcher m = Pattern.compile("<article class=\"rv-entry\" id=\"r(\\d+)\"").matcher(page);
        while (m.find()) {
            ids.add(Long.valueOf(m.group(1)));
        }
        return ids;
    }

    private static long total(String page) {
        Matcher m = Pattern.compile("Số thư cần xem xét: <strong>([\\d.]+)</strong>").matcher(page);
        assertThat(m.find()).as("the total on the page").isTrue();
        return Long.parseLong(m.group(1).replace(".", ""));
    }

    private String unitStatus(long dispatch, String unit) throws Exception {
        HttpResponse<String> status = anonymous.send(HttpRequest.newBuilder(URI.create(app.base() + "/api/dispatches/"
                + dispatch + "/status")).header("Authorization", basic("admin", PASSWORD)).build(), body());
        for (var row : JSON.readTree(status.body()).path("units")) {
            if (unit.equals(row.path("unit").asString())) {
                return row.path("status").asString();
            }
        }
        throw new AssertionError("no unit " + unit + " in " + status.body());
    }

    private long dispatchId(String number) throws Exception {
        HttpResponse<String> listed = anonymous.send(HttpRequest.newBuilder(URI.create(app.base() + "/api/dispatches"))
                .header("Authorization", basic("admin", PASSWORD)).build(), body());
        List<Map<String, Object>> all = JSON.readValue(listed.body(), List.class);
        return all.stream().filter(d -> number.equals(d.get("number"))).map(d -> ((Number) d.get("id")).longValue())
                .findFirst().orElseThrow();
    }

    private static HttpRequest json(String path, String body, String authorization) {
        return HttpRequest.newBuilder(URI.create(app.base() + path)).header("Content-Type", "application/json")
                .header("Authorization", authorization).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static Client admin() throws Exception {
        Client admin = new Client();
        admin.logIn("admin", PASSWORD);
        return admin;
    }

    /** A browser without JavaScript: it keeps its session cookie, follows no redirect, posts its forms' CSRF token. */
    private static final class Client {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private String csrf;

        HttpResponse<String> page(String path) throws Exception {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(app.base() + path))
                    .header("Accept", "text/html").build(), body());
            Matcher token = CSRF.matcher(page.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return page;
        }

        HttpResponse<String> post(String path, String form) throws Exception {
            if (csrf == null) {
                page("/review");
            }
            String withToken = (form.isEmpty() ? "" : form + "&") + "_csrf=" + enc(csrf);
            return http.send(HttpRequest.newBuilder(URI.create(app.base() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(withToken, StandardCharsets.UTF_8)).build(), body());
        }

        void logIn(String user, String password) throws Exception {
            page("/login");
            HttpResponse<String> in = post("/login", "username=" + enc(user) + "&password=" + enc(password));
            assertThat(in.statusCode()).isEqualTo(302);
            assertThat(in.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
            csrf = null;
        }
    }

    private static HttpResponse.BodyHandler<String> body() {
        return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
