package vn.reportbot;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Makes scans as a commune's office makes them: lines of text printed on an A4 page scanned at 300 dpi, turned a little
 * (as a sheet lies crooked on the glass), speckled with noise, and saved as a JPEG photo or as a PDF of page images
 * with no text layer. The noise comes from a seeded random, so a scan is the same every run.
 */
public final class ScanMaker {

    /** A4 at 300 dpi, as offices scan. */
    private static final int WIDTH = 2480;
    private static final int HEIGHT = 3508;

    /** The first page of a commune's report on dispatch 319/MTTQ-BTT, as it is printed and signed. */
    public static final List<String> PHUOC_DAI_REPORT = List.of(
            "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM",
            "XÃ PHƯỚC ĐẠI",
            "Số: 12/BC-MTTQ",
            "",
            "BÁO CÁO",
            "Kết quả thực hiện Công văn số 319/MTTQ-BTT",
            "",
            "Kính gửi: Ban Thường trực Ủy ban MTTQ Việt Nam huyện Bác Ái",
            "1. Công tác tuyên truyền: đã tổ chức 5 buổi cho 320 lượt người.",
            "2. Vận động quỹ Vì người nghèo: được 12.500.000 đồng.",
            "Phước Đại, ngày 15 tháng 10 năm 2021");

    private ScanMaker() {
    }

    /** The page as a greyscale image: the lines in a serif face, turned by {@code degrees}, with noise. */
    public static BufferedImage page(List<String> lines, double degrees, long seed) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setTransform(AffineTransform.getRotateInstance(Math.toRadians(degrees), WIDTH / 2.0, HEIGHT / 2.0));
        g.setColor(new Color(30, 30, 30));
        g.setFont(new Font("DejaVu Serif", Font.PLAIN, 52));
        int y = 330;
        for (String line : lines) {
            g.drawString(line, 250, y);
            y += 86;
        }
        g.dispose();
        Random random = new Random(seed);
        for (int i = 0; i < WIDTH * HEIGHT / 1500; i++) {
            int x = random.nextInt(WIDTH);
            int yy = random.nextInt(HEIGHT);
            int grey = 60 + random.nextInt(150);
            image.getRaster().setSample(x, yy, 0, grey);
        }
        return image;
    }

    /** The page as a phone photo would come: a JPEG. */
    public static byte[] jpeg(List<String> lines, double degrees, long seed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(page(lines, degrees, seed), "jpeg", out);
        return out.toByteArray();
    }

    /** A PDF of one page image per list of lines, with no text layer: what a scanner makes. */
    public static byte[] pdf(List<List<String>> pages, double degrees, long seed) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            long pageSeed = seed;
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                PDImageXObject image = JPEGFactory.createFromImage(pdf, page(lines, degrees, pageSeed++), 0.9f);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
