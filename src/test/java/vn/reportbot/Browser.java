package vn.reportbot;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
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

/**
 * Headless Chromium for the tests that look at pages and mails as people do: a viewport of an exact size, the text
 * of the page, waits for where a click leads, screenshots under the build directory ({@code target/} or
 * {@code -Dreportbot.build.dir}). Without Chromium and its driver ({@code scripts/install-browser.sh} installs them)
 * a test is skipped, except under {@code CI=true}, where it fails.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path out;

    private Browser(ChromeDriver driver, Path out) {
        this.driver = driver;
        this.out = out;
    }

    /** Starts a browser in Vietnamese, or skips the calling test when none is installed (fails under CI). */
    public static Browser start(String name) throws IOException {
        Optional<Path> chromium = executable("chromium", "chromium-browser", "google-chrome");
        Optional<Path> chromedriver = executable("chromedriver");
        if (chromium.isEmpty() || chromedriver.isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but chromium or chromedriver is not installed:"
                        + " run scripts/install-browser.sh");
            }
            Assumptions.abort("chromium or chromedriver is not installed (scripts/install-browser.sh installs them):"
                    + " not tried in a browser");
        }
        Path out = Path.of(System.getProperty("reportbot.build.dir", "target"));
        Files.createDirectories(out);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(name + "-chromium"), "--hide-scrollbars",
                "--lang=vi-VN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.get().toFile()).usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), out);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** The visible text of the page. */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    /** Waits (10 s at most) until the browser has gone where a click sends it. */
    public void arrivedAt(String part) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(part));
    }

    /**
     * Waits (10 s at most) until the page's text contains {@code text}; a page replaced while it is read (a form
     * sent, a redirect) is read again.
     */
    public void shows(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> text().contains(text));
    }

    /** Logs in on the form of {@code base + "/login"} and waits until it has left the login page. */
    public void logIn(String base, String user, String password) {
        if (!url().contains("/login")) {
            open(base + "/login");
        }
        driver.findElement(By.id("username")).clear();
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
    }

    /** Opens {@code path} of {@code base}, logs in on the login page it leads to, and waits to be back at it. */
    public void logInAt(String base, String path, String user, String password) {
        open(base + path);
        logIn(base, user, password);
        arrivedAt(path);
    }

    /** Closes each of them that was opened (the service, then the browser, say), even when one fails to close. */
    public static void closeAll(AutoCloseable... opened) {
        RuntimeException failed = null;
        for (AutoCloseable each : opened) {
            try {
                if (each != null) {
                    each.close();
                }
            } catch (Exception e) {
                failed = failed == null ? new IllegalStateException("closing " + each, e) : failed;
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    /** Makes the viewport exactly {@code width} × {@code height} (headless windows have no frame to subtract). */
    public void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        long inner = number("window.innerWidth");
        if (inner != width) {
            driver.manage().window().setSize(new Dimension(width + (int) (width - inner), height));
        }
    }

    /** How wide the page is: more than the viewport means sideways scrolling. */
    public long scrollWidth() {
        return number("document.documentElement.scrollWidth");
    }

    public long number(String expression) {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return " + expression + ";")).longValue();
    }

    /** Saves what the viewport shows as {@code name} under the build directory. */
    public Path screenshot(String name) throws IOException {
        Path file = out.resolve(name);
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** Saves the whole page (up to 6,000 px tall) at {@code width}. */
    public Path fullScreenshot(String name, int width) throws IOException {
        size(width, (int) Math.min(6000, number("document.documentElement.scrollHeight")));
        return screenshot(name);
    }

    @Override
    public void close() {
        driver.quit();
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
