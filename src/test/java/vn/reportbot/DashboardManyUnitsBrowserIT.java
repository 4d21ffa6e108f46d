package vn.reportbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import vn.reportbot.dispatch.DispatchImporter;

/**
 * The dashboard of a province office with 170 communes (a copy of {@code config/directory.yml} plus a generated
 * office) in headless Chromium: it renders in a moment, its matrix keeps its header row and unit column in sight while
 * scrolling inside its own box, a filter by name (a plain GET form) narrows the rows, each column counts its reports,
 * and at 360 px the page does not scroll sideways. Screenshots: {@code dashboard-170-*.png}.
 */
class DashboardManyUnitsBrowserIT {

    private static final String PASSWORD = "mat-khau-quan-tri";
    private static final int COMMUNES = 170;
    private static final String OFFICE = "tinh-thu-nghiem";

    @TempDir
    static Path dataDir;

    private static EmbeddedService app;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        Path directory = dataDir.resolve("directory.yml");
        StringBuilder yaml = new StringBuilder(Files.readString(Path.of("config/directory.yml")));
        yaml.append("\n  - id: ").append(OFFICE).append("\n    name: Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Thử Nghiệm")
                .append("\n    mailbox: mttq.thunghiem@gmail.com\n    units:\n");
        String[] names = {"Hải", "Phước", "Yên", "Nghĩa", "Xuân", "Thịnh", "Hòa", "Tân", "Trung", "Đông"};
        String[] second = {"An", "Bình", "Châu", "Đức", "Giang", "Hưng", "Lộc", "Minh", "Phong", "Sơn", "Thành", "Vinh",
                "Long", "Quang", "Tiến", "Thuận", "Lợi"};
        for (int i = 0; i < COMMUNES; i++) {
            String name = names[i % names.length] + " " + second[i / names.length];
            yaml.append("      - id: xa-").append(i).append("\n        name: Xã ").append(name).append("\n        emails: [xa")
                    .append(i).append(".thunghiem@gmail.com]\n");
        }
        Files.writeString(directory, yaml, StandardCharsets.UTF_8);
        browser = Browser.start("dashboard");
        app = EmbeddedService.start(dataDir, PASSWORD, "--reportbot.directory=" + directory);
        DispatchImporter importer = app.bean(DispatchImporter.class);
        for (String fixture : new String[] {"mttq-bac-ai-weekly-thursday.txt", "ubnd-bac-ai-roman-tasks.txt"}) {
            importer.importText(Files.readString(Path.of("src/test/resources/dispatches", fixture))
                    .replace("mattrabbacai@gmail.com", "mttq.thunghiem@gmail.com"), fixture, Optional.of(OFFICE));
        }
    }

    @AfterAll
    static void stop() {
        Browser.closeAll(app, browser);
    }

    @Test
    void theDashboardOf170CommunesRendersQuicklyKeepsItsHeadingsInSightAndFiltersByName() throws IOException {
        browser.size(1280, 900);
        browser.open(app.base() + "/login");
        browser.logIn(app.base(), "admin", PASSWORD);
        browser.arrivedAt("/");
        long started = System.nanoTime();
        browser.open(app.base() + "/");
        long millis = (System.nanoTime() - started) / 1_000_000;
        browser.shows("Tổng quan");
        assertThat(millis).as("the dashboard of 170 communes (ms)").isLessThan(8000);
        assertThat(browser.text()).contains("Xã Hải An", "Xã Đông Lợi", "170 đơn vị.", "0/170");
        assertThat(browser.driver().findElements(By.cssSelector("section.matrix tbody tr")).size())
                .isEqualTo(COMMUNES + 9 + 34);
        browser.screenshot("dashboard-170-1280.png");

        // scrolled inside its box, the matrix keeps its header row and the unit column where they were
        String box = "document.querySelectorAll('section.matrix .scroll')[2]";
        long headerTop = browser.number("Math.round(" + box + ".querySelector('thead th').getBoundingClientRect().top)");
        browser.number(box + ".scrollTop = 2000");
        assertThat(browser.number(box + ".scrollTop")).isPositive();
        assertThat(browser.number("Math.round(" + box + ".querySelector('thead th').getBoundingClientRect().top)"))
                .as("the header row stays at the top of the box").isEqualTo(headerTop);
        browser.screenshot("dashboard-170-scrolled-1280.png");

        browser.size(360, 800);
        assertThat(browser.scrollWidth()).as("the dashboard at 360 px").isLessThanOrEqualTo(360);
        browser.fullScreenshot("dashboard-170-360.png", 360);
        browser.size(360, 800);

        browser.find(By.id("q")).sendKeys("hai an");
        browser.find(By.cssSelector("form.unit-filter button")).click();
        browser.arrivedAt("q=hai");
        browser.shows("có tên chứa");
        assertThat(browser.driver().findElements(By.cssSelector("section.matrix tbody th.unit")))
                .extracting(e -> e.getText()).contains("Xã Hải An").doesNotContain("Xã Phước An", "Xã Phước Đại");
        assertThat(browser.scrollWidth()).as("the filtered dashboard at 360 px").isLessThanOrEqualTo(360);
        browser.screenshot("dashboard-170-filtered-360.png");
    }
}
