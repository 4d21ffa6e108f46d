package vn.reportbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import vn.reportbot.templates.TemplateFolders;

/**
 * An admin in headless Chromium edits the acknowledgement's plain text on the templates page: the editor highlights
 * FreeMarker, a preview renders the edit with the Hải Hậu dispatch and one of its units, a broken edit is refused with
 * its line and column (and the file stays), a good one is saved, then rolled back; at 1280 and 360 px, with
 * screenshots in {@code target/templates-*.png}.
 */
class TemplatePageBrowserIT {

    private static final String PASSWORD = "mat-khau-quan-tri";
    private static final String FILE = "acknowledgement.txt.ftl";

    @TempDir
    static Path dataDir;
    private static Path templates;
    private static EmbeddedService app;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        browser = Browser.start("templates");
        templates = TemplateFolders.copyOfShipped(Files.createDirectory(dataDir.resolve("copy")));
        app = EmbeddedService.start(dataDir.resolve("data"), PASSWORD, "--reportbot.templates=" + templates);
    }

    @AfterAll
    static void stop() {
        Browser.closeAll(app, browser);
    }

    @Test
    void anAdminPreviewsFailsToSaveABrokenEditSavesAGoodOneAndRollsItBack() throws IOException {
        browser.size(1280, 900);
        browser.open(app.base() + "/login");
        browser.logIn(app.base(), "admin", PASSWORD);
        browser.arrivedAt("/");
        browser.open(app.base() + "/templates");
        browser.shows("Thư xác nhận đã nhận báo cáo");
        browser.fullScreenshot("templates-list-1280.png", 1280);
        browser.size(360, 800);
        assertThat(browser.scrollWidth()).as("the list at 360 px").isLessThanOrEqualTo(360);
        browser.screenshot("templates-list-360.png");

        browser.size(1280, 900);
        browser.find(By.cssSelector("a[href='/templates/" + FILE + "']")).click();
        browser.arrivedAt("/templates/" + FILE);
        assertThat(browser.find(By.cssSelector(".CodeMirror")).isDisplayed()).as("the editor").isTrue();
        assertThat(browser.driver().findElements(By.cssSelector(".CodeMirror .cm-ftl-interpolation")))
                .as("${…} highlighted").isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector(".CodeMirror .cm-ftl-directive")))
                .as("<#…> highlighted").isNotEmpty();

        String original = Files.readString(templates.resolve(FILE));
        type("Kính gửi ${addressee},\n\nMẫu thử: đã nhận báo cáo của ${unitName} về Công văn số ${dispatchNumber}.\n");
        new Select(browser.find(By.name("dispatch"))).selectByVisibleText("22-CV/BDVHU · Ban Dân vận Huyện ủy Hải Hậu");
        new Select(browser.find(By.name("unit"))).selectByVisibleText("Thị trấn Yên Định");
        browser.find(By.cssSelector("button[value=preview]")).click();
        browser.shows("Mẫu thử: đã nhận báo cáo của Thị trấn Yên Định về Công văn số 22-CV/BDVHU.");
        assertThat(browser.find(By.cssSelector("iframe.tpl-html")).getAttribute("sandbox")).isEmpty();
        assertThat(Files.readString(templates.resolve(FILE))).as("a preview writes nothing").isEqualTo(original);
        browser.fullScreenshot("templates-preview-1280.png", 1280);

        browser.size(1280, 900);
        type("Kính gửi ${addressee},\n<#if allReported>\nĐã đủ.\n");
        browser.find(By.cssSelector("button[value=save]")).click();
        browser.shows("Lỗi cú pháp ở dòng");
        assertThat(browser.text()).contains("Chưa lưu: mẫu có lỗi, tệp đang dùng vẫn giữ nguyên.");
        assertThat(browser.driver().findElements(By.cssSelector(".CodeMirror .ftl-error-line")))
                .as("the line of the error marked").isNotEmpty();
        assertThat(Files.readString(templates.resolve(FILE))).isEqualTo(original);
        browser.screenshot("templates-refused-1280.png");
        browser.size(360, 800);
        assertThat(browser.scrollWidth()).as("the editor at 360 px").isLessThanOrEqualTo(360);
        browser.screenshot("templates-refused-360.png");

        browser.size(1280, 900);
        String good = "Kính gửi ${addressee},\n\nĐã nhận báo cáo của ${unitName} (mẫu đã sửa).\n";
        type(good);
        browser.find(By.cssSelector("button[value=save]")).click();
        browser.shows("Đã lưu.");
        assertThat(Files.readString(templates.resolve(FILE))).isEqualTo(good);
        type(good.replace("mẫu đã sửa", "lần sửa thứ hai"));
        browser.find(By.cssSelector("button[value=save]")).click();
        browser.shows("Đã lưu.");
        assertThat(Files.readString(templates.resolve(FILE))).contains("lần sửa thứ hai");
        browser.fullScreenshot("templates-versions-1280.png", 1280);

        browser.size(1280, 900);
        browser.find(By.cssSelector("button[value=rollback]")).click();
        browser.shows("Đã khôi phục phiên bản cũ");
        assertThat(Files.readString(templates.resolve(FILE))).isEqualTo(good);
        assertThat(browser.text()).contains("rollback");
        browser.size(360, 800);
        assertThat(browser.scrollWidth()).as("the editor with its history at 360 px").isLessThanOrEqualTo(360);
        browser.fullScreenshot("templates-rolled-back-360.png", 360);
    }

    /** Replaces the editor's text, as a person selecting all and typing would. */
    private static void type(String text) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);", text);
    }
}
