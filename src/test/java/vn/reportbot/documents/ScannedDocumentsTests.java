package vn.reportbot.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.reportbot.ScanMaker;

/**
 * Scans and photos read by text recognition (Tesseract with its Vietnamese data, scripts/install-ocr.sh), on scans
 * the test makes: a report printed on a page, turned a little and speckled, as a PDF of page images and as a JPEG.
 * Without Tesseract the tests are skipped, except under {@code CI=true}, where they must run.
 */
class ScannedDocumentsTests {

    static final List<String> REPORT = ScanMaker.PHUOC_DAI_REPORT;

    private final DocumentTextReader reader = new DocumentTextReader();

    @BeforeAll
    static void needsTesseract() {
        if (Ocr.available().isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but Tesseract with Vietnamese is not installed:"
                        + " run scripts/install-ocr.sh");
            }
            Assumptions.abort("Tesseract with Vietnamese is not installed (scripts/install-ocr.sh): scans not tried");
        }
    }

    @Test
    void aScannedPdfWithoutTextLayerIsReadByTextRecognitionAndSaysSo() throws Exception {
        DocumentText read = reader.readText("Báo cáo 319.pdf", ScanMaker.pdf(List.of(REPORT), 0.8, 1));

        assertThat(read.ocr()).isTrue();
        assertThat(read.text()).contains("BÁO CÁO", "319/MTTQ-BTT", "Phước Đại", "12.500.000");
    }

    @Test
    void aPhonePhotoOfAPageIsReadByTextRecognition() throws Exception {
        DocumentText read = reader.readText("IMG_2041.jpg", ScanMaker.jpeg(REPORT, -1.2, 2));

        assertThat(read.ocr()).isTrue();
        assertThat(read.text()).contains("319/MTTQ-BTT", "Công tác tuyên truyền");
    }

    @Test
    void aPdfWithATextLayerIsReadAsItIsWithoutRecognition() throws Exception {
        byte[] pdf = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("src/test/resources/dispatches/formats/ubnd-hai-hau-1245.pdf"));
        assertThat(reader.readText("ubnd-hai-hau-1245.pdf", pdf).ocr()).isFalse();
    }

    @Test
    void aBlankScanIsRefusedWithAReasonInsteadOfAnEmptyText() throws Exception {
        assertThatThrownBy(() -> reader.readText("trang trắng.pdf", ScanMaker.pdf(List.of(List.of()), 0, 3)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("no text could be recognised in its images");
    }

    @Test
    void recognitionThatRunsPastItsTimeIsKilledNotLeftRunning() throws Exception {
        byte[] page = ImageText.png(ScanMaker.page(REPORT, 0.5, 4));

        assertThatThrownBy(() -> Ocr.read(page, 0)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("longer than 0 seconds");
        // the process is gone, not working on in the background
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (ProcessHandle.current().children().anyMatch(p -> p.info().command().orElse("").contains("tesseract"))
                && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(ProcessHandle.current().children()
                .filter(p -> p.info().command().orElse("").contains("tesseract")).toList()).isEmpty();
    }
}
