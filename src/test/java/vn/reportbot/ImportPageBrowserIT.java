package vn.reportbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A clerk in headless Chromium uploads a .docx dispatch on the import page, sees what was read and the units that will
 * report, corrects the subject, confirms and lands on the dispatch's page with the corrected subject; at 1280 px and
 * 360 px (no sideways scrolling). Screenshots: {@code import-*.png} under the build directory.
 */
class ImportPageBrowserIT {

    private static final String PASSWORD = "mat-khau-quan-tri";

    @TempDir
    static Path dataDir;

    private static EmbeddedService app;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start("import");
        app = EmbeddedService.start(dataDir, PASSWORD);
    }

    @AfterAll
    static void stop() {
        Browser.closeAll(app, browser);
    }

    @Test
    void aClerkUploadsADispatchCorrectsItsSubjectConfirmsAndLandsOnItsPage() throws IOException {
        browser.size(1280, 900);
        browser.logInAt(app.base(), "/import", "admin", PASSWORD);
        browser.shows("Nhập công văn");
        browser.find(By.cssSelector("#office option[value='hai-hau-bdv']")).click();
        browser.find(By.id("file")).sendKeys(Path.of("src/test/resources/dispatches/formats/ubnd-hai-hau-1245.docx")
                .toAbsolutePath().toString());
        browser.screenshot("import-form-1280.png");
        browser.size(360, 800);
        assertThat(browser.scrollWidth()).as("the upload form at 360 px").isLessThanOrEqualTo(360);
        browser.screenshot("import-form-360.png");
        browser.find(By.cssSelector("form.import button[type=submit]")).click();
        browser.arrivedAt("/import/");
        browser.shows("Kiểm tra công văn trước khi nhập");
        assertThat(browser.text()).contains("ubnd-hai-hau-1245.docx", "34 đơn vị của Ban Dân vận Huyện ủy Hải Hậu");
        assertThat(browser.scrollWidth()).as("the preview at 360 px").isLessThanOrEqualTo(360);
        browser.fullScreenshot("import-preview-360.png", 360);
        browser.size(1280, 900);
        browser.fullScreenshot("import-preview-1280.png", 1280);
        browser.size(1280, 900);

        WebElement subject = browser.find(By.id("subject"));
        subject.clear();
        subject.sendKeys("Trích yếu đã sửa trong trình duyệt");
        browser.find(By.cssSelector("button[value=check]")).click();
        browser.shows("Đã đọc được");
        assertThat(browser.find(By.id("subject")).getAttribute("value")).isEqualTo("Trích yếu đã sửa trong trình duyệt");
        browser.screenshot("import-corrected-1280.png");
        browser.find(By.cssSelector("button[value=confirm]")).click();
        browser.arrivedAt("/dispatches/");
        browser.shows("Trích yếu đã sửa trong trình duyệt");
        assertThat(app.bean(vn.reportbot.dispatch.DispatchDocuments.class)
                .original(Long.parseLong(browser.url().replaceAll(".*/dispatches/(\\d+).*", "$1"))))
                .as("the uploaded file is kept with the dispatch").isPresent();
        browser.screenshot("import-confirmed-1280.png");
    }
}
