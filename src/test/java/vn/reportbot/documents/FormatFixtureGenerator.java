package vn.reportbot.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

import vn.reportbot.text.LegacyEncoders;

/**
 * Makes the fixtures under {@code src/test/resources/dispatches/formats/} (not a test; run by hand):
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) vn.reportbot.documents.FormatFixtureGenerator \
 *     src/test/resources/dispatches/formats
 * cd src/test/resources/dispatches/formats
 * soffice --headless --convert-to doc ubnd-hai-hau-1245.docx; soffice --headless --convert-to doc ubnd-bac-ai-88-tcvn3.docx
 * </pre>
 * The .doc files are LibreOffice's conversions of the two .docx files.
 */
public final class FormatFixtureGenerator {

    /** The district People's Committee's dispatch 1245 (as {@code dispatches/ubnd-hai-hau-1245-deadline.txt}). */
    static final Dispatch HAI_HAU_1245 = new Dispatch(
            List.of("ỦY BAN NHÂN DÂN", "HUYỆN HẢI HẬU"),
            List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
            List.of("Số: 1245/UBND-VP", "V/v báo cáo kết quả tiêm chủng vắc xin", "phòng Covid-19 đợt 3"),
            List.of("Hải Hậu, ngày 12 tháng 10 năm 2021"),
            List.of("Kính gửi:", "- UBND các xã, thị trấn;", "- Trung tâm Y tế huyện.", "",
                    "Căn cứ Kế hoạch số 85/KH-UBND ngày 02/8/2021 của Ủy ban nhân dân tỉnh Nam Định về triển khai chiến"
                            + " dịch tiêm chủng vắc xin phòng Covid-19 năm 2021-2022, Ủy ban nhân dân huyện yêu cầu:",
                    "1. UBND các xã, thị trấn rà soát danh sách đối tượng tiêm chủng trên địa bàn, bảo đảm không bỏ sót"
                            + " người dân đủ điều kiện tiêm.",
                    "2) Trung tâm Y tế huyện phối hợp với Trạm Y tế các xã, thị trấn tổ chức các điểm tiêm an toàn,"
                            + " đúng quy trình.",
                    "3. UBND các xã, thị trấn tổng hợp kết quả tiêm chủng theo mẫu gửi kèm, báo cáo về Ủy ban nhân dân"
                            + " huyện (qua Văn phòng HĐND và UBND huyện, địa chỉ email: vanphong.ubndhaihau@gmail.com)"
                            + " trước 16 giờ 00 ngày 20/10/2021.",
                    "Nhận được Công văn này, đề nghị các đơn vị khẩn trương triển khai thực hiện./."),
            List.of("Nơi nhận:", "- Như Kính gửi;", "- TT Huyện ủy, TT HĐND huyện (để b/c);",
                    "- Chủ tịch, các PCT UBND huyện;", "- Lưu: VT."),
            List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Trần Văn Nam"));

    /** A Bác Ái dispatch typed with an old template: TCVN3 in the .docx, VNI in the .txt. */
    static final Dispatch BAC_AI_88 = new Dispatch(
            List.of("UỶ BAN NHÂN DÂN", "HUYỆN BÁC ÁI"),
            List.of("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
            List.of("Số: 88/UBND-VX", "V/v báo cáo tình hình học sinh bỏ học", "tại các trường trên địa bàn huyện"),
            List.of("Bác Ái, ngày 05 tháng 3 năm 2022"),
            List.of("Kính gửi: Uỷ ban nhân dân các xã.", "",
                    "Thực hiện chỉ đạo của Sở Giáo dục và Đào tạo tỉnh Ninh Thuận, Uỷ ban nhân dân huyện đề nghị:",
                    "1. Uỷ ban nhân dân các xã phối hợp với Trường Tiểu học và Trường Trung học cơ sở trên địa bàn rà"
                            + " soát số học sinh bỏ học, nêu rõ nguyên nhân.",
                    "2. Uỷ ban nhân dân xã Phước Đại và xã Phước Thắng báo cáo riêng về học sinh ở các thôn vùng cao.",
                    "3. Báo cáo gửi về Phòng Giáo dục và Đào tạo huyện (địa chỉ email: pgd.bacai@gmail.com) trước"
                            + " ngày 15/3/2022.",
                    "Đề nghị các đơn vị khẩn trương thực hiện./."),
            List.of("Nơi nhận:", "- Như trên;", "- Lưu: VT, VX."),
            List.of("TM. UỶ BAN NHÂN DÂN", "CHỦ TỊCH", "", "(Đã ký)", "", "Pi Năng Thị Hường"));

    record Dispatch(List<String> issuer, List<String> motto, List<String> number, List<String> placeDate,
                    List<String> body, List<String> recipients, List<String> signature) {

        /** As a plain-text export would lay it out. */
        String plainText() {
            List<String> lines = new ArrayList<>();
            for (List<String> part : List.of(issuer, motto, number, placeDate, body, recipients, signature)) {
                lines.addAll(part);
                lines.add("");
            }
            return String.join("\n", lines);
        }
    }

    private FormatFixtureGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/dispatches/formats");
        Files.createDirectories(dir);
        Files.write(dir.resolve("ubnd-hai-hau-1245.docx"), docx(HAI_HAU_1245, false));
        Files.write(dir.resolve("ubnd-bac-ai-88-tcvn3.docx"), docx(BAC_AI_88, true));
        Files.write(dir.resolve("ubnd-hai-hau-1245.pdf"), pdf(HAI_HAU_1245));
        Files.write(dir.resolve("scanned-2-pages.pdf"), scannedPdf(2));
        Files.write(dir.resolve("ubnd-hai-hau-1245.odt"), odt(HAI_HAU_1245));
        Files.write(dir.resolve("ubnd-bac-ai-88-vni.txt"),
                LegacyEncoders.toVni(BAC_AI_88.plainText()).getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("zip-bomb.docx"), zipBomb());
    }

    // ---- .docx -------------------------------------------------------------------------------------------------

    static byte[] docx(Dispatch d, boolean tcvn3) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable head = doc.createTable(2, 2);
            head.removeBorders();
            cell(head.getRow(0).getCell(0), d.issuer(), tcvn3, true);
            cell(head.getRow(0).getCell(1), d.motto(), tcvn3, false);
            cell(head.getRow(1).getCell(0), d.number(), tcvn3, false);
            cell(head.getRow(1).getCell(1), d.placeDate(), tcvn3, false);
            for (String line : d.body()) {
                lines(doc.createParagraph(), line, tcvn3, false);
            }
            doc.createParagraph().createRun().addBreak(org.apache.poi.xwpf.usermodel.BreakType.PAGE);
            XWPFTable foot = doc.createTable(1, 2);
            foot.removeBorders();
            cell(foot.getRow(0).getCell(0), d.recipients(), tcvn3, false);
            cell(foot.getRow(0).getCell(1), d.signature(), tcvn3, false);
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void cell(XWPFTableCell cell, List<String> lines, boolean tcvn3, boolean allCapitals) {
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            lines(p, lines.get(i), tcvn3, allCapitals);
        }
    }

