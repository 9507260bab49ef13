package org.polar4d.core.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.polar4d.core.io.frames.AtomicOutput;
import org.polar4d.core.progress.CanceledException;

/**
 * Grayscale rendering of a 2-D float map (virtual image, diffraction pattern): a linear map of a
 * display range onto 0..255 (values outside are clipped, NaN is black), optional integer
 * up-scaling for small maps, and atomic PNG writing.
 */
public final class GrayImages {

    private GrayImages() {
    }

    /** The values shown black (lo) and white (hi). */
    public record Range(float lo, float hi) {

        /** Smallest to largest finite value ({0, 1} if there is none). */
        public static Range minMax(float[] values) {
            float lo = Float.POSITIVE_INFINITY;
            float hi = Float.NEGATIVE_INFINITY;
            for (float v : values) {
                if (Float.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            return lo > hi ? new Range(0, 1) : new Range(lo, hi);
        }

        /** Between two percentiles (0..100) of the finite values, robust to a few hot pixels. */
        public static Range percentiles(float[] values, double low, double high) {
            float[] finite = new float[values.length];
            int n = 0;
            for (float v : values) {
                if (Float.isFinite(v)) {
                    finite[n++] = v;
                }
            }
            if (n == 0) {
                return new Range(0, 1);
            }
            Arrays.sort(finite, 0, n);
            return new Range(finite[(int) Math.round(low / 100 * (n - 1))], finite[(int) Math.round(high / 100 * (n - 1))]);
        }
    }

    /** An 8-bit gray image of {@code rows × cols} values (row-major), each pixel drawn scale × scale. */
    public static BufferedImage toImage(float[] values, int rows, int cols, Range range, int scale) {
        if (values.length != rows * cols) {
            throw new IllegalArgumentException(values.length + " values for a " + rows + "x" + cols + " image");
        }
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be >= 1, got " + scale);
        }
        BufferedImage image = new BufferedImage(cols * scale, rows * scale, BufferedImage.TYPE_BYTE_GRAY);
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        float span = range.hi() - range.lo();
        int width = cols * scale;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                byte g = (byte) gray(values[r * cols + c], range.lo(), span);
                for (int dy = 0; dy < scale; dy++) {
                    int row = (r * scale + dy) * width + c * scale;
                    Arrays.fill(pixels, row, row + scale, g);
                }
            }
        }
        return image;
    }

    private static int gray(float v, float lo, float span) {
        if (Float.isNaN(v)) {
            return 0;
        }
        if (!(span > 0)) {
            return v > lo ? 255 : (v < lo ? 0 : 128);
        }
        double t = (v - lo) / span;
        return (int) Math.round(255 * Math.max(0, Math.min(1, t)));
    }

    /** Smallest integer scale that makes the longer side at least {@code minSide} pixels (at most 16). */
    public static int scaleFor(int rows, int cols, int minSide) {
        int longer = Math.max(rows, cols);
        return Math.max(1, Math.min(16, (minSide + longer - 1) / longer));
    }

    /** Writes an image as PNG, atomically (temporary file, then move). */
    public static void writePng(BufferedImage image, Path file) throws IOException {
        try {
            AtomicOutput.write(file, channel -> {
                if (!ImageIO.write(image, "png", Channels.newOutputStream(channel))) {
                    throw new IOException("no PNG writer available for " + file);
                }
            });
        } catch (CanceledException e) {
            throw new IllegalStateException("nothing can cancel a PNG write", e);
        }
    }

    /** Renders a map with the given range and writes it as PNG. */
    public static void writePng(float[] values, int rows, int cols, Range range, int scale, Path file)
            throws IOException {
        writePng(toImage(values, rows, cols, range, scale), file);
    }
}
