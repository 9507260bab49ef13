package org.polar4d.core.preprocess;

import java.util.Map;
import java.util.Random;

import org.polar4d.core.data.Calibration;
import org.polar4d.core.data.FrameShape;
import org.polar4d.core.data.InMemoryDataset;
import org.polar4d.core.data.Provenance;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.label.PolarizationClass;

/** Small synthetic scans for the preprocessing tests. */
public final class TestData {

    private TestData() {
    }

    public static InMemoryDataset dataset(int rows, int cols, int h, int w, float[] data, PolarizationClass label) {
        return new InMemoryDataset(new ScanShape(rows, cols), new FrameShape(h, w), data, Calibration.NONE,
                Provenance.generated("test", Map.of()), label);
    }

    /**
     * A scan of Gaussian disks (σ = 3 px) on a weak noisy background; the disk of position i sits at
     * (centreRow + dy_i, centreCol + dx_i) with shifts drawn from U(−maxShift, maxShift).
     */
    public static InMemoryDataset disks(int rows, int cols, int h, int w, double centreRow, double centreCol,
            double maxShift, long seed, PolarizationClass label) {
        Random rnd = new Random(seed);
        float[] data = new float[rows * cols * h * w];
        for (int f = 0; f < rows * cols; f++) {
            double cy = centreRow + maxShift * (2 * rnd.nextDouble() - 1);
            double cx = centreCol + maxShift * (2 * rnd.nextDouble() - 1);
            for (int r = 0; r < h; r++) {
                for (int c = 0; c < w; c++) {
                    double d2 = (r - cy) * (r - cy) + (c - cx) * (c - cx);
                    data[f * h * w + r * w + c] = (float) (100 * Math.exp(-d2 / 18) + rnd.nextDouble());
                }
            }
        }
        return dataset(rows, cols, h, w, data, label);
    }

    /** numpy.percentile(values, q) with linear interpolation, by sorting. */
    public static double percentile(float[] values, int offset, int n, double q) {
        float[] s = java.util.Arrays.copyOfRange(values, offset, offset + n);
        java.util.Arrays.sort(s);
        double idx = q / 100 * (n - 1);
        int k = (int) Math.floor(idx);
        double frac = idx - k;
        if (k + 1 >= n) {
            return s[k];
        }
        double a = s[k];
        double b = s[k + 1];
        return frac >= 0.5 ? b - (b - a) * (1 - frac) : a + (b - a) * frac;
    }

    /** The paper's per-frame centre computed the obvious way: sort, threshold, average the indices. */
    public static double[] centreBySorting(float[] frame, int offset, int h, int w, double q) {
        double t = percentile(frame, offset, h * w, q);
        double sr = 0;
        double sc = 0;
        int n = 0;
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                if (frame[offset + r * w + c] > t) {
                    sr += r;
                    sc += c;
                    n++;
                }
            }
        }
        return n == 0 ? new double[] {h / 2, w / 2} : new double[] {sr / n, sc / n};
    }
}
