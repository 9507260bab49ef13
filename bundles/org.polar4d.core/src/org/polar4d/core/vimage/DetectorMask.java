package org.polar4d.core.vimage;

import java.util.Locale;

/**
 * A binary virtual detector on the diffraction frame: the flat indices of the pixels it collects.
 * Pixel centres sit at integer (row, col); a disk collects distances d ≤ r, an annulus
 * r_inner &lt; d ≤ r_outer, so a disk and the annulus around it never share a pixel.
 */
public final class DetectorMask {

    private final String description;
    private final int height;
    private final int width;
    private final int[] pixels;

    private DetectorMask(String description, int height, int width, int[] pixels) {
        this.description = description;
        this.height = height;
        this.width = width;
        this.pixels = pixels;
    }

    public static DetectorMask disk(int height, int width, double centreRow, double centreCol, double radius) {
        if (!(radius >= 0)) {
            throw new IllegalArgumentException("disk radius must be >= 0, got " + radius);
        }
        return of(String.format(Locale.ROOT, "disk r=%.2f at (%.2f, %.2f)", radius, centreRow, centreCol), height,
                width, centreRow, centreCol, -1, radius);
    }

    public static DetectorMask annulus(int height, int width, double centreRow, double centreCol, double inner,
            double outer) {
        if (!(inner >= 0 && outer > inner)) {
            throw new IllegalArgumentException("annulus needs 0 <= inner < outer, got " + inner + " and " + outer);
        }
        return of(String.format(Locale.ROOT, "annulus %.2f < r <= %.2f at (%.2f, %.2f)", inner, outer, centreRow,
                centreCol), height, width, centreRow, centreCol, inner, outer);
    }

    private static DetectorMask of(String description, int height, int width, double cr, double cc, double inner,
            double outer) {
        int[] buffer = new int[height * width];
        int n = 0;
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                double d = Math.hypot(r - cr, c - cc);
                if (d > inner && d <= outer) {
                    buffer[n++] = r * width + c;
                }
            }
        }
        return new DetectorMask(description, height, width, java.util.Arrays.copyOf(buffer, n));
    }

    /** Sum of the frame's values over the mask. */
    public double integrate(float[] frame, int offset) {
        double s = 0;
        for (int p : pixels) {
            s += frame[offset + p];
        }
        return s;
    }

    /** Flat indices (row·width + col) of the collected pixels; shared, do not modify. */
    int[] pixelIndices() {
        return pixels;
    }

    public int pixelCount() {
        return pixels.length;
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    @Override
    public String toString() {
        return description + ", " + pixels.length + " px";
    }
}
