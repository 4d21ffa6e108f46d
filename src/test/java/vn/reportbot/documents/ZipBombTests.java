package vn.reportbot.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Zip bombs are refused by our own guard with a reason, while POI's own check of every part's inflation ratio stays on
 * for the rest of the JVM (the summary module's workbooks, any library that opens an Office file).
 */
class ZipBombTests {

    /** POI's default: a part may not inflate more than a hundred times its compressed size. */
    private static final double POI_DEFAULT_RATIO = 0.01;

    private final DocumentTextReader reader = new DocumentTextReader();

    @Test
    void aZipBombDocxIsRefusedAndPoiKeepsItsOwnCheckForTheJvm() {
        assertThatThrownBy(() -> reader.read("bomb.docx", DocumentTextReaderTests.fixture("zip-bomb.docx")))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("zip bomb: the .docx of 64 KB expands to more than 10 MB");

        assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(POI_DEFAULT_RATIO);
    }

    @Test
    void aZipBombXlsxIsRefusedAndPoiKeepsItsOwnCheckForTheJvm() throws IOException {
        byte[] bomb = xlsxBomb();

        assertThatThrownBy(() -> reader.read("bang-tong-hop.xlsx", bomb))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("zip bomb: the .xlsx of ")
                .hasMessageContaining("(at part xl/worksheets/sheet1.xml); refused");

        assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(POI_DEFAULT_RATIO);
    }

    /**
     * A long table whose rows repeat one long note (written as Excel's streaming writer does, the text in each cell)
     * compresses far beyond POI's ratio; it is read all the same, POI's setting untouched.
     */
    @Test
    void aLongRepetitiveTableThatPoiAloneWouldRefuseIsRead() throws IOException {
        byte[] table = repetitiveTable(1_000);
        assertThat(largestRatio(table)).as("the sheet inflates beyond POI's own limit").isGreaterThan(1 / POI_DEFAULT_RATIO);

        String text = reader.read("bieu-mau.xlsx", table);

        assertThat(text.lines().filter(line -> line.equals("Xã Phước Đại\t999\t" + NOTE)).count()).as("the last row read").isOne();
        assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(POI_DEFAULT_RATIO);
    }

    private static final String NOTE = "Đã triển khai đến các chi hội, tổ dân phố; ".repeat(100).strip();

    private static byte[] repetitiveTable(int rows) throws IOException {
        try (var book = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Bieu 1");
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("Xã Phước Đại");
                row.createCell(1).setCellValue(i);
                row.createCell(2).setCellValue(NOTE);
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] longTable(int rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Bieu 1");
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("Xã Phước Đại");
                row.createCell(1).setCellValue(i);
                row.createCell(2).setCellValue("Đã triển khai");
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    /** A real workbook whose one sheet is followed by 64 MB of spaces inside its XML: a few tens of KB zipped. */
    private static byte[] xlsxBomb() throws IOException {
        byte[] real = longTable(3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(real));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, java.nio.charset.StandardCharsets.UTF_8);
                    int end = xml.indexOf("<sheetData>");
                    zip.write(xml.substring(0, end).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1024 * 1024];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 64; i++) {
                        zip.write(spaces);
                    }
                    zip.write(xml.substring(end).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static double largestRatio(byte[] zip) throws IOException {
        double largest = 0;
        try (var file = new org.apache.commons.compress.archivers.zip.ZipArchiveInputStream(
                new java.io.ByteArrayInputStream(zip))) {
            org.apache.commons.compress.archivers.zip.ZipArchiveEntry entry;
            while ((entry = file.getNextEntry()) != null) {
                long size = file.readAllBytes().length;
                long compressed = file.getCompressedCount();
                if (compressed > 0) {
                    largest = Math.max(largest, (double) size / compressed);
                }
            }
        }
        return largest;
    }
}
