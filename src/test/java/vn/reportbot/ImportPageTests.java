package vn.reportbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
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

/**
 * The import page over HTTP on the service of the embedded defaults: a dispatch pasted or uploaded is shown as read,
 * corrected, confirmed and then exists with the corrections (recorded in the audit log); a number already imported is
 * told before confirming; a STAFF user imports into their own office only; text beyond the limit is refused with 413,
 * on the page and in the API, without being read to its end.
 */
class ImportPageTests {

    static final String ADMIN_PASSWORD = "mat-khau-quan-tri";
    static final String STAFF_PASSWORD = "mat-khau-hai-hau";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Path FIXTURES = Path.of("src/test/resources/dispatches");

    @TempDir
    static Path dataDir;

    private static EmbeddedService service;

    @BeforeAll
    static void start() throws Exception {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(STAFF_PASSWORD);
        service = EmbeddedService.start(dataDir, ADMIN_PASSWORD, "--reportbot.users[0].username=lan",
                "--reportbot.users[0].password=" + hash, "--reportbot.users[0].role=STAFF",
                "--reportbot.users[0].offices[0]=hai-hau-bdv");
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void aPastedDispatchIsShownAsReadCorrectedAndConfirmedIntoADispatchWithTheCorrections() throws Exception {
        Session admin = Session.logIn("admin", ADMIN_PASSWORD);
        String draft = admin.read(Map.of("office", "bac-ai-mttq",
                "text", Files.readString(FIXTURES.resolve("mttq-bac-ai-weekly-thursday.txt"))), null);
        String preview = admin.page(draft).body();
        assertThat(preview).contains("Kiểm tra công văn trước khi nhập", "value=\"342/MTTQ-BTT\"", "04/10/2021",
                "báo cáo định kỳ kết quả vận động", "9 đơn vị của Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái",
                "Xã Phước Đại", "Hằng tuần").doesNotContain("đã được nhập trước đây");

        Map<String, String> fields = admin.fields(preview);
        fields.put("subject", "báo cáo kết quả vận động Quỹ (đã sửa)");
        fields.put("deadline", "31/12/2021");
        fields.put("cadence", "");
        fields.put("signer", "Nguyễn Văn Sửa");
        HttpResponse<String> checked = admin.post(draft, fields, "check");
        assertThat(checked.statusCode()).isEqualTo(302);
        String corrected = admin.page(draft).body();
        assertThat(corrected).contains("báo cáo kết quả vận động Quỹ (đã sửa)", "Đã đọc được", "31/12/2021",
                "Không định kỳ");

        HttpResponse<String> confirmed = admin.post(draft, admin.fields(corrected), "confirm");
        assertThat(confirmed.statusCode()).isEqualTo(302);
        String location = confirmed.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/dispatches/\\d+");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Map<String, Object> dispatch = listed("342/MTTQ-BTT");
        assertThat(dispatch.get("id")).isEqualTo((int) id);
        assertThat(dispatch.get("subject")).isEqualTo("báo cáo kết quả vận động Quỹ (đã sửa)");
        assertThat(dispatch.get("deadline")).isEqualTo("2021-12-31");
        assertThat(admin.page("/dispatches/" + id).body()).contains("báo cáo kết quả vận động Quỹ (đã sửa)",
                "Nguyễn Văn Sửa", "31/12/2021");
        List<AuditEntry> audit = service.bean(AuditLog.class).entriesFor("dispatch", Long.toString(id), 10);
        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("admin");
            assertThat(entry.action()).isEqualTo("import");
            assertThat(entry.after()).contains("\"corrected\"", "báo cáo kết quả vận động Quỹ (đã sửa)", "31/12/2021",
                    "Nguyễn Văn Sửa");
        });
        assertThat(admin.page(draft).statusCode()).as("the draft is gone once confirmed").isEqualTo(404);
    }

    @Test
    void anUploadNamedWithFoldersAndControlCharactersIsShownUnderItsBaseNameOnly() throws Exception {
        Session lan = Session.logIn("lan", STAFF_PASSWORD);
        byte[] docx = Files.readAllBytes(FIXTURES.resolve("formats/ubnd-hai-hau-1245.docx"));
        HttpResponse<String> answer = lan.multipart(Map.of(), docx, "..\\..\\..\\Windows\\ubnd-\u202Ehai-hau\u0007.docx");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        String preview = lan.page(answer.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
                .body();
        assertThat(preview).contains("ubnd-hai-hau.docx").doesNotContain("Windows", "..\\", "\u202E", "\u0007");
    }

    @Test
    void aStaffUserUploadsADocxWhichIsImportedWithItsFileForTheirOwnOffice() throws Exception {
        Session lan = Session.logIn("lan", STAFF_PASSWORD);
        String form = lan.page("/import").body();
        assertThat(form).contains("Nhập công văn", "Ban Dân vận Huyện ủy Hải Hậu").doesNotContain("Bác Ái");
        byte[] docx = Files.readAllBytes(FIXTURES.resolve("formats/ubnd-hai-hau-1245.docx"));
        String draft = lan.read(Map.of(), docx);
        String preview = lan.page(draft).body();
        assertThat(preview).contains("ubnd-hai-hau-1245.docx", "34 đơn vị");
        Map<String, String> fields = lan.fields(preview);
        HttpResponse<String> confirmed = lan.post(draft, fields, "confirm");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(302);
        Map<String, Object> dispatch = listed(fields.get("number"));
        assertThat(dispatch.get("office")).isEqualTo("hai-hau-bdv");
        String page = lan.page(confirmed.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
                .body();
        assertThat(page).contains(fields.get("number"), "Thị trấn Yên Định");
        long id = ((Number) dispatch.get("id")).longValue();
        assertThat(service.bean(vn.reportbot.dispatch.DispatchDocuments.class).original(id)).hasValueSatisfying(file -> {
            assertThat(file.fileName()).isEqualTo("ubnd-hai-hau-1245.docx");
            assertThat(file.bytes()).isEqualTo(docx);
        });
        assertThat(Files.list(dataDir.resolve("import-drafts"))).as("the draft's file is gone once confirmed").isEmpty();
    }

    @Test
    void aStaffUserCannotImportIntoAnotherOfficeNorSeeAnotherLoginsDraft() throws Exception {
        Session lan = Session.logIn("lan", STAFF_PASSWORD);
        String text = Files.readString(FIXTURES.resolve("mttq-bac-ai-weekly-thursday.txt"));
        assertThat(lan.multipart(Map.of("office", "bac-ai-mttq", "text", text), null).statusCode()).isEqualTo(403);
        String own = lan.read(Map.of("text", text), null);
        Map<String, String> fields = lan.fields(lan.page(own).body());
        fields.put("office", "bac-ai-mttq");
        assertThat(lan.post(own, fields, "confirm").statusCode()).isEqualTo(403);

        Session admin = Session.logIn("admin", ADMIN_PASSWORD);
        String adminsDraft = admin.read(Map.of("office", "bac-ai-mttq", "text", text), null);
        assertThat(lan.page(adminsDraft).statusCode()).isEqualTo(404);
    }

    @Test
    void aDispatchAlreadyImportedIsToldInVietnameseBeforeConfirmingAndRefusedOnConfirming() throws Exception {
        Session admin = Session.logIn("admin", ADMIN_PASSWORD);
        String draft = admin.read(Map.of("text", Files.readString(FIXTURES.resolve("seed-319-mttq-bac-ai.txt"))), null);
        String preview = admin.page(draft).body();
        assertThat(preview).contains("Công văn số 319/MTTQ-BTT", "đã được nhập trước đây",
                "Không thể nhập lại cùng số công văn");
        HttpResponse<String> confirmed = admin.post(draft, admin.fields(preview), "confirm");
        assertThat(confirmed.statusCode()).isEqualTo(409);
        assertThat(confirmed.body()).contains("Công văn này đã được nhập trước đây; không thể nhập lại.");
    }

    @Test
    void pastedTextOverTheLimitIsRefusedWith413AndAVietnameseMessage() throws Exception {
        Session admin = Session.logIn("admin", ADMIN_PASSWORD);
        HttpResponse<String> refused = admin.multipart(Map.of("office", "bac-ai-mttq", "text", big(3)), null);
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("Nội dung gửi lên quá lớn", "2048 KB", "Nhập công văn");
        assertThat(admin.page("/").statusCode()).as("still logged in").isEqualTo(200);
    }

    @Test
    void theApiRefusesADispatchTextOverTheLimitWith413WhetherItsLengthIsToldOrNot() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> told = http.send(HttpRequest.newBuilder(URI.create(service.base() + "/api/dispatches"))
                .header("Authorization", basic("admin", ADMIN_PASSWORD)).header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(big(3))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(told.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(told.body()).path("error").asString()).contains("larger than 2048 KB");

        byte[] text = big(3).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(URI.create(service.base() + "/api/dispatches"))
                .header("Authorization", basic("admin", ADMIN_PASSWORD)).header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(text))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(chunked.body()).path("error").asString()).contains("larger than 2048 KB");
    }

    @Test
    void anEightySixMegabyteDispatchTextIsRefusedBeforeItIsSent() throws Exception {
        URI base = URI.create(service.base());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/dispatches HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAuthorization: "
                    + basic("admin", ADMIN_PASSWORD) + "\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                    + "Content-Length: " + 86L * 1024 * 1024 + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(big(1).getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(status).as("answered with 85 MB still unsent").isEqualTo("HTTP/1.1 413");
        }
    }

    /** About {@code megabytes} MB of a dispatch's text. */
    private static String big(int megabytes) throws Exception {
        String dispatch = Files.readString(FIXTURES.resolve("mttq-bac-ai-weekly-thursday.txt"));
        StringBuilder text = new StringBuilder(dispatch);
        String line = "Nội dung bổ sung dài để kiểm tra giới hạn kích thước văn bản công văn.\n";
        while (text.length() * 1.3 < megabytes * 1024L * 1024) {
            text.append(line);
        }
        return text.toString();
    }

    private static Map<String, Object> listed(String number) throws Exception {
        HttpResponse<String> all = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(service.base() + "/api/dispatches")).header("Authorization", basic("admin", ADMIN_PASSWORD))
                .build(), HttpResponse.BodyHandlers.ofString());
        List<Map<String, Object>> list = JSON.readValue(all.body(), List.class);
        return list.stream().filter(d -> number.equals(d.get("number"))).findFirst().orElseThrow();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A logged-in browser without JavaScript: cookies kept, redirects not followed, forms sent as they are. */
    static final class Session {
        private static final Pattern FIELD = Pattern.compile(
                "<(input|textarea|select)[^>]*\\bname=\"([a-zA-Z]+)\"[^>]*>", Pattern.DOTALL);
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String csrf;

        static Session logIn(String user, String password) throws Exception {
            Session session = new Session();
            session.csrf = session.token("/login");
            HttpResponse<String> in = session.http.send(form("/login", "username=" + enc(user) + "&password="
                    + enc(password) + "&_csrf=" + enc(session.csrf)), HttpResponse.BodyHandlers.ofString());
            assertThat(in.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
            session.csrf = session.token("/import");
            return session;
        }

        HttpResponse<String> page(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(service.base() + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        String token(String path) throws Exception {
            Matcher token = CSRF.matcher(page(path).body());
            assertThat(token.find()).as("a CSRF token in " + path).isTrue();
            return token.group(1);
        }

        /** Sends the upload form and returns the draft's path it leads to. */
        String read(Map<String, String> fields, byte[] docx) throws Exception {
            HttpResponse<String> answer = multipart(fields, docx);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
            String location = answer.headers().firstValue("Location").orElseThrow();
            assertThat(location).contains("/import/");
            return location.replaceFirst("^https?://[^/]+", "");
        }

        HttpResponse<String> multipart(Map<String, String> fields, byte[] docx) throws Exception {
            return multipart(fields, docx, "ubnd-hai-hau-1245.docx");
        }

        HttpResponse<String> multipart(Map<String, String> fields, byte[] docx, String fileName) throws Exception {
            String boundary = "----reportbot" + System.nanoTime();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("_csrf", csrf);
            for (Map.Entry<String, String> field : all.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                        + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            if (docx != null) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\";"
                        + " filename=\"" + fileName + "\"\r\nContent-Type: application/vnd.openxmlformats-"
                        + "officedocument.wordprocessingml.document\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(docx);
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return http.send(HttpRequest.newBuilder(URI.create(service.base() + "/import?_csrf=" + enc(csrf)))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** The named inputs of the correction form with their values as the page shows them. */
        Map<String, String> fields(String html) {
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher m = FIELD.matcher(html);
            while (m.find()) {
                String name = m.group(2);
                if (name.equals("_csrf") || name.equals("action")) {
                    continue;
                }
                String tag = m.group(0);
                String value;
                if (m.group(1).equals("textarea")) {
                    int end = html.indexOf("</textarea>", m.end());
                    value = html.substring(m.end(), end);
                } else if (m.group(1).equals("select")) {
                    int end = html.indexOf("</select>", m.end());
                    Matcher selected = Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(html.substring(m.end(), end));
                    value = selected.find() ? selected.group(1) : "";
                } else {
                    Matcher v = Pattern.compile("value=\"([^\"]*)\"").matcher(tag);
                    value = v.find() ? v.group(1) : "";
                }
                fields.put(name, unescape(value));
            }
            return fields;
        }

        HttpResponse<String> post(String path, Map<String, String> fields, String action) throws Exception {
            StringBuilder form = new StringBuilder("_csrf=" + enc(csrf) + "&action=" + action);
            fields.forEach((k, v) -> form.append('&').append(enc(k)).append('=').append(enc(v)));
            return http.send(form(path, form.toString()), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        private static HttpRequest form(String path, String body) {
            return HttpRequest.newBuilder(URI.create(service.base() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        }

        private static String unescape(String html) {
            return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                    .replace("&amp;", "&");
        }
    }
}
