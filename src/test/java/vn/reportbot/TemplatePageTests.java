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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import vn.reportbot.audit.AuditEntry;
import vn.reportbot.audit.AuditLog;
import vn.reportbot.embedded.EmbeddedMailServer;
import vn.reportbot.templates.TemplateFolders;
import vn.reportbot.templates.TemplateRenderer;
import vn.reportbot.templates.TemplateVersion;
import vn.reportbot.templates.TemplateVersions;

/**
 * The templates page over HTTP, on the service of the embedded defaults with a copy of the shipped templates: saving a
 * good template writes the file the service renders from, stores a version and an audit entry, and the next mail uses
 * it; a broken one is refused with its line and column and nothing changes; rolling back saves the earlier text again;
 * an office's own version goes to its folder; a STAFF user is refused.
 */
class TemplatePageTests {

    private static final String ADMIN_PASSWORD = "mat-khau-quan-tri";
    private static final String STAFF_PASSWORD = "mat-khau-hai-hau";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    static Path dataDir;
    private static Path templates;
    private static EmbeddedService app;

    @BeforeAll
    static void start() throws IOException {
        templates = TemplateFolders.copyOfShipped(Files.createDirectory(dataDir.resolve("copy")));
        String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(STAFF_PASSWORD);
        app = EmbeddedService.start(dataDir.resolve("data"), ADMIN_PASSWORD, "--reportbot.templates=" + templates,
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
    void theListShowsEveryMailsThreeFilesAndEachOfficesColumn() throws Exception {
        Session admin = Session.logIn("admin", ADMIN_PASSWORD);
        HttpResponse<String> list = admin.get("/templates");
        assertThat(list.statusCode()).isEqualTo(200);
        for (String mail : TemplateRenderer.MAILS) {
            assertThat(list.body()).contains(TemplateRenderer.filesOfMail(mail).stream()
                    .map(f -> "href=\"/templates/" + f + "\"").toList());
            assertThat(list.body()).contains("href=\"/templates/hai-hau-bdv/" + mail + ".txt.ftl\"");
        }
        assertThat(list.body()).contains("Mẫu thư", "Thư xác nhận đã nhận báo cáo", "Ban Dân vận Huyện ủy Hải Hậu",
                "Sửa lần cuối");
    }

    @Test
    void aGoodTemplateIsWrittenToTheFileStoredAsAVersionAuditedAndTheNextAcknowledgementUsesIt() throws Exception {
        Session admin = Session.logIn("admin", ADMIN_PASSWORD);
        String file = "acknowledgement.subject.ftl";
        String before = Files.readString(templates.resolve(file));
        String edited = "Mẫu mới: đã nhận báo cáo của ${unitName} (${dispatchNumber})";

        HttpResponse<String> saved = admin.post("/templates/" + file, "action", "save", "content", edited + "\r\n");
        assertThat(saved.statusCode()).as("back to the editor").isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).contains("/templates/" + file + "?done=saved");
        assertThat(admin.get("/templates/" + file + "?done=saved").body()).contains("Đã lưu.");

        assertThat(Files.readString(templates.resolve(file))).isEqualTo(edited + "\n");
        assertThat(versions(null, file)).singleElement().satisfies(v -> {
            assertThat(v.content()).isEqualTo(edited + "\n");
            assertThat(v.savedBy()).isEqualTo("admin");
        });
        assertThat(audit("default/" + file)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.action()).isEqualTo("save");
            assertThat(e.before()).isEqualTo(before);
            assertThat(e.after()).isEqualTo(edited + "\n");
        });