    /**
     * One paragraph. In TCVN3, a line in capitals goes in {@code .VnTimeH} typed in small letters, as the ABC
     * keyboard users did, the rest in {@code .VnTime}; a number sign and digits stay in a Unicode font, as when a
     * template's field is filled in later.
     */
    private static void lines(XWPFParagraph p, String line, boolean tcvn3, boolean allCapitals) {
        if (!tcvn3) {
            XWPFRun run = p.createRun();
            run.setFontFamily("Times New Roman");
            run.setText(line);
            return;
        }
        boolean capitals = allCapitals || (!line.isBlank() && line.equals(line.toUpperCase(Locale.ROOT))
                && line.chars().anyMatch(Character::isLetter));
        String font = capitals ? ".VnTimeH" : ".VnTime";
        String encoded = LegacyEncoders.toTcvn3(capitals ? line.toLowerCase(Locale.ROOT) : line);
        // split at the first ':' so that a line like "Số: 88/UBND-VX" has two runs in two fonts
        int colon = encoded.indexOf(':');
        if (!capitals && colon > 0 && line.startsWith("Số")) {
            XWPFRun label = p.createRun();
            label.setFontFamily(font);
            label.setText(encoded.substring(0, colon + 1));
            XWPFRun value = p.createRun();
            value.setFontFamily("Times New Roman");
            value.setText(line.substring(colon + 1));
        } else if (capitals) {
            XWPFRun run = p.createRun();
            run.setFontFamily(font);
            run.setText(encoded);
        } else {
            // a capital with a tone (Á in Bác Ái) does not exist in .VnTime: typed in .VnTimeH, one letter run
            StringBuilder pending = new StringBuilder();
            for (char c : line.toCharArray()) {
                boolean toneCapital = Character.isUpperCase(c) && c > 0x7F && "ĂÂÊÔƠƯĐ".indexOf(c) < 0;
                if (toneCapital) {
                    tcvnRun(p, pending.toString(), ".VnTime");
                    pending.setLength(0);
                    tcvnRun(p, String.valueOf(Character.toLowerCase(c)), ".VnTimeH");
                } else {
                    pending.append(c);
                }
            }
            tcvnRun(p, pending.toString(), ".VnTime");
        }
    }

    private static void tcvnRun(XWPFParagraph p, String unicode, String font) {
        if (unicode.isEmpty()) {
            return;
        }
        XWPFRun run = p.createRun();
        run.setFontFamily(font);
        run.setText(LegacyEncoders.toTcvn3(unicode));
    }

    // ---- .pdf --------------------------------------------------------------------------------------------------

