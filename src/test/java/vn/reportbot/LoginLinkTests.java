package vn.reportbot;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.reportbot.PageClient.location;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.reportbot.audit.AuditEntry;
import vn.reportbot.audit.AuditLog;

/**
 * Signing in with a one-time link mailed to a staff member of the directory, on the service of the embedded defaults
 * (whose GreenMail has an account for every staff address): the link logs in to their own office only, once, within
 * its validity; asking for an unknown address is answered alike and mails nothing; at most three links an hour.
 */
class LoginLinkTests {

    private static final String SUBJECT = "Liên kết đăng nhập";
    private static final Pattern LINK = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/login/link/[A-Za-z0-9_-]{43})");

    @TempDir
    static Path dataDir;

    private static EmbeddedService service;
    private static Inbox inbox;

    @BeforeAll
    static void start() throws Exception {
        service = EmbeddedService.start(dataDir, "mat-khau-quan-tri");
        inbox = new Inbox(service);
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void aStaffMemberLogsInWithTheMailedLinkOnceAndSeesOnlyTheirOffice() throws Exception {
        PageClient browser = new PageClient(service.base());
        assertThat(browser.get("/login").body()).contains("Nhận liên kết đăng nhập qua thư", "name=\"address\"");
        var asked = browser.post("/login/link", "/login", "address", "Ha.LV@haihau.example");
        assertThat(location(asked)).endsWith("/login?link=sent");
        assertThat(browser.get("/login?link=sent").body()).contains("hệ thống đã gửi tới đó một liên kết đăng nhập");

        List<MimeMessage> mails = inbox.await("ha.lv@haihau.example", SUBJECT, 1);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
        assertThat(mail.getFrom()[0].toString()).contains("bandanvan.haihau@gmail.com");
        Multipart parts = (Multipart) mail.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        String text = (String) parts.getBodyPart(0).getContent();
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(text).contains("Kính gửi đồng chí Lại Văn Hà", "chỉ dùng được một lần", "15 phút");
        String link = link(text);

        PageClient staff = new PageClient(service.base());
        var opened = staff.get(link);
        assertThat(location(opened)).endsWith("/");
        String dashboard = staff.get("/").body();
        assertThat(dashboard).contains("22-CV/BDVHU", "ha.lv@haihau.example", "Đăng xuất")
                .doesNotContain("319/MTTQ-BTT", "Xã Phước Đại");
        assertThat(staff.get("/outbox").statusCode()).isEqualTo(200);
        assertThat(staff.get("/templates").statusCode()).as("STAFF, not ADMIN").isEqualTo(403);

        PageClient again = new PageClient(service.base());
        assertThat(location(again.get(link))).endsWith("/login?link=used");
        assertThat(again.get("/login?link=used").body()).contains("Liên kết đăng nhập này đã được dùng.");
        assertThat(again.get("/").statusCode()).as("not logged in").isEqualTo(302);

        List<AuditEntry> audit = service.bean(AuditLog.class).entriesFor("login", "ha.lv@haihau.example", 10);
        assertThat(audit).extracting(AuditEntry::action).containsExactly("link-refused", "link-used", "link-sent");
        Integer stored = service.bean(JdbcClient.class).sql("SELECT COUNT(*) FROM login_link WHERE token_hash = ?")
                .param(link.substring(link.lastIndexOf('/') + 1)).query(Integer.class).single();
        assertThat(stored).as("the secret itself is not stored").isZero();
    }

    @Test
    void aLinkWhoseValidityHasPassedIsRefused() throws Exception {
        PageClient browser = new PageClient(service.base());
        browser.post("/login/link", "/login", "address", "mai.tt@haihau.example");
        String link = link(text(inbox.await("mai.tt@haihau.example", SUBJECT, 1).get(0)));
        // the fifteen minutes pass
        service.bean(JdbcClient.class).sql("UPDATE login_link SET expires_at = created_at WHERE address = ?")
                .param("mai.tt@haihau.example").update();
        var opened = browser.get(link);
        assertThat(location(opened)).endsWith("/login?link=expired");
        assertThat(browser.get("/login?link=expired").body()).contains("Liên kết đăng nhập này đã hết hạn.");
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
        assertThat(location(browser.get("/login/link/khong-phai-lien-ket"))).endsWith("/login?link=unknown");
        assertThat(browser.get("/login?link=unknown").body()).contains("Liên kết đăng nhập không hợp lệ.");
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
        PageClient stranger = new PageClient(service.base());
        var unknown = stranger.post("/login/link", "/login", "address", "nguoi-la@example.com");
        var known = new PageClient(service.base()).post("/login/link", "/login", "address", "ben.nv@bacai.example");
        assertThat(location(unknown)).isEqualTo(location(known)).endsWith("/login?link=sent");
        assertThat(inbox.await("ben.nv@bacai.example", SUBJECT, 1)).hasSize(1);
        service.poll(); // sends whatever is queued
        assertThat(inbox.to("nguoi-la@example.com", "")).isEmpty();
        JdbcClient jdbc = service.bean(JdbcClient.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox WHERE recipients LIKE '%nguoi-la%'").query(Integer.class)
                .single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM login_link WHERE address = 'nguoi-la@example.com'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void atMostThreeLinksAnHourAreMailedToOneAddress() throws Exception {
        PageClient browser = new PageClient(service.base());
        for (int i = 0; i < 4; i++) {
            assertThat(location(browser.post("/login/link", "/login", "address", "hoa.pt@bacai.example")))
                    .endsWith("/login?link=sent");
        }
        assertThat(inbox.await("hoa.pt@bacai.example", SUBJECT, 3)).hasSize(3);
        service.poll();
        assertThat(inbox.to("hoa.pt@bacai.example", SUBJECT)).hasSize(3);
    }

    private static String text(MimeMessage mail) throws Exception {
        return (String) ((Multipart) mail.getContent()).getBodyPart(0).getContent();
    }

    private static String link(String text) {
        Matcher found = LINK.matcher(text);
        assertThat(found.find()).as("a login link in:\n" + text).isTrue();
        return found.group(1);
    }
}
