package vn.reportbot.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A file name a sender or an upload gives is kept as its base name, without the characters that hide or mislead. */
class FileNamesTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "../../etc/passwd.docx|passwd.docx",
            "..\\..\\win.ini|win.ini",
            "C:\\Users\\Lan\\Báo cáo.docx|Báo cáo.docx",
            "báo cáo \u202Excod.exe|báo cáo xcod.exe",
            "a\u0000b.docx|ab.docx",
            "  ...ẩn.txt|ẩn.txt",
            "Ba\u0301o ca\u0301o.docx|Báo cáo.docx"})
    void onlyTheBaseNameWithoutControlCharactersIsKept(String given, String kept) {
        assertThat(FileNames.baseName(given)).isEqualTo(kept);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"../", "..\\..\\", "\u202E", "\u0000.\u200B"})
    void aNameOfNothingButFoldersOrControlCharactersIsNone(String given) {
        assertThat(FileNames.baseName(given)).isNull();
    }

    @org.junit.jupiter.api.Test
    void lineBreaksAreNoPartOfAName() {
        assertThat(FileNames.baseName("dòng\r\nhai.txt")).isEqualTo("dònghai.txt");
        assertThat(FileNames.baseName("   ")).isNull();
    }

    @org.junit.jupiter.api.Test
    void aVeryLongNameIsCutKeepingItsExtension() {
        String kept = FileNames.baseName("x".repeat(400) + ".docx");
        assertThat(kept).hasSize(FileNames.LONGEST).endsWith("x.docx");
    }
}
