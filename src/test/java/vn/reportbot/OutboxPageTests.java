package vn.reportbot;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.reportbot.PageClient.location;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import vn.reportbot.audit.AuditEntry;
import vn.reportbot.audit.AuditLog;

/**
 * The outbox page on the service of the embedded defaults: a failed mail shown with its reason to its own office's
 * viewers only, and sent again, once, after a person confirmed it, with the change in the audit log.
 */
class OutboxPageTests {

    static final String ADMIN_PASSWORD = "mat-khau-quan-tri";
    static final String STAFF_PASSWORD = "mat-khau-hai-hau";
    static final String PHUOC_DAI = "mttq.phuocdai@gmail.com";
    static final String REFUSED = "Máy chủ thư không nhận thư: 550 5.7.1 Message rejected: sender temporarily blocked";

    @TempDir
    static Path dataDir;

    private static EmbeddedService service;
    private static Inbox inbox;

    @BeforeAll
    static void start() throws Exception {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(STAFF_PASSWORD);
        service = EmbeddedService.start(dataDir, ADMIN_PASSWORD, "--reportbot.users[0].username=lan",
                "--reportbot.users[0].password=" + hash, "--reportbot.users[0].role=STAFF",
                "--reportbot.users[0].offices[0]=hai-hau-bdv");
        inbox = new Inbox(service);
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void aFailedMailIsListedWithTheReasonTheServerGave() throws Exception {
        String subject = "Xác nhận đã nhận báo cáo " + UUID.randomUUID();
        failedMail(service, "FAILED", subject, REFUSED);
        PageClient admin = new PageClient(service.base()).logIn("admin", ADMIN_PASSWORD);
        String failed = admin.get("/outbox?status=failed").body();
        assertThat(failed).contains("Hộp thư đi", subject, PHUOC_DAI, "Gửi không được",
                "Máy chủ thư không nhận thư: 550 5.7.1 Message rejected: sender temporarily blocked",
                "Thư xác nhận đã nhận báo cáo", "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái", "đã thử 8 lần");
        assertThat(admin.get("/outbox?status=sent").body()).doesNotContain(subject);
        assertThat(admin.get("/outbox?status=failed&lang=en").body()).contains("Failed", "Reason", subject);
    }

    @Test
    void aFailedMailResentAfterConfirmingGoesOutOnceAndTheResendIsRecorded() throws Exception {
        String subject = "Xác nhận đã nhận báo cáo " + UUID.randomUUID();
        long id = failedMail(service, "FAILED", subject, REFUSED);
        PageClient admin = new PageClient(service.base()).logIn("admin", ADMIN_PASSWORD);
        assertThat(admin.get("/outbox/" + id).body()).contains("Xác nhận gửi lại thư này", REFUSED);
        assertThat(inbox.to(PHUOC_DAI, subject)).as("nothing goes out before the confirmation").isEmpty();

        var resent = admin.post("/outbox/" + id + "/resend", "/outbox/" + id);
        assertThat(location(resent)).endsWith("/outbox/" + id + "?resent=" + id);
        assertThat(inbox.await(PHUOC_DAI, subject, 1)).hasSize(1);
        service.poll(); // a later flush (after the one the page started) sends nothing more
        List<MimeMessage> arrived = inbox.to(PHUOC_DAI, subject);
        assertThat(arrived).hasSize(1);
        assertThat(arrived.get(0).getHeader("Message-ID")[0]).isEqualTo("<ack." + id + "@reportbot.test>");

        String page = admin.get("/outbox/" + id).body();
        assertThat(page).contains("Đã gửi", "resend", "admin");
        List<AuditEntry> audit = service.bean(AuditLog.class).entriesFor("outbox", String.valueOf(id), 10);
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).actor()).isEqualTo("admin");
        assertThat(audit.get(0).action()).isEqualTo("resend");
        assertThat(audit.get(0).before()).contains("FAILED", "550 5.7.1");
        assertThat(audit.get(0).after()).contains("QUEUED").doesNotContain("550 5.7.1");
    }

    @Test
    void aSentMailResentIsQueuedAgainAsANewMailAndTheFirstStaysSent() throws Exception {
        String subject = "Nhắc báo cáo " + UUID.randomUUID();
        long id = failedMail(service, "SENT", subject, null);
        PageClient admin = new PageClient(service.base()).logIn("admin", ADMIN_PASSWORD);
        assertThat(admin.get("/outbox/" + id).body()).contains("người nhận sẽ nhận thêm một lần nữa");
        String to = location(admin.post("/outbox/" + id + "/resend", "/outbox/" + id));
        long copy = Long.parseLong(to.substring(to.indexOf("resent=") + "resent=".length()));
        assertThat(copy).isNotEqualTo(id);
        assertThat(service.bean(JdbcClient.class).sql("SELECT send_order FROM outbox WHERE id = ?").param(copy)
                .query(Integer.class).single()).as("a resent acknowledgement still goes before the mails of a run")
                .isZero();
        assertThat(inbox.await(PHUOC_DAI, subject, 1)).hasSize(1);
        service.poll();
        assertThat(inbox.to(PHUOC_DAI, subject)).hasSize(1);
        assertThat(admin.get("/outbox/" + copy).body()).contains("Đã gửi", subject);
        assertThat(admin.get("/outbox/" + id).body()).contains("Đã gửi", "resend");
    }

    @Test
    void aStaffUserOfAnotherOfficeSeesNoneOfItsMailsAndCannotResendThem() throws Exception {
        String subject = "Xác nhận đã nhận báo cáo " + UUID.randomUUID();
        long id = failedMail(service, "FAILED", subject, REFUSED);
        PageClient lan = new PageClient(service.base()).logIn("lan", STAFF_PASSWORD);
        var listed = lan.get("/outbox");
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains("Hộp thư đi").doesNotContain(subject, PHUOC_DAI, "Bác Ái");
        assertThat(lan.get("/outbox?status=failed").body()).doesNotContain(subject);
        assertThat(lan.get("/outbox?office=bac-ai-mttq").statusCode()).isEqualTo(403);
        assertThat(lan.get("/outbox/" + id).statusCode()).isEqualTo(403);
        assertThat(lan.post("/outbox/" + id + "/resend", "/outbox").statusCode()).isEqualTo(403);
        assertThat(service.bean(AuditLog.class).entriesFor("outbox", String.valueOf(id), 10)).isEmpty();
        assertThat(new PageClient(service.base()).logIn("admin", ADMIN_PASSWORD).get("/outbox?status=failed").body())
                .as("still failed").contains(subject);
    }

    /**
     * Puts in the outbox, as the sender would have left it, an acknowledgement to Phước Đại (Bác Ái) that is
     * {@code FAILED} after eight refusals with {@code reason}, or {@code SENT}.
     */
    static long failedMail(EmbeddedService service, String status, String subject, String reason) {
        JdbcClient jdbc = service.bean(JdbcClient.class);
        String key = "test:" + UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("INSERT INTO outbox (dedupe_key, kind, office_id, recipients, subject, body_text, body_html, message_id,"
                        + " status, attempts, last_error, created_at, failed_at, sent_at, send_order)"
                        + " VALUES (?, 'acknowledgement', 'bac-ai-mttq', ?, ?, ?, ?, ?, ?, 8, ?, ?, ?, ?, 0)")
                .params(key, PHUOC_DAI, subject, "Kính gửi Ban Thường trực Ủy ban MTTQ Việt Nam xã Phước Đại,\n",
                        "<p>Kính gửi Ban Thường trực Ủy ban MTTQ Việt Nam xã Phước Đại,</p>", "<pending." + key + ">",
                        status, reason, now, "FAILED".equals(status) ? now : null, "SENT".equals(status) ? now : null)
                .update();
        long id = jdbc.sql("SELECT id FROM outbox WHERE dedupe_key = ?").param(key).query(Long.class).single();
        jdbc.sql("UPDATE outbox SET message_id = ? WHERE id = ?").params("<ack." + id + "@reportbot.test>", id).update();
        return id;
    }
}
