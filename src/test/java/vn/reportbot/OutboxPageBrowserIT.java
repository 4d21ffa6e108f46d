package vn.reportbot;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.By;

/**
 * A clerk of Bác Ái in headless Chromium, on the service of the embedded defaults: signs in with a link mailed to
 * their staff address, finds on the outbox page an acknowledgement the mail server refused, with its reason, sends it
 * again after confirming, and sees it sent and the resend in the page's history; at desktop (1280 px) and phone width
 * (360 px, no sideways scrolling). Screenshots are left in {@code target/outbox-*.png}.
 */
class OutboxPageBrowserIT {

    private static final String CLERK = "ben.nv@bacai.example";
    private static final String SUBJECT = "Xác nhận đã nhận báo cáo Công văn số 319/MTTQ-BTT";
    private static final Pattern LINK = Pattern.compile("(http://\\S+/login/link/[A-Za-z0-9_-]{43})");

    @TempDir
    static Path dataDir;

    private static EmbeddedService app;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start("outbox");
        app = EmbeddedService.start(dataDir, "mat-khau-quan-tri");
    }

    @AfterAll
    static void stop() {
        Browser.closeAll(app, browser);
    }

    @Test
    void aClerkSignsInWithAMailedLinkAndResendsAFailedMailFromTheOutbox() throws Exception {
        long id = OutboxPageTests.failedMail(app, "FAILED", SUBJECT, OutboxPageTests.REFUSED);
        browser.size(1280, 900);
        browser.open(app.base() + "/login");
        browser.find(By.id("link-address")).sendKeys(CLERK);
        browser.find(By.cssSelector("form[action='/login/link'] button")).click();
        browser.arrivedAt("/login?link=sent");
        assertThat(browser.text()).contains("hệ thống đã gửi tới đó một liên kết đăng nhập");
        browser.screenshot("outbox-login-link-sent-1280.png");
        browser.size(360, 800);
        assertThat(browser.scrollWidth()).as("the login page at 360 px").isLessThanOrEqualTo(360);
        browser.screenshot("outbox-login-link-sent-360.png");

        List<MimeMessage> mails = new Inbox(app).await(CLERK, "Liên kết đăng nhập", 1);
        assertThat(mails).hasSize(1);
        Matcher link = LINK.matcher((String) ((Multipart) mails.get(0).getContent()).getBodyPart(0).getContent());
        assertThat(link.find()).isTrue();
        browser.open(link.group(1));
        browser.shows("Đăng xuất");
        assertThat(browser.url()).isEqualTo(app.base() + "/");
        assertThat(browser.text()).contains(CLERK, "319/MTTQ-BTT").doesNotContain("22-CV/BDVHU");

        browser.size(1280, 900);
        browser.open(app.base() + "/outbox?status=failed");
        assertThat(browser.text()).contains("Hộp thư đi", SUBJECT, "Gửi không được", OutboxPageTests.REFUSED);
        browser.fullScreenshot("outbox-failed-1280.png", 1280);
        browser.size(360, 800);
        assertThat(browser.scrollWidth()).as("the outbox at 360 px").isLessThanOrEqualTo(360);
        browser.fullScreenshot("outbox-failed-360.png", 360);

        browser.find(By.cssSelector(".outbox-mail .actions a")).click();
        browser.arrivedAt("/outbox/" + id);
        browser.shows("Xác nhận gửi lại thư này");
        assertThat(new Inbox(app).to(OutboxPageTests.PHUOC_DAI, SUBJECT)).as("not before the confirmation").isEmpty();
        browser.fullScreenshot("outbox-confirm-360.png", 360);
        browser.find(By.cssSelector("button.confirm")).click();
        browser.arrivedAt("resent=" + id);
        assertThat(browser.text()).contains("Thư đã được đưa lại vào hàng chờ gửi");
        assertThat(new Inbox(app).await(OutboxPageTests.PHUOC_DAI, SUBJECT, 1)).hasSize(1);
        app.poll(); // waits for the page's own sending to end
        browser.size(1280, 900);
        browser.open(app.base() + "/outbox/" + id);
        assertThat(browser.text()).contains("Đã gửi", "resend", CLERK);
        assertThat(new Inbox(app).to(OutboxPageTests.PHUOC_DAI, SUBJECT)).as("sent once").hasSize(1);
        browser.fullScreenshot("outbox-resent-1280.png", 1280);
        browser.size(360, 800);
        assertThat(browser.scrollWidth()).as("a mail's page at 360 px").isLessThanOrEqualTo(360);
        browser.fullScreenshot("outbox-resent-360.png", 360);
    }
}