        app.deliver("e2e/report-phuoc-dai.eml");
        app.poll();
        List<String> subjects = new ArrayList<>();
        for (MimeMessage m : app.bean(EmbeddedMailServer.class).greenMail().getReceivedMessages()) {
            if (m.getRecipients(Message.RecipientType.TO)[0].toString().contains("mttq.phuocdai@gmail.com")) {
                subjects.add(m.getSubject());
            }
        }
        assertThat(subjects).as("the acknowledgement sent after the save").anySatisfy(subject -> assertThat(subject)
                .startsWith("Mẫu mới: đã nhận báo cáo của Xã Phước Đại (319/MTTQ-BTT)"));
    }

    @Test
    void aTemplateThatDoesNotParseIsRefusedWithItsLineAndColumnAndNothingIsWritten() throws Exception {
        Session admin = Session.logIn("admin", ADMIN_PASSWORD);
        String file = "reminder.txt.ftl";
        String before = Files.readString(templates.resolve(file));

        HttpResponse<String> refused = admin.post("/templates/" + file, "action", "save",
                "content", "Kính gửi ${addressee},\n<#if overdue>Đã quá hạn.\n");
        assertThat(refused.statusCode()).as("the editor again, with the error").isEqualTo(200);
        assertThat(refused.body()).contains("Lỗi cú pháp ở dòng", "Chưa lưu", "&lt;#if overdue&gt;Đã quá hạn.");
        assertThat(Files.readString(templates.resolve(file))).isEqualTo(before);
        assertThat(versions(null, file)).isEmpty();
        assertThat(audit("default/" + file)).isEmpty();
    }

    @Test
    void aTemplateUsingANameItsMailLacksIsRefusedNamingTheNameAndWhere() throws Exception {
        Session admin = Session.logIn("admin", ADMIN_PASSWORD);
        String file = "digest.subject.ftl";
        String before = Files.readString(templates.resolve(file));

        HttpResponse<String> refused = admin.post("/templates/" + file, "action", "save",
                "content", "Bản tin ${today}\n của ${tenKhongCo}");
        assertThat(refused.body()).contains("Lỗi ở dòng 2, cột 8: mẫu dùng tên «tenKhongCo» nhưng dữ liệu của thư này"
                + " không có tên đó.");
        assertThat(Files.readString(templates.resolve(file))).isEqualTo(before);
        assertThat(versions(null, file)).isEmpty();

        HttpResponse<String> validated = admin.post("/templates/" + file, "action", "validate",
                "content", "Bản tin ngày ${today}");
        assertThat(validated.body()).contains("Mẫu hợp lệ: đọc được và tạo được thư digest với cả 2 bộ dữ liệu mẫu.");
        assertThat(Files.readString(templates.resolve(file))).as("validating writes nothing").isEqualTo(before);
    }

    @Test
    void aPreviewRendersTheEditedTextWithARealDispatchAndUnitAndWritesNothing() throws Exception {
        Session admin = Session.logIn("admin", ADMIN_PASSWORD);
        long haiHau = app.bean(vn.reportbot.dispatch.DispatchCatalog.class).dispatchesOf("hai-hau-bdv").get(0).id();
        String file = "announcement.html.ftl";
        String before = Files.readString(templates.resolve(file));

        HttpResponse<String> preview = admin.post("/templates/" + file, "action", "preview", "dispatch",
                String.valueOf(haiHau), "unit", "yen-dinh", "content", "<p>Kính gửi <b>${unitName}</b>: ${dispatchNumber}</p>");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).as("the HTML part, in a sandboxed frame").contains("sandbox=\"\"",
                "srcdoc=\"&lt;p&gt;Kính gửi &lt;b&gt;Thị trấn Yên Định&lt;/b&gt;: 22-CV/BDVHU&lt;/p&gt;\"");
        assertThat(preview.body()).as("the subject and text from the files as they are")
                .contains("22-CV/BDVHU", "Thị trấn Yên Định");
        assertThat(Files.readString(templates.resolve(file))).isEqualTo(before);
    }

    @Test
    void rollingBackSavesTheEarlierTextAgainAsANewVersionAuditedAsRollback() throws Exception {
        Session admin = Session.logIn("admin", ADMIN_PASSWORD);
        String file = "address-bounced.txt.ftl";
        admin.post("/templates/" + file, "action", "save", "content", "Phiên bản một: ${address}");
        admin.post("/templates/" + file, "action", "save", "content", "Phiên bản hai: ${address}");
        assertThat(Files.readString(templates.resolve(file))).isEqualTo("Phiên bản hai: ${address}");
        TemplateVersion first = versions(null, file).get(1);
        assertThat(first.content()).isEqualTo("Phiên bản một: ${address}");
        assertThat(admin.get("/templates/" + file).body()).contains("Khôi phục phiên bản này", "đang dùng");

        HttpResponse<String> rolledBack = admin.post("/templates/" + file, "action", "rollback",
                "version", String.valueOf(first.id()));
        assertThat(rolledBack.statusCode()).isEqualTo(302);
        assertThat(Files.readString(templates.resolve(file))).isEqualTo("Phiên bản một: ${address}");
        assertThat(versions(null, file)).extracting(TemplateVersion::content).containsExactly(
                "Phiên bản một: ${address}", "Phiên bản hai: ${address}", "Phiên bản một: ${address}");
        assertThat(audit("default/" + file)).first().satisfies(e -> {
            assertThat(e.action()).isEqualTo("rollback");
            assertThat(e.before()).isEqualTo("Phiên bản hai: ${address}");
            assertThat(e.after()).isEqualTo("Phiên bản một: ${address}");
        });
        assertThat(app.bean(TemplateRenderer.class).render("address-bounced",
                app.bean(TemplateRenderer.class).samplesOf("address-bounced").get(0)).text())
                .isEqualTo("Phiên bản một: mttq.phuocdai@gmail.com");
    }

    @Test
    void anOfficesOwnVersionGoesToItsFolderAndServesThatOfficeOnly() throws Exception {
        Session admin = Session.logIn("admin", ADMIN_PASSWORD);
        String file = "dispatch-imported.subject.ftl";
        assertThat(admin.get("/templates/hai-hau-bdv/" + file).body()).contains("chưa có bản riêng");

        HttpResponse<String> saved = admin.post("/templates/hai-hau-bdv/" + file, "action", "save",
                "content", "Hải Hậu đã nhập công văn ${number}");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(Files.readString(templates.resolve("hai-hau-bdv").resolve(file)))
                .isEqualTo("Hải Hậu đã nhập công văn ${number}");
        TemplateRenderer renderer = app.bean(TemplateRenderer.class);
        Map<String, Object> sample = renderer.samplesOf("dispatch-imported").get(0);
        assertThat(renderer.render("hai-hau-bdv", "dispatch-imported", sample).subject())
                .isEqualTo("Hải Hậu đã nhập công văn 319/MTTQ-BTT");
        assertThat(renderer.render("bac-ai-mttq", "dispatch-imported", sample).subject()).doesNotContain("Hải Hậu");
        assertThat(versions("hai-hau-bdv", file)).hasSize(1);
        assertThat(audit("hai-hau-bdv/" + file)).singleElement().extracting(AuditEntry::action).isEqualTo("save");
        assertThat(admin.get("/templates").body()).contains("Bản riêng");
        assertThat(admin.get("/templates/no-such-office/" + file).statusCode()).isEqualTo(404);
        assertThat(admin.get("/templates/not-a-template.ftl").statusCode()).isEqualTo(404);
    }

    @Test
    void aStaffUserIsRefusedTheTemplatePagesAndCannotSave() throws Exception {
        Session staff = Session.logIn("lan", STAFF_PASSWORD);
        assertThat(staff.get("/").statusCode()).as("logged in").isEqualTo(200);
        assertThat(staff.get("/templates").statusCode()).isEqualTo(403);
        assertThat(staff.get("/templates/acknowledgement.txt.ftl").statusCode()).isEqualTo(403);
        assertThat(staff.get("/templates/hai-hau-bdv/acknowledgement.txt.ftl").statusCode()).isEqualTo(403);
        String file = "announcement.subject.ftl";
        String before = Files.readString(templates.resolve(file));
        HttpResponse<String> save = staff.post("/templates/" + file, "_csrf", staff.csrf("/"), "action", "save",
                "content", "Thư của người không có quyền");
        assertThat(save.statusCode()).isEqualTo(403);
        assertThat(Files.readString(templates.resolve(file))).isEqualTo(before);
        assertThat(versions(null, file)).isEmpty();
    }

    private static List<TemplateVersion> versions(String office, String file) {
        return app.bean(TemplateVersions.class).history(office, file);
    }

    private static List<AuditEntry> audit(String subjectId) {
        return app.bean(AuditLog.class).entriesFor("template", subjectId, 10);
    }

    /** A browser over HTTP: it keeps its session cookie, follows no redirect, and sends each form with its CSRF token. */
    private record Session(HttpClient http) {

        static Session logIn(String user, String password) throws Exception {
            Session session = new Session(HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
            HttpResponse<String> in = session.send(form("/login", "username", user, "password", password,
                    "_csrf", session.csrf("/login")));
            assertThat(in.statusCode()).isEqualTo(302);
            assertThat(in.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
            return session;
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(app.base() + path)).GET());
        }

        /** Posts the form fields (name, value, …) with the CSRF token of the page posted to, unless one is given. */
        HttpResponse<String> post(String path, String... fields) throws Exception {
            List<String> all = new ArrayList<>(List.of(fields));
            if (!all.contains("_csrf")) {
                all.add("_csrf");
                all.add(csrf(path.contains("?") ? path.substring(0, path.indexOf('?')) : path));
            }
            return send(form(path, all.toArray(String[]::new)));
        }

        String csrf(String path) throws Exception {
            Matcher token = CSRF.matcher(get(path).body());
            assertThat(token.find()).as("a CSRF token in " + path).isTrue();
            return token.group(1);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            return http.send(request.header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        private static HttpRequest.Builder form(String path, String... fields) {
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < fields.length; i += 2) {
                body.append(i == 0 ? "" : "&").append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
            }
            return HttpRequest.newBuilder(URI.create(app.base() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        }
    }
}
