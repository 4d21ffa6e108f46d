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
}
