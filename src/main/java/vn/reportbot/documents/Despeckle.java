package vn.reportbot.documents;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;

/**
 * Takes the dust off a scanned page before recognition: a dark speck that stands alone on light paper (no dark
 * neighbour among the eight around it) is made paper. Strokes of letters, which always touch dark neighbours, stay.
 */
final class Despeckle {

    /** Darker than this (of 255) is ink. */
    private static final int INK = 150;

    private Despeckle() {
    }

    /** The page in grey, cleaned. */
    static BufferedImage clean(BufferedImage page) {
        BufferedImage grey = page;
        if (page.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            grey = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = grey.createGraphics();
            g.drawImage(page, 0, 0, null);
            g.dispose();
        }
        WritableRaster raster = grey.getRaster();
        int width = grey.getWidth();
        int height = grey.getHeight();
        int[] above = new int[width];
        int[] row = new int[width];
        int[] below = new int[width];
        raster.getSamples(0, 0, width, 1, 0, row);
        for (int y = 0; y < height; y++) {
            if (y + 1 < height) {
                raster.getSamples(0, y + 1, width, 1, 0, below);
            } else {
                java.util.Arrays.fill(below, 255);
            }
            for (int x = 0; x < width; x++) {
                if (row[x] < INK && alone(above, row, below, x, y == 0)) {
                    raster.setSample(x, y, 0, 255);
                }
            }
            int[] spare = above;
            above = row;
            row = below;
            below = spare;
        }
        return grey;
    }

    private static boolean alone(int[] above, int[] row, int[] below, int x, boolean top) {
        for (int dx = -1; dx <= 1; dx++) {
            int nx = x + dx;
            if (nx < 0 || nx >= row.length) {
                continue;
            }
            if (!top && above[nx] < INK || below[nx] < INK || dx != 0 && row[nx] < INK) {
                return false;
            }
        }
        return true;
    }
}
