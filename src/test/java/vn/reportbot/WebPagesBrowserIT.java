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

    private static ConfigurableApplicationContext app;
    private static ChromeDriver browser;
    private static Path out;

    @BeforeAll
    static void start() throws IOException {
        Optional<Path> chromium = executable("chromium", "chromium-browser", "google-chrome");
        Optional<Path> driver = executable("chromedriver");
        if (chromium.isEmpty() || driver.isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but chromium or chromedriver is not installed:"
                        + " run scripts/install-browser.sh");
            }
            Assumptions.abort("chromium or chromedriver is not installed (scripts/install-browser.sh installs them):"
                    + " the pages are not tried in a browser");
        }
        out = Path.of(System.getProperty("reportbot.build.dir", "target"));
        Files.createDirectories(out);
        int smtpPort = freePort();
        app = new SpringApplicationBuilder(ReportbotApplication.class).run("--server.port=0",
                "--reportbot.data-dir=" + dataDir, "--reportbot.embedded-mail.smtp-port=" + smtpPort,
                "--reportbot.embedded-mail.imap-port=" + freePort(), "--reportbot.schedule.poll=",
                "--reportbot.schedule.reminders=", "--reportbot.schedule.digest=",
                "--reportbot.admin.password=" + PASSWORD);
        // a report of Phước Đại for tasks 1 and 2 of 319/MTTQ-BTT, and a mail from a personal address the bot cannot place
        for (String mail : new String[] {"report-phuoc-dai.eml", "personal-gmail-phuoc-tan.eml"}) {
            RawSmtp.deliver(smtpPort, "sender@example.com", "mattrabbacai@gmail.com",
                    Files.readAllBytes(Path.of("src/test/resources/e2e", mail)));
        }
        app.getBean(vn.reportbot.system.JobRunner.class).run("poll", Optional.empty());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("web-chromium"), "--hide-scrollbars", "--lang=vi-VN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aClerkLogsInSeesBothSeedDispatchesOpensOneAndLogsOutAtDesktopAndPhoneWidth() throws IOException {
        size(1280, 900);
        browser.get(base() + "/");
        assertThat(browser.getCurrentUrl()).as("sent to the login page").endsWith("/login");
        logIn("admin", "sai-mat-khau");
        arrivedAt("/login?error");
        assertThat(text()).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
        screenshot("web-login-refused-1280.png");
        size(360, 800);
        assertThat(scrollWidth()).as("the login page at 360 px").isLessThanOrEqualTo(360);
        screenshot("web-login-refused-360.png");

        size(1280, 900);
        logIn("admin", PASSWORD);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
        assertThat(browser.getCurrentUrl()).isEqualTo(base() + "/");
        assertThat(text()).contains("Tổng quan", "319/MTTQ-BTT", "22-CV/BDVHU", "Cần xem xét", "Hộp thư đi", "admin",
                "Đăng xuất", "Xã Phước Đại", "Thị trấn Yên Định", "Nhiệm vụ 1: 1/9", "Nhiệm vụ 3: 0/9",
                "Báo cáo một phần: 1");
        full("web-dashboard-1280.png", 1280);
        size(360, 800);
        assertThat(scrollWidth()).as("the dashboard at 360 px").isLessThanOrEqualTo(360);
        screenshot("web-dashboard-360.png");
        full("web-dashboard-360-full.png", 360);

        size(1280, 900);
        browser.findElement(By.linkText("319/MTTQ-BTT")).click();
        arrivedAt("/dispatches/");
        assertThat(browser.getCurrentUrl()).contains("/dispatches/");
        assertThat(text()).contains("Công văn 319/MTTQ-BTT", "Ngày ban hành", "Tình hình báo cáo của các đơn vị",
                "Xã Phước Đại", "Bảng tổng hợp (.xlsx)", "Báo cáo tổng hợp (.docx)", "Số báo cáo nhận được theo ngày", "Các báo cáo đã nhận",
                "mttq.phuocdai@gmail.com")
                .containsPattern("Báo cáo 319 Phước Đại\\.docx \\(1[ \u00a0]KB\\)").doesNotContain("bytes");
        full("web-dispatch-1280.png", 1280);
        size(360, 800);
        assertThat(scrollWidth()).as("the dispatch page at 360 px").isLessThanOrEqualTo(360);
        screenshot("web-dispatch-360.png");
        full("web-dispatch-360-full.png", 360);

        browser.findElement(By.linkText("English")).click();
        arrivedAt("lang=en");
        assertThat(text()).contains("Each unit's status", "Log out");
        browser.findElement(By.linkText("Tiếng Việt")).click();
        arrivedAt("lang=vi");

        WebElement logOut = browser.findElement(By.cssSelector("form.logout button"));
        assertThat(logOut.getText()).isEqualTo("Đăng xuất");
        logOut.click();
        arrivedAt("/login?logout");
        assertThat(browser.getCurrentUrl()).endsWith("/login?logout");
        assertThat(text()).contains("Bạn đã đăng xuất.");
        browser.get(base() + "/");
        assertThat(browser.getCurrentUrl()).as("logged out: the login page again").endsWith("/login");
    }

    private static void logIn(String user, String password) {
        if (!browser.getCurrentUrl().contains("/login")) {
            browser.get(base() + "/login");
        }
        browser.findElement(By.id("username")).clear();
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
    }

    /** Waits (10 s at most) until the browser has gone where a click sends it. */
    private static void arrivedAt(String part) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(part));
    }

    private static String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /** Makes the viewport exactly {@code width} × {@code height} (headless windows have no frame to subtract). */
    private static void size(int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
        long inner = script("window.innerWidth");
        if (inner != width) {
            browser.manage().window().setSize(new Dimension(width + (int) (width - inner), height));
        }
    }

    private static void full(String name, int width) throws IOException {
        size(width, (int) Math.min(6000, script("document.documentElement.scrollHeight")));
        screenshot(name);
    }

    private static long scrollWidth() {
        return script("document.documentElement.scrollWidth");
    }

    private static long script(String expression) {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return " + expression + ";")).longValue();
    }

    private static void screenshot(String name) throws IOException {
        Files.write(out.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }

    private static String base() {
        return "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Optional<Path> executable(String... names) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String name : names) {
            Optional<Path> found = Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, name))
                    .filter(Files::isExecutable).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
