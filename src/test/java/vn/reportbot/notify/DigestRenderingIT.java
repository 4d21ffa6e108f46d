package vn.reportbot.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import vn.reportbot.templates.RenderedMail;
import vn.reportbot.templates.TemplateRenderer;

/**
 * The digest's HTML, rendered from the shipped template and a busy office's model, as a phone shows it (360 px wide)
 * and as a desktop mail client does, in headless Chromium. Screenshots are left in {@code target/digest-*.png} (beside the HTML
 * and the plain text) for a person to look at. Without Chromium (scripts/install-browser.sh installs it) it is skipped, except under
 * {@code CI=true}, where it must run.
 */
class DigestRenderingIT {

    private static ChromeDriver browser;
    private static Path html;
    private static Path out;

    @BeforeAll
    static void startBrowser() throws IOException {
        Optional<Path> chromium = executable("chromium", "chromium-browser", "google-chrome");
        Optional<Path> driver = executable("chromedriver");
        if (chromium.isEmpty() || driver.isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but chromium or chromedriver is not installed:"
                        + " run scripts/install-browser.sh");
            }
            Assumptions.abort("chromium or chromedriver is not installed (scripts/install-browser.sh installs them):"
                    + " the digest is not rendered in a browser");
        }
        out = Path.of(System.getProperty("reportbot.build.dir", "target"));
        Files.createDirectories(out);
        RenderedMail digest = new TemplateRenderer(Path.of("templates")).render("digest", RealisticDigest.model());
        html = out.resolve("digest.html");
        Files.writeString(html, digest.html());
        Files.writeString(out.resolve("digest.txt"), digest.text());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("digest-chromium"), "--hide-scrollbars",
                "--lang=vi-VN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void atPhoneWidthTheDigestNeedsNoSidewaysScrollingAndShowsWhatChanged() throws IOException {
        show(360, 800);

        assertThat(width("document.documentElement.clientWidth")).as("the viewport").isEqualTo(360);
        assertThat(width("document.documentElement.scrollWidth")).as("no horizontal scrolling").isLessThanOrEqualTo(360);
        screenshot("digest-360x800.png");
        String visible = browser.findElement(By.tagName("body")).getText();
        assertThat(visible).contains("Tổng hợp tình hình báo cáo ngày 01/10/2021", "Báo cáo mới nhận (15)",
                "Đơn vị mới quá hạn", "Thư chờ cán bộ xem xét", "Các công văn đang theo dõi (3)").containsPattern("\\(37[ \u00a0]KB\\)").doesNotContain("bytes");
        WebElement heading = browser.findElement(By.tagName("h1"));
        assertThat(heading.isDisplayed()).isTrue();
        assertThat(heading.getRect().getX() + heading.getRect().getWidth()).isLessThanOrEqualTo(360);
        for (WebElement element : browser.findElements(By.cssSelector("div, p, li, h1, h2"))) {
            assertThat(element.getRect().getX() + element.getRect().getWidth()).as(element.getText())
                    .isLessThanOrEqualTo(360);
        }
        show(360, height());
        screenshot("digest-360-full.png");
    }

    @Test
    void onADesktopTheDigestIsOneColumnOfAtMost640Pixels() throws IOException {
        show(1280, 900);

        assertThat(width("document.documentElement.scrollWidth")).isLessThanOrEqualTo(1280);
        WebElement column = browser.findElement(By.cssSelector("body > div"));
        assertThat(column.getRect().getWidth()).isLessThanOrEqualTo(640);
        assertThat(column.getText()).contains("Công văn số 22-CV/BDVHU", "Dự thảo").containsPattern("1,2[ \u00a0]MB");
        screenshot("digest-1280x900.png");
    }

    private static void show(int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
        browser.get(html.toUri().toString());
        // the window's outer size includes nothing in headless mode; make the viewport exactly the asked size
        long inner = width("window.innerWidth");
        if (inner != width) {
            browser.manage().window().setSize(new Dimension(width + (int) (width - inner), height));
            browser.get(html.toUri().toString());
        }
    }

    private static int height() {
        return (int) width("document.documentElement.scrollHeight");
    }

    private static long width(String script) {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return " + script + ";")).longValue();
    }

    private static void screenshot(String name) throws IOException {
        Files.write(out.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
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
