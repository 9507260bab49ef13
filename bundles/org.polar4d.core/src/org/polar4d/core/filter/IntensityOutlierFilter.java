package org.polar4d.core.filter;

import java.util.Arrays;

/**
 * Removes frames whose total intensity is an outlier of the scan (beam blanked, detector
 * glitches, saturated frames): robust z = (s − median)/(1.4826·MAD) of the frame sums s, keep iff
 * |z| ≤ the limit and s is finite. If the MAD is 0 the mean absolute deviation (× 1.2533) is the
 * scale; if that is 0 too, every finite frame is kept.
 */
public final class IntensityOutlierFilter {

    private IntensityOutlierFilter() {
    }

    public static boolean[] keep(double[] frameSums, double maxRobustZ) {
        double[] finite = Arrays.stream(frameSums).filter(Double::isFinite).sorted().toArray();
        boolean[] keep = new boolean[frameSums.length];
        if (finite.length == 0) {
            return keep;
        }
        double median = median(finite);
        double[] dev = Arrays.stream(finite).map(v -> Math.abs(v - median)).sorted().toArray();
        double scale = 1.4826 * median(dev);
        if (scale == 0) {
            scale = 1.2533 * Arrays.stream(dev).average().orElse(0);
        }
        for (int i = 0; i < keep.length; i++) {
            double s = frameSums[i];
            keep[i] = Double.isFinite(s) && (scale == 0 || Math.abs(s - median) / scale <= maxRobustZ);
        }
        return keep;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
