package vn.reportbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** {@code parse-dispatch} reads every format DocumentTextReader reads, and names the reason for one it cannot. */
class ParseDispatchFormatsTests {

    private static final String DIR = "src/test/resources/dispatches/formats/";

    @Test
    void parsesDocxDocPdfOdtAndLegacyTextAlike() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = CommandLine.run(new String[] {"parse-dispatch",
                DIR + "ubnd-hai-hau-1245.docx", DIR + "ubnd-hai-hau-1245.doc", DIR + "ubnd-hai-hau-1245.pdf",
                DIR + "ubnd-hai-hau-1245.odt", DIR + "ubnd-bac-ai-88-tcvn3.docx", DIR + "ubnd-bac-ai-88-vni.txt"},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(status).isZero();
        assertThat(lines).hasSize(6);
        for (int i = 0; i < 4; i++) {
            assertThat(lines[i]).contains("\"number\":\"1245/UBND-VP\"").contains("\"signer\":\"Trần Văn Nam\"");
        }
        assertThat(lines[4]).contains("\"number\":\"88/UBND-VX\"").contains("Pi Năng Thị Hường");
        assertThat(lines[5]).contains("\"number\":\"88/UBND-VX\"").contains("Phước Đại");
    }

    @Test
    void aScanIsReportedWithTheReason() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = CommandLine.run(new String[] {"parse-dispatch", DIR + "scanned-2-pages.pdf"},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("scanned PDF: no text layer on its 2 pages, and no text could be recognised in its"
                        + " images; send the Word file or a PDF with text");
    }

    @Test
    void aDispatchWithPartsMissingGivesWhatCanBeReadAndItsProblemsAndExitStatusOne() {
        String corpus = "src/test/resources/dispatch-corpus/";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = CommandLine.run(new String[] {"parse-dispatch", corpus + "07-ubnd-xa-no-number-line.txt",
                corpus + "27-not-a-dispatch-news-article.txt", corpus + "01-hau-giang-merged-columns.txt"},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(status).isEqualTo(1);
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).contains("\"number\":null").contains("\"issuer\":\"Ủy ban nhân dân xã Phước Hà\"")
                .contains("\"taskCount\":3").contains("\"problems\":[\"không có số văn bản\"]").doesNotContain("error");
        assertThat(lines[1]).startsWith("{\"file\":\"27-not-a-dispatch-news-article.txt\",\"error\":\"not a dispatch");
        assertThat(lines[2]).contains("\"number\":\"454/UBND-NCTH\"").doesNotContain("problems");
    }
}