    static byte[] pdf(Dispatch d) throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(pdf, Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").toFile());
            PdfWriter w = new PdfWriter(pdf, font);
            float top = w.y;
            w.column(d.issuer(), 50);
            float afterLeft = w.y;
            w.y = top;
            w.column(d.motto(), 300);
            w.y = Math.min(afterLeft, w.y) - 8;
            top = w.y;
            w.column(d.number(), 50);
            afterLeft = w.y;
            w.y = top;
            w.column(d.placeDate(), 300);
            w.y = Math.min(afterLeft, w.y) - 8;
            for (String line : d.body()) {
                w.paragraph(line);
            }
            w.y -= 8;
            top = w.y;
            w.column(d.recipients(), 50);
            w.y = top;
            w.column(d.signature(), 330);
            w.close();
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private static final class PdfWriter {
        private static final float SIZE = 11;
        private static final float LEADING = 15;
        private final PDDocument pdf;
        private final PDType0Font font;
        private PDPageContentStream content;
        float y;

        PdfWriter(PDDocument pdf, PDType0Font font) throws IOException {
            this.pdf = pdf;
            this.font = font;
            newPage();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            content = new PDPageContentStream(pdf, page);
            y = PDRectangle.A4.getHeight() - 60;
        }

        void column(List<String> lines, float x) throws IOException {
            for (String line : lines) {
                line(line, x);
            }
        }

        void paragraph(String text) throws IOException {
            if (text.isEmpty()) {
                y -= LEADING;
                return;
            }
            StringBuilder current = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (font.getStringWidth(candidate) / 1000 * SIZE > 495 && !current.isEmpty()) {
                    line(current.toString(), 50);
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            line(current.toString(), 50);
            y -= 4;
        }

        void line(String text, float x) throws IOException {
            if (y < 60) {
                newPage();
            }
            if (!text.isEmpty()) {
                content.beginText();
                content.setFont(font, SIZE);
                content.newLineAtOffset(x, y);
                content.showText(text);
                content.endText();
            }
            y -= LEADING;
        }

        void close() throws IOException {
            content.close();
        }
    }

    /** A scan: each page only an image of grey bars where lines of text would be. */
    static byte[] scannedPdf(int pages) throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                BufferedImage image = new BufferedImage(310, 440, BufferedImage.TYPE_BYTE_GRAY);
                Graphics2D g = image.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, 310, 440);
                g.setColor(Color.DARK_GRAY);
                for (int line = 0; line < 30; line++) {
                    g.fillRect(25, 30 + line * 13, 200 + (line * 37) % 60, 6);
                }
                g.dispose();
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                PDImageXObject xobject = LosslessFactory.createFromImage(pdf, image);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.drawImage(xobject, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }

    // ---- .odt --------------------------------------------------------------------------------------------------

    static byte[] odt(Dispatch d) throws IOException {
        StringBuilder body = new StringBuilder();
        body.append("<table:table table:name=\"Header\"><table:table-column table:number-columns-repeated=\"2\"/>");
        body.append("<table:table-row>").append(odtCell(d.issuer())).append(odtCell(d.motto())).append("</table:table-row>");
        body.append("<table:table-row>").append(odtCell(d.number())).append(odtCell(d.placeDate())).append("</table:table-row>");
        body.append("</table:table>");
        for (String line : d.body()) {
            body.append(odtParagraph(line));
        }
        body.append("<table:table table:name=\"Footer\"><table:table-column table:number-columns-repeated=\"2\"/>");
        body.append("<table:table-row>").append(odtCell(d.recipients())).append(odtCell(d.signature()));
        body.append("</table:table-row></table:table>");
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" office:version=\"1.3\">"
                + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                + " manifest:version=\"1.3\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry stored = new ZipEntry("mimetype");
            stored.setMethod(ZipEntry.STORED);
            stored.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            stored.setCrc(crc.getValue());
            zip.putNextEntry(stored);
            zip.write(mimetype);
            zip.closeEntry();
            entry(zip, "META-INF/manifest.xml", manifest);
            entry(zip, "content.xml", content);
        }
        return out.toByteArray();
    }

    private static String odtCell(List<String> lines) {
        StringBuilder cell = new StringBuilder("<table:table-cell office:value-type=\"string\">");
        for (String line : lines) {
            cell.append(odtParagraph(line));
        }
        return cell.append("</table:table-cell>").toString();
    }

    /** A paragraph with ODF's white space: a run of spaces after the first as {@code text:s}, a tab as {@code text:tab}. */
    private static String odtParagraph(String line) {
        String escaped = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        escaped = escaped.replace("\t", "<text:tab/>").replace(" - ", " <text:s/>- ");
        String tag = line.equals(line.toUpperCase(Locale.ROOT)) && !line.isBlank() ? "text:h" : "text:p";
        return "<" + tag + ">" + escaped + "</" + tag + ">";
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    // ---- zip bomb ----------------------------------------------------------------------------------------------

    /** A .docx whose document.xml inflates to 64 MB of spaces from a few tens of KB. */
    static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\""
                    + " ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            writeSpaces(zip, 64L * 1024 * 1024);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static void writeSpaces(OutputStream out, long count) throws IOException {
        byte[] spaces = new byte[1024 * 1024];
        java.util.Arrays.fill(spaces, (byte) ' ');
        for (long written = 0; written < count; written += spaces.length) {
            out.write(spaces);
        }
    }
}
