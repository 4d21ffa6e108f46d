package vn.reportbot.documents;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

/**
 * The text of a picture of a page (a scan saved as an image, a phone photo), by text recognition. A picture larger
 * than {@link #MAX_SIDE} pixels on its long side is scaled down first: a phone's 12-megapixel photo holds no more
 * legible text at full size, and takes Tesseract several times as long.
 */
final class ImageText {

    static final int MAX_SIDE = 3_500;

    private ImageText() {
    }

    static String read(byte[] bytes, long seconds) {
        return Ocr.read(fitted(bytes), seconds);
    }

    /**
     * The picture in grey, cleaned of specks ({@link Despeckle}) and scaled down to {@link #MAX_SIDE} when larger, as
     * a PNG; as it came when Java cannot decode it (Tesseract may).
     */
    private static byte[] fitted(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                return bytes;
            }
            double scale = Math.min(1, (double) MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
            int width = (int) Math.round(image.getWidth() * scale);
            int height = (int) Math.round(image.getHeight() * scale);
            BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = grey.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, width, height, null);
            g.dispose();
            return png(Despeckle.clean(grey));
        } catch (IOException | RuntimeException e) {
            return bytes;
        }
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
