package vn.reportbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dispatch page in headless Chromium on the service of the embedded defaults: a clerk opens 319/MTTQ-BTT, corrects
 * its subject and deadline, closes it and reopens it, and finds the report's attachment to download and the change
 * history; at desktop (1280 px) and phone width (360 px, no sideways scrolling). Screenshots {@code dispatch-page-*.png}
 * under the build directory.
 */
class DispatchPageBrowserIT {

    private static final String PASSWORD = "mat-khau-quan-tri";

    @TempDir
    static Path dataDir;

    private static EmbeddedService app;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start("dispatch-page");
        app = EmbeddedService.start(dataDir, PASSWORD);
        app.deliver("e2e/report-phuoc-dai.eml");
        app.poll();
    }

    @AfterAll
    static void stop() {
        Browser.closeAll(app, browser);
    }

    @Test
    void aClerkCorrectsSubjectAndDeadlineClosesAndReopensTheDispatchAndFindsTheAttachment() throws IOException {
        browser.size(1280, 900);
        browser.open(app.base() + "/login");
        browser.logIn(app.base(), "admin", PASSWORD);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
        browser.find(By.linkText("319/MTTQ-BTT")).click();
        browser.arrivedAt("/dispatches/");
        String page = browser.url();

        WebElement attachment = browser.find(By.cssSelector(".report .attachments a"));
        assertThat(attachment.getText()).startsWith("Báo cáo 319 Phước Đại.docx");
        assertThat(attachment.getAttribute("href")).matches(".*/dispatches/\\d+/reports/\\d+/attachments/0");
        assertThat(attachment.getAttribute("download")).isNotNull();
        assertThat(browser.text()).contains("Thư hệ thống đã gửi về công văn này", "Xác nhận đã nhận");

        WebElement subject = browser.find(By.id("subject"));
        subject.clear();
        subject.sendKeys("Tuyên truyền bảo vệ “vùng xanh” (trích yếu đã sửa)");
        WebElement deadline = browser.find(By.id("deadline"));
        deadline.clear();
        deadline.sendKeys("30/09/2021");
        browser.find(By.cssSelector(".dispatch-form button[type=submit]")).click();
        browser.arrivedAt("?saved");
        assertThat(browser.text()).contains("Đã lưu thay đổi.", "Tuyên truyền bảo vệ “vùng xanh” (trích yếu đã sửa)",
                "30/09/2021", "Lịch sử thay đổi", "Sửa thông tin");
        browser.fullScreenshot("dispatch-page-saved-1280.png", 1280);

        browser.size(1280, 900);
        browser.find(By.xpath("//button[normalize-space()='Đóng từ hôm nay']")).click();
        browser.arrivedAt("?closed");
        assertThat(browser.text()).contains("Đã đóng công văn.", "Đã đóng từ ngày", "Đóng công văn");
        browser.screenshot("dispatch-page-closed-1280.png");

        browser.find(By.xpath("//button[normalize-space()='Mở lại công văn']")).click();
        browser.arrivedAt("?reopened");
        assertThat(browser.text()).contains("Đã mở lại công văn.", "Đang theo dõi", "Mở lại");

        browser.find(By.id("deadline")).clear();
        browser.find(By.id("deadline")).sendKeys("01/01/2020");
        browser.find(By.cssSelector(".dispatch-form button[type=submit]")).click();
        browser.shows("Chưa lưu được");
        assertThat(browser.text()).contains("Hạn báo cáo không được trước ngày ban hành công văn.");
        browser.screenshot("dispatch-page-refused-1280.png");

        browser.open(page);
        browser.size(360, 800);
        assertThat(browser.scrollWidth()).as("the dispatch page at 360 px").isLessThanOrEqualTo(360);
        browser.screenshot("dispatch-page-360.png");
        browser.fullScreenshot("dispatch-page-360-full.png", 360);
        browser.size(360, 800);
        for (String part : new String[] {"edit", "mails"}) {
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById(arguments[0]).scrollIntoView()", part);
            browser.screenshot("dispatch-page-360-" + part + ".png");
        }
        assertThat(browser.scrollWidth()).as("the whole dispatch page at 360 px").isLessThanOrEqualTo(360);
    }
}
