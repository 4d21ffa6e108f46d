package vn.reportbot.intake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import vn.reportbot.text.LegacyEncoders;

/**
 * Makes the documents under {@code src/test/resources/awkward/documents/} that only POI and PDFBox can write (not a
 * test; run by hand, then run {@code make_awkward.py} to embed them in the messages):
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) vn.reportbot.intake.AwkwardDocumentGenerator \
 *     src/test/resources/awkward/documents
 * </pre>
 * The encrypted files differ from run to run (random salts); the messages embed the committed ones.
 */
public final class AwkwardDocumentGenerator {

    private static final Path FORMATS = Path.of("src/test/resources/dispatches/formats");
    private static final String PASSWORD = "phuocthang2022";

    private AwkwardDocumentGenerator() {
    }

    public static void main(String[] args) throws IOException, GeneralSecurityException, InvalidFormatException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/awkward/documents");
        Files.createDirectories(dir);
        Files.write(dir.resolve("bao-cao-phong-chu-cu.docx"), legacyFontsDocx());
        Files.write(dir.resolve("bieu-02-ho-ngheo.xls"), workbook(new HSSFWorkbook()));
        Files.write(dir.resolve("bieu-02-co-mat-khau.xlsx"), encrypt(workbook(new XSSFWorkbook())));
        Files.write(dir.resolve("bao-cao-co-mat-khau.docx"),
                encrypt(Files.readAllBytes(FORMATS.resolve("ubnd-hai-hau-1245.docx"))));
        Files.write(dir.resolve("bien-ban-co-mat-khau.pdf"),
                protect(Files.readAllBytes(FORMATS.resolve("ubnd-hai-hau-1245.pdf"))));
    }

    /** A commune's report typed partly in an old template: .VnTimeH capitals, .VnTime, VNI-Times, then Unicode. */
    static byte[] legacyFontsDocx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            run(doc, ".VnTimeH", LegacyEncoders.toTcvn3("ủy ban mặt trận tổ quốc việt nam xã phước thắng"));
            run(doc, ".VnTime", LegacyEncoders.toTcvn3("Số: 21/BC-MTTQ"));
            run(doc, ".VnTime", LegacyEncoders.toTcvn3(
                    "Báo cáo kết quả vận động Quỹ \"Vì người nghèo\" năm 2022 trên địa bàn xã Phước Thắng."));
            run(doc, "VNI-Times", LegacyEncoders.toVni(
                    "Tổng số tiền vận động được: 18.500.000 đồng, đạt 105% chỉ tiêu huyện giao."));
            run(doc, "Times New Roman", "Người lập biểu: Pinăng Thị Hường");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void run(XWPFDocument doc, String font, String text) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setFontFamily(font);
        run.setText(text);
    }

    /** The poor-household table a commune attaches, as Excel 97–2003 or .xlsx. */
    static byte[] workbook(Workbook book) throws IOException {
        List<List<Object>> rows = List.of(
                List.of("STT", "Thôn", "Số hộ nghèo", "Số hộ cận nghèo"),
                List.of(1, "Thôn Ma Trai", 42, 17),
                List.of(2, "Thôn Ma Lâm", 38, 11),
                List.of(3, "Thôn Suối Đá", 27, 9),
                List.of("", "Cộng", 107, 37));
        try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Biểu 02");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Integer n) {
                        row.createCell(c).setCellValue(n);
                    } else {
                        row.createCell(c).setCellValue((String) value);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    /** An OOXML file as Office saves it with "Encrypt with password": an OLE2 container holding the package. */
    static byte[] encrypt(byte[] ooxml) throws IOException, GeneralSecurityException, InvalidFormatException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(PASSWORD);
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(ooxml));
                    OutputStream encrypted = encryptor.getDataStream(fs)) {
                opc.save(encrypted);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** A PDF that asks for a password before it shows anything. */
    static byte[] protect(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy(PASSWORD + "-owner", PASSWORD,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }
}
