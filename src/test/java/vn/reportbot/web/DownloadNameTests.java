package vn.reportbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A file to download goes as an attachment under its base name, without control characters, in ASCII and UTF-8. */
class DownloadNameTests {

    @Test
    void aVietnameseNameGoesAccentFreeInFilenameAndWholeInFilenameStar() {
        assertThat(DownloadName.attachment("Báo cáo Đợt 1.docx", "x")).isEqualTo("attachment;"
                + " filename=\"Bao cao Dot 1.docx\"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20%C4%90%E1%BB%A3t%201.docx");
    }

    @Test
    void aFolderControlCharactersQuotesAndLeadingDotsAreDropped() {
        assertThat(DownloadName.safe("../../etc/\r\npass\u0000wd", "x")).isEqualTo("passwd");
        assertThat(DownloadName.safe("C:\\Users\\lan\\.bashrc", "x")).isEqualTo("bashrc");
        assertThat(DownloadName.attachment("a\"b;c.txt", "x")).startsWith("attachment; filename=\"a_b_c.txt\";");
    }

    @Test
    void aMissingOrEmptiedNameIsTheFallback() {
        assertThat(DownloadName.safe(null, "tep-dinh-kem-1")).isEqualTo("tep-dinh-kem-1");
        assertThat(DownloadName.safe(" /\t", "tep-dinh-kem-1")).isEqualTo("tep-dinh-kem-1");
    }

    @Test
    void aTypeABrowserWouldRunAsAPageGoesAsOctetStream() {
        assertThat(ReportAttachmentController.type("text/html; charset=utf-8").toString())
                .isEqualTo("application/octet-stream");
        assertThat(ReportAttachmentController.type("image/svg+xml").toString()).isEqualTo("application/octet-stream");
        assertThat(ReportAttachmentController.type("not a type").toString()).isEqualTo("application/octet-stream");
        assertThat(ReportAttachmentController.type("application/pdf; name=x.pdf").toString()).isEqualTo("application/pdf");
    }
}
