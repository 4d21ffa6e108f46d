package vn.reportbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A clerk settles the review list in headless Chromium, on the service of the embedded defaults: the mail from a
 * personal address ({@code e2e/personal-gmail-phuoc-tan.eml}) is counted for Xã Phước Tân with the choice the page
 * offers, the unit's status on the dispatch page changes, two mails are dismissed by ticking them and a stranger's
 * flood with one button. Screenshots at 1280 and 360 px in {@code review-*.png} under the build directory; the page
 * has no sideways scrolling at 360 px.
 */
class ReviewPageBrowserIT {

    private static final String PASSWORD = "mat-khau-quan-tri";
    private static final String PERSONAL = "nguyenvanan.1978@gmail.com";
    private static final String FLOOD = "quang.cao@spam.example";

    @TempDir
    static Path dataDir;

    private static EmbeddedService app;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start("review");
        app = EmbeddedService.start(dataDir, PASSWORD);
        app.deliver("e2e/personal-gmail-phuoc-tan.eml");
        for (int i = 1; i <= 2; i++) {
            stranger("nguoi.la." + i + "@example.net", "stray-" + i, "Bao cao gui nham " + i);
        }
        for (int i = 1; i <= 30; i++) {
            stranger(FLOOD, "flood-" + i, "Bao cao khuyen mai " + i);
        }
        app.poll();
    }

    @AfterAll
    static void stop() {
        Browser.closeAll(app, browser);
    }

    @Test
    void aClerkCountsAnEntryForTheUnitSeesItsStatusChangeAndDismissesTheRestInBulk() throws IOException {
        browser.size(1280, 900);
        browser.logInAt(app.base(), "/review", "admin", PASSWORD);
        browser.open(app.base() + "/review?order=newest");
        assertThat(browser.text()).contains("Thư cần xem xét", "Số thư cần xem xét: 33", "Trang 1/2",
                "Bỏ qua các thư đã chọn", "Bỏ qua mọi thư của người gửi này (30)")
                .as("the oldest, from the personal address, is on the last page").doesNotContain(PERSONAL);
        browser.open(app.base() + "/review");
        WebElement entry = entryFrom(PERSONAL);
        assertThat(entry.getText()).contains("Gửi báo cáo", "Lý do cần xem xét", "Xã Phước Tân", "319/MTTQ-BTT",
                        "Thư có vẻ của Xã Phước Tân: cần cán bộ xác nhận")
                .containsPattern("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d");
        browser.fullScreenshot("review-1280.png", 1280);
        browser.size(360, 800);
        assertThat(browser.scrollWidth()).as("the review page at 360 px").isLessThanOrEqualTo(360);
        browser.fullScreenshot("review-360.png", 360);
        browser.size(1280, 900);

        String dispatchPage = entryFrom(PERSONAL).findElement(By.linkText("319/MTTQ-BTT")).getAttribute("href");
        browser.open(dispatchPage);
        assertThat(statusOf("Xã Phước Tân")).isEqualTo("Chưa báo cáo");
        browser.open(app.base() + "/review");
        entry = entryFrom(PERSONAL);
        assertThat(entry.findElement(By.cssSelector("select[name=unit] option:checked")).getText())
                .isEqualTo("Xã Phước Tân");
        entry.findElement(By.cssSelector("input[name=remember]")).click();
        entry.findElement(By.cssSelector("form.rv-assign button[type=submit]")).click();
        browser.shows("Đã ghi nhận thư của " + PERSONAL + " là báo cáo của Xã Phước Tân cho công văn 319/MTTQ-BTT.");
        assertThat(browser.text()).contains("Số thư cần xem xét: 32", "admin", "Ghi nhận báo cáo");
        browser.screenshot("review-assigned-1280.png");
        browser.open(dispatchPage);
        assertThat(statusOf("Xã Phước Tân")).isIn("Đã báo cáo", "Báo cáo muộn");
        browser.fullScreenshot("review-dispatch-after-1280.png", 1280);
        browser.size(1280, 900);

        browser.open(app.base() + "/review");
        for (int i = 1; i <= 2; i++) {
            entryFrom("nguoi.la." + i + "@example.net").findElement(By.cssSelector("input.rv-pick")).click();
        }
        browser.find(By.cssSelector("form#bulk button[type=submit]")).click();
        browser.shows("Đã bỏ qua 2 thư.");
        assertThat(browser.text()).contains("Số thư cần xem xét: 30").doesNotContain("nguoi.la.1@example.net");
        entryFrom(FLOOD).findElement(By.xpath(".//form[@action='/review/dismiss-sender']//button")).click();
        browser.shows("Đã bỏ qua 30 thư của " + FLOOD + ".");
        assertThat(browser.text()).contains("Số thư cần xem xét: 0", "Không có thư nào cần xem xét.", "Bỏ qua");
        browser.fullScreenshot("review-emptied-1280.png", 1280);
        browser.size(360, 800);
        assertThat(browser.scrollWidth()).as("the emptied page at 360 px").isLessThanOrEqualTo(360);
        browser.screenshot("review-emptied-360.png");
    }

    /** The first entry on the page from that sender. */
    private static WebElement entryFrom(String sender) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> !entries(sender).isEmpty());
        return entries(sender).get(0);
    }

    private static List<WebElement> entries(String sender) {
        return browser.driver().findElements(By.xpath("//article[contains(@class,'rv-entry')]"
                + "[.//strong[@class='rv-from' and normalize-space()='" + sender + "']]"));
    }

    /** The status the dispatch page shows for a unit, in words. */
    private static String statusOf(String unit) {
        return browser.find(By.xpath("//table[contains(@class,'units')]//tr[th[normalize-space()='" + unit + "']]"
                + "/td[contains(@class,'wide')]/span[@class='label']")).getText();
    }

    private static void stranger(String sender, String id, String subject) throws IOException {
        RawSmtp.deliver(app.smtpPort(), sender, EmbeddedService.MAILBOX, ("Message-ID: <" + id + "@example.net>\r\n"
                + "From: " + sender + "\r\n"
                + "To: " + EmbeddedService.MAILBOX + "\r\n"
                + "Subject: " + subject + "\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "Kinh gui Ban Thuong truc, xin gui bao cao.\r\n").getBytes(StandardCharsets.UTF_8));
    }
}
