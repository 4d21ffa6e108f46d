package vn.reportbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A district office clerk in headless Chromium, on the service of the embedded defaults (the example directory and
 * its two seed dispatches): a wrong password is refused in Vietnamese, the dashboard shows both dispatches, a
 * dispatch opens (with a report of Phước Đại for two of its five tasks), log-out works; at desktop (1280 px) and phone width (360 px, no sideways scrolling). Screenshots
 * are left in {@code target/web-*.png} for a person to look at. Without Chromium (scripts/install-browser.sh installs
 * it) it is skipped, except under {@code CI=true}, where it must run.
 */
class WebPagesBrowserIT {

    private static final String PASSWORD = "mat-khau-quan-tri";

    @TempDir
    static Path dataDir;

    private static EmbeddedService app;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start("web");
        app = EmbeddedService.start(dataDir, PASSWORD);
        // a report of Phước Đại for tasks 1 and 2 of 319/MTTQ-BTT, and a mail from a personal address the bot cannot place
        app.deliver("e2e/report-phuoc-dai.eml");
        app.deliver("e2e/personal-gmail-phuoc-tan.eml");
        app.poll();
    }

    @AfterAll
    static void stop() {
        Browser.closeAll(app, browser);
    }

    @Test
    void aClerkLogsInSeesBothSeedDispatchesOpensOneAndLogsOutAtDesktopAndPhoneWidth() throws IOException {
        size(1280, 900);
        browser.open(base() + "/");
        assertThat(browser.url()).as("sent to the login page").endsWith("/login");
        logIn("admin", "sai-mat-khau");
        arrivedAt("/login?error");
        assertThat(text()).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
        screenshot("web-login-refused-1280.png");
        size(360, 800);
        assertThat(scrollWidth()).as("the login page at 360 px").isLessThanOrEqualTo(360);
        screenshot("web-login-refused-360.png");

        size(1280, 900);
        logIn("admin", PASSWORD);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
        assertThat(browser.url()).isEqualTo(base() + "/");
        assertThat(text()).contains("Tổng quan", "319/MTTQ-BTT", "22-CV/BDVHU", "Cần xem xét", "Hộp thư đi", "admin",
                "Đăng xuất", "Xã Phước Đại", "Thị trấn Yên Định", "Nhiệm vụ 1: 1/9", "Nhiệm vụ 3: 0/9",
                "Báo cáo một phần: 1");
        full("web-dashboard-1280.png", 1280);
        size(360, 800);
        assertThat(scrollWidth()).as("the dashboard at 360 px").isLessThanOrEqualTo(360);
        screenshot("web-dashboard-360.png");
        full("web-dashboard-360-full.png", 360);

        size(1280, 900);
        browser.find(By.linkText("319/MTTQ-BTT")).click();
        arrivedAt("/dispatches/");
        assertThat(browser.url()).contains("/dispatches/");
        assertThat(text()).contains("Công văn 319/MTTQ-BTT", "Ngày ban hành", "Tình hình báo cáo của các đơn vị",
                "Xã Phước Đại", "Bảng tổng hợp (.xlsx)", "Báo cáo tổng hợp (.docx)", "Số báo cáo nhận được theo ngày", "Các báo cáo đã nhận",
                "mttq.phuocdai@gmail.com")
                .containsPattern("Báo cáo 319 Phước Đại\\.docx \\(1[ \u00a0]KB\\)").doesNotContain("bytes");
        full("web-dispatch-1280.png", 1280);
        size(360, 800);
        assertThat(scrollWidth()).as("the dispatch page at 360 px").isLessThanOrEqualTo(360);
        screenshot("web-dispatch-360.png");
        full("web-dispatch-360-full.png", 360);

        browser.find(By.linkText("English")).click();
        arrivedAt("lang=en");
        assertThat(text()).contains("Each unit's status", "Log out");
        browser.find(By.linkText("Tiếng Việt")).click();
        arrivedAt("lang=vi");

        WebElement logOut = browser.find(By.cssSelector("form.logout button"));
        assertThat(logOut.getText()).isEqualTo("Đăng xuất");
        logOut.click();
        arrivedAt("/login?logout");
        assertThat(browser.url()).endsWith("/login?logout");
        assertThat(text()).contains("Bạn đã đăng xuất.");
        browser.open(base() + "/");
        assertThat(browser.url()).as("logged out: the login page again").endsWith("/login");
    }

    private static void logIn(String user, String password) {
        browser.logIn(base(), user, password);
    }

    private static void arrivedAt(String part) {
        browser.arrivedAt(part);
    }

    private static String text() {
        return browser.text();
    }

    private static void size(int width, int height) {
        browser.size(width, height);
    }

    private static void full(String name, int width) throws IOException {
        browser.fullScreenshot(name, width);
    }

    private static long scrollWidth() {
        return browser.scrollWidth();
    }

    private static void screenshot(String name) throws IOException {
        browser.screenshot(name);
    }

    private static String base() {
        return app.base();
    }
}
