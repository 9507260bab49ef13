package org.polar4d.core.augment;

import java.util.random.RandomGenerator;

/**
 * Isotropic Gaussian blur with σ ~ U(σmin, σmax) drawn per call, as OpenCV's GaussianBlur does it
 * for float images: kernel size round(8σ + 1) forced odd, kernel exp(−x²/2σ²) normalised to sum 1,
 * separable (rows, then columns), border reflect-101 (…, 2, 1 | 0, 1, 2, … | n−2, n−3, …).
 */
public final class GaussianBlur implements Augmentation {

    private final double sigmaMin;
    private final double sigmaMax;

    public GaussianBlur(double sigmaMin, double sigmaMax) {
        Ranges.check("blur sigma", sigmaMin, sigmaMax, 0, Double.MAX_VALUE);
        if (sigmaMin <= 0) {
            throw new IllegalArgumentException("blur sigma must be > 0, got " + sigmaMin);
        }
        this.sigmaMin = sigmaMin;
        this.sigmaMax = sigmaMax;
    }

    @Override
    public int apply(float[] pattern, int offset, int height, int width, int label, RandomGenerator random) {
        blur(pattern, offset, height, width, Ranges.uniform(random, sigmaMin, sigmaMax));
        return label;
    }

    /** Kernel size OpenCV uses for a float image: round(8σ + 1), made odd. */
    public static int kernelSize(double sigma) {
        return ((int) Math.rint(sigma * 8 + 1)) | 1;
    }

    /** The normalised 1-D kernel of {@link #kernelSize}(σ) taps. */
    public static float[] kernel(double sigma) {
        int n = kernelSize(sigma);
        double[] k = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double x = i - (n - 1) * 0.5;
            k[i] = Math.exp(-0.5 / (sigma * sigma) * x * x);
            sum += k[i];
        }
        float[] f = new float[n];
        for (int i = 0; i < n; i++) {
            f[i] = (float) (k[i] / sum);
        }
        return f;
    }

    /** Blurs in place with a fixed σ. */
    public static void blur(float[] img, int offset, int height, int width, double sigma) {
        float[] k = kernel(sigma);
        int radius = k.length / 2;
        float[] tmp = new float[height * width];
        int[] colIndex = reflectTable(width, radius);
        for (int r = 0; r < height; r++) {
            int row = offset + r * width;
            for (int c = 0; c < width; c++) {
                double s = 0;
                for (int t = 0; t < k.length; t++) {
                    s += k[t] * img[row + colIndex[c + t]];
                }
                tmp[r * width + c] = (float) s;
            }
        }
        int[] rowIndex = reflectTable(height, radius);
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                double s = 0;
                for (int t = 0; t < k.length; t++) {
                    s += k[t] * tmp[rowIndex[r + t] * width + c];
                }
                img[offset + r * width + c] = (float) s;
            }
        }
    }

    /** Source index of position i − radius for i in [0, n + 2·radius), reflect-101. */
    static int[] reflectTable(int n, int radius) {
        int[] t = new int[n + 2 * radius];
        for (int i = 0; i < t.length; i++) {
            t[i] = reflect101(i - radius, n);
        }
        return t;
    }

    static int reflect101(int i, int n) {
        if (n == 1) {
            return 0;
        }
        int j = i;
        while (j < 0 || j >= n) {
            j = j < 0 ? -j : 2 * n - 2 - j;
        }
        return j;
    }
}
