package org.polar4d.core.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

class MaskCentroidTest {

    private static double[] centre(float[] frame, int h, int w, double q) {
        double[] out = new double[2];
        new MaskCentroid(q).centre(frame, 0, h, w, out);
        return out;
    }

    @Test
    void handComputedRamp() {
        // 0..15 on 4x4: P95 index 14.25 -> threshold 14.25, mask = {15} at (3, 3)
        float[] f = new float[16];
        for (int i = 0; i < 16; i++) {
            f[i] = i;
        }
        assertArrayEquals(new double[] {3, 3}, centre(f, 4, 4, 95), 0);
        // P50 index 7.5 -> threshold 7.5, mask = 8..15 = rows 2 and 3 -> centroid (2.5, 1.5)
        assertArrayEquals(new double[] {2.5, 1.5}, centre(f, 4, 4, 50), 0);
    }

    @Test
    void tiesAtTheTopGiveAnEmptyMaskAndTheFrameCentre() {
        // two equal maxima: threshold equals them, nothing is strictly above -> (floor(h/2), floor(w/2))
        float[] f = {9, 1, 2, 3, 4, 5, 6, 7, 9};
        assertArrayEquals(new double[] {1, 1}, centre(f, 3, 3, 95), 0);
        float[] flat = new float[5 * 7];
        assertArrayEquals(new double[] {2, 3}, centre(flat, 5, 7, 95), 0);
    }

    @Test
    void framesWithNaNFallBackToTheCentre() {
        float[] f = new float[16];
        f[5] = 100;
        f[3] = Float.NaN;
        assertArrayEquals(new double[] {2, 2}, centre(f, 4, 4, 95), 0);
    }

    @Test
    void agreesWithSortingOnRandomAndIntegerFrames() {
        Random rnd = new Random(11);
        MaskCentroid mc = new MaskCentroid(95);
        double[] out = new double[2];
        for (int trial = 0; trial < 200; trial++) {
            int h = 5 + rnd.nextInt(40);
            int w = 5 + rnd.nextInt(40);
            float[] f = new float[h * w + 3];
            boolean counts = trial % 2 == 0;
            for (int i = 0; i < f.length; i++) {
                f[i] = counts ? rnd.nextInt(6) : (float) Math.exp(3 * rnd.nextGaussian());
            }
            mc.centre(f, 3, h, w, out);
            double[] expected = TestData.centreBySorting(f, 3, h, w, 95);
            assertArrayEquals(expected, out, 1e-12, "trial " + trial + " (" + h + "x" + w + ")");
        }
    }

    @Test
    void fastPathAgreesWithSortingOnDetectorSizedFrames() {
        Random rnd = new Random(12);
        MaskCentroid mc = new MaskCentroid(95);
        double[] out = new double[2];
        for (int trial = 0; trial < 40; trial++) {
            int h = 64 + rnd.nextInt(100);
            int w = 64 + rnd.nextInt(100);
            float[] f = new float[h * w];
            double cy = h * rnd.nextDouble();
            double cx = w * rnd.nextDouble();
            for (int r = 0; r < h; r++) {
                for (int c = 0; c < w; c++) {
                    double disk = 30 * Math.exp(-((r - cy) * (r - cy) + (c - cx) * (c - cx)) / 60);
                    f[r * w + c] = switch (trial % 4) {
                        case 0 -> (float) (disk + rnd.nextDouble()); // continuous
                        case 1 -> (float) Math.floor(disk + 2 * rnd.nextDouble()); // counts, many ties
                        case 2 -> rnd.nextInt(3); // three values only
                        default -> (float) -(disk + rnd.nextDouble()); // negative
                    };
                }
            }
            mc.centre(f, 0, h, w, out);
            assertArrayEquals(TestData.centreBySorting(f, 0, h, w, 95), out, 1e-12, "trial " + trial);
        }
    }

    /**
     * One instance over a scan-like sequence: the previous frame's threshold is tried first, and is
     * right (counts), close (continuous), too high (a dim frame after bright ones) or too low.
     */
    @Test
    void framesOfAScanAgreeWithSortingWhateverThePreviousThreshold() {
        Random rnd = new Random(14);
        MaskCentroid mc = new MaskCentroid(95);
        double[] out = new double[2];
        int h = 96; // at least 8192 pixels take the fast path
        int w = 100;
        for (int frame = 0; frame < 120; frame++) {
            double brightness = frame % 30 == 29 ? 0.2 : frame % 30 == 0 ? 5 : 1;
            boolean counts = frame < 60;
            double cy = 48 + 3 * Math.sin(frame / 5.0);
            double cx = 50 + 3 * Math.cos(frame / 7.0);
            float[] f = new float[h * w];
            for (int r = 0; r < h; r++) {
                for (int c = 0; c < w; c++) {
                    double disk = 20 * brightness * Math.exp(-((r - cy) * (r - cy) + (c - cx) * (c - cx)) / 40);
                    double noise = brightness * rnd.nextDouble() * 2;
                    f[r * w + c] = (float) (counts ? Math.floor(disk + noise) : disk + noise);
                }
            }
            mc.centre(f, 0, h, w, out);
            assertArrayEquals(TestData.centreBySorting(f, 0, h, w, 95), out, 1e-12, "frame " + frame);
        }
    }

    @Test
    void countsAgreeWithSortingAtEveryPercentile() {
        Random rnd = new Random(13);
        double[] out = new double[2];
        for (double q : new double[] {0, 50, 95, 99.9, 100}) {
            MaskCentroid mc = new MaskCentroid(q);
            for (int trial = 0; trial < 30; trial++) {
                int h = 7 + rnd.nextInt(60);
                int w = 7 + rnd.nextInt(60);
                float[] f = new float[h * w + 1];
                int range = switch (trial % 3) {
                    case 0 -> 3; // mostly ties
                    case 1 -> 200;
                    default -> 40000; // wide range, few ties
                };
                for (int i = 0; i < f.length; i++) {
                    f[i] = rnd.nextInt(range);
                }
                mc.centre(f, 1, h, w, out);
                assertArrayEquals(TestData.centreBySorting(f, 1, h, w, q), out, 1e-12,
                        "q " + q + ", trial " + trial + " (" + h + "x" + w + ")");
            }
        }
    }

    @Test
    void unluckySampleFallsBackToTheExactPath() {
        // the strided sample sees only the few bright pixels, so its pre-threshold is far too high
        float[] f = new float[256 * 256];
        for (int i = 0; i < 1024; i++) {
            f[i * 63] = 1;
        }
        double[] out = new double[2];
        new MaskCentroid(95).centre(f, 0, 256, 256, out);
        assertArrayEquals(TestData.centreBySorting(f, 0, 256, 256, 95), out, 1e-12);
        f[70000 % f.length] = Float.NaN;
        new MaskCentroid(95).centre(f, 0, 256, 256, out);
        assertArrayEquals(new double[] {128, 128}, out, 0);
    }

    @Test
    void lerpFollowsNumpy() {
        assertEquals(1.25, MaskCentroid.lerp(1, 2, 0.25), 0);
        assertEquals(1.75, MaskCentroid.lerp(1, 2, 0.75), 0);
        assertEquals(3, MaskCentroid.lerp(3, 3, 0.5), 0);
    }
}
