package vn.reportbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import vn.reportbot.directory.Directory;
import vn.reportbot.directory.LearnedAddressStore;
import vn.reportbot.directory.Unit;
import vn.reportbot.report.ReportLog;

/**
 * An admin in headless Chromium edits a unit's address on the directory page of the embedded defaults (started with
 * a copy of the example directory): finds the unit with the filter, changes its address, sees a taken address refused
 * beside the field; the list, the unit and the office pages at 1280 and 360 px (no sideways scrolling), screenshots
 * in {@code target/directory-*.png}.
 */
class DirectoryPageBrowserIT {

    private static final String PASSWORD = "mat-khau-quan-tri";

    @TempDir
    static Path temp;

    private static Path file;
    private static EmbeddedService app;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start("directory");
        file = temp.resolve("directory.yml");
        Files.copy(Path.of("config/directory.yml"), file);
        app = EmbeddedService.start(temp.resolve("data"), PASSWORD, "--reportbot.directory=" + file);
        // a mail from a chairman's personal address, which staff confirm as Phước Tân's
        app.deliver("e2e/personal-gmail-phuoc-tan.eml");
        app.poll();
        long report = app.bean(ReportLog.class).list(Optional.empty(), Optional.of("bac-ai-mttq"), 10).get(0).id();
        app.bean(LearnedAddressStore.class).remember("nguyenvanan1980@gmail.com", "bac-ai-mttq", "phuoc-tan", report);
    }

    @AfterAll
    static void stop() {
        Browser.closeAll(app, browser);
    }

    @Test
    void anAdminFindsAUnitChangesItsAddressAndSeesATakenOneRefusedAtDesktopAndPhoneWidth() throws IOException {
        browser.size(1280, 900);
        browser.logInAt(app.base(), "/directory", "admin", PASSWORD);
        browser.shows("Ban Dân vận Huyện ủy Hải Hậu");
        assertThat(browser.text()).contains("Xã Phước Tân", "nguyenvanan1980@gmail.com", "Lại Văn Hà");
        browser.fullScreenshot("directory-list-1280.png", 1280);

        browser.size(1280, 900);
        browser.find(By.id("q")).sendKeys("phuoc tan");
        browser.find(By.cssSelector(".dir-filter button")).click();
        browser.arrivedAt("q=phuoc");
        assertThat(browser.text()).contains("Xã Phước Tân").doesNotContain("Xã Phước Bình");
        browser.find(By.linkText("Xã Phước Tân")).click();
        browser.arrivedAt("/directory/bac-ai-mttq/phuoc-tan");

        WebElement address = browser.find(By.id("address-0"));
        address.clear();
        address.sendKeys("banthuongtruc.phuoctan@gmail.com");
        address.submit();
        browser.arrivedAt("saved=change-address");
        browser.shows("Đã lưu: sửa địa chỉ thư.");
        assertThat(browser.find(By.id("address-0")).getAttribute("value")).isEqualTo("banthuongtruc.phuoctan@gmail.com");
        assertThat(Files.readString(file)).contains("emails: [banthuongtruc.phuoctan@gmail.com]");
        assertThat(app.bean(Directory.class).unitByAddress("banthuongtruc.phuoctan@gmail.com")).map(Unit::id)
                .hasValue("phuoc-tan");
        browser.fullScreenshot("directory-unit-1280.png", 1280);

        browser.size(360, 800);
        browser.find(By.id("new-address")).sendKeys("mttq.phuocdai@gmail.com");
        browser.find(By.id("new-address")).submit();
        browser.shows("Địa chỉ này đã thuộc về Xã Phước Đại");
        assertThat(browser.scrollWidth()).as("the unit page at 360 px").isLessThanOrEqualTo(360);
        browser.fullScreenshot("directory-unit-refused-360.png", 360);

        browser.size(360, 800);
        browser.open(app.base() + "/directory");
        assertThat(browser.scrollWidth()).as("the list at 360 px").isLessThanOrEqualTo(360);
        browser.screenshot("directory-list-360.png");
        browser.open(app.base() + "/directory/bac-ai-mttq");
        assertThat(browser.scrollWidth()).as("the office page at 360 px").isLessThanOrEqualTo(360);
        browser.fullScreenshot("directory-office-360.png", 360);
    }
}
