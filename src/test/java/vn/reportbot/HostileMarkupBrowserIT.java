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
import java.util.List;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue #18: HTML and script in reports (in the body, the subject and an attachment's name: {@code <script>},
 * {@code onerror=}, a {@code javascript:} link, an {@code <iframe>}, a style that would cover the page) are inert on the
 * review page and the dispatch page in headless Chromium (no script runs: {@code window.__pwned} stays unset, no
 * alert; no {@code javascript:} link, no frame; the subject shown as the text it is), and the digest staff receive
 * carries them escaped.
 */
class HostileMarkupBrowserIT {

    private static final String PASSWORD = "mat-khau-quan-tri";
    private static final String STRANGER = "ke-la@evil.example";
    private static final String UNIT = "mttq.phuoctien@gmail.com";
    private static final String SUBJECT = "<script>window.__pwned='subject'</script> CV 319/MTTQ-BTT <img src=x"
            + " onerror=\"window.__pwned='subject-img'\">";
    private static final String HTML = "<html><head><style>body{display:none}</style>"
            + "<script>window.__pwned='head';alert(1)</script></head><body>"
            + "<p>Xã Phước Tiến báo cáo Công văn 319/MTTQ-BTT: đã tổ chức 6 buổi tuyên truyền.</p>"
            + "<script>window.__pwned='body';alert(2)</script>"
            + "<img src=\"x\" onerror=\"window.__pwned='onerror';alert(3)\">"
            + "<a href=\"javascript:window.__pwned='link'\">bấm vào đây</a>"
            + "<iframe src=\"javascript:parent.__pwned='iframe'\"></iframe>"
            + "<div style=\"position:fixed;top:0;left:0;width:100%;height:100%;background:red\""
            + " onmouseover=\"window.__pwned='hover'\">che trang</div>"
            + "<svg onload=\"window.__pwned='svg'\"></svg></body></html>";
    private static final String ATTACHMENT = "<img src=x onerror=alert(4)>.docx";

    @TempDir
    static Path dataDir;

    private static EmbeddedService app;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start("hostile-markup");
        app = EmbeddedService.start(dataDir, PASSWORD);
        app.deliver(mail(STRANGER, "s1"));
        app.deliver(mail(UNIT, "u1"));
        app.poll();
    }

    @AfterAll
    static void stop() {
        Browser.closeAll(app, browser);
    }

    @Test
    void scriptInAReportRunsNeitherOnTheReviewPageNorOnTheDispatchPageAndIsShownAsText() throws Exception {
        browser.size(1280, 900);
        browser.logInAt(app.base(), "/review", "admin", PASSWORD);
        browser.open(app.base() + "/review");
        assertInert("the review page");
        assertThat(browser.text()).as("the subject shown as the text it is").contains(SUBJECT.substring(0, 40));

        long dispatch = dispatchOf(UNIT);
        browser.open(app.base() + "/dispatches/" + dispatch);
        assertInert("the dispatch page");
        assertThat(browser.text()).contains("đã tổ chức 6 buổi tuyên truyền", "bấm vào đây", ATTACHMENT);
        browser.screenshot("hostile-markup-dispatch-1280.png");
    }

    @Test
    void theDigestCarriesTheReportsMarkupEscaped() throws Exception {
        HttpResponse<String> digest = api("POST", "/api/jobs/digest/run?office=bac-ai-mttq");
        assertThat(digest.statusCode()).as(digest.body()).isEqualTo(200);
        List<MimeMessage> mails = new Inbox(app).await("ben.nv@bacai.example", "", 1);
        assertThat(mails).isNotEmpty();
        String html = part(mails.get(mails.size() - 1).getContent(), "text/html");
        assertThat(html).contains("6 buổi tuyên truyền").doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("<img src=x").doesNotContainIgnoringCase("<iframe")
                .doesNotContain("href=\"javascript:");
    }

    private void assertInert(String page) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        assertThat(js.executeScript("return window.__pwned === undefined ? null : String(window.__pwned)"))
                .as("a script ran on " + page).isNull();
        assertThat(alertShown()).as("an alert on " + page).isFalse();
        assertThat(((Number) js.executeScript("return document.querySelectorAll('a[href^=\"javascript:\" i]').length"))
                .intValue()).as("javascript: links on " + page).isZero();
        assertThat(((Number) js.executeScript("return document.querySelectorAll('iframe, frame, object, embed').length"))
                .intValue()).as("frames on " + page).isZero();
        assertThat(((Number) js.executeScript("return document.querySelectorAll('[onerror], [onload], [onmouseover]')"
                + ".length")).intValue()).as("event handlers on " + page).isZero();
        assertThat(browser.text()).as("the page is not covered or hidden on " + page).contains("reportbot");
    }

    private boolean alertShown() {
        try {
            browser.driver().switchTo().alert().dismiss();
            return true;
        } catch (NoAlertPresentException e) {
            return false;
        }
    }

    private static long dispatchOf(String from) throws Exception {
        for (JsonNode r : JsonMapper.builder().build().readTree(api("GET", "/api/reports?size=100").body())) {
            if (from.equals(r.path("from").asString())) {
                assertThat(r.path("decision").asString()).isEqualTo("MATCHED");
                return r.path("dispatchId").asLong();
            }
        }
        throw new AssertionError("no report from " + from);
    }

    private static HttpResponse<String> api(String method, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.base() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String part(Object content, String type) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var p = multipart.getBodyPart(i);
                if (p.isMimeType(type)) {
                    return (String) p.getContent();
                }
                String inner = part(p.getContent(), type);
                if (!inner.isEmpty()) {
                    return inner;
                }
            }
        }
        return "";
    }

    private static byte[] mail(String from, String id) {
        String b = "b-" + id;
        return ("From: " + from + "\r\nTo: " + EmbeddedService.MAILBOX + "\r\nSubject: =?UTF-8?B?"
                + Base64.getEncoder().encodeToString(SUBJECT.getBytes(StandardCharsets.UTF_8)) + "?=\r\n"
                + "Message-ID: <" + id + "@hostile.example>\r\nDate: " + new jakarta.mail.internet.MailDateFormat()
                        .format(new java.util.Date()) + "\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"" + b + "\"\r\n\r\n--" + b + "\r\n"
                + "Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(HTML.getBytes(StandardCharsets.UTF_8)) + "\r\n--" + b + "\r\n"
                + "Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename*=UTF-8''"
                + java.net.URLEncoder.encode(ATTACHMENT, StandardCharsets.UTF_8).replace("+", "%20") + "\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\nbm9p\r\n--" + b + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    }
}
