package org.polar4d.core.filter;

/**
 * The paper's CoM-magnitude filter (PAPER §6), per dataset, on uncropped frames: after a global
 * min-max normalisation of the whole stack, the intensity-weighted centre of mass μ of every frame
 * is compared with the dataset's global centre of mass c̄ (percentile-mask rule); the magnitudes
 * m = |μ − c̄| are min-max normalised over the scan (all zero if their range is below 1e-8) and a
 * frame is kept iff its normalised magnitude exceeds the mean. Frames whose normalised intensity
 * sums to zero have magnitude 0.
 */
public final class ComShiftFilter {

    private static final double RANGE_EPSILON = 1e-8;

    private ComShiftFilter() {
    }

    /**
     * Shift magnitudes |μ − c̄| per frame. Subtracting the stack minimum m from every pixel is done
     * on the moments (ΣI − m·N etc.); the scale 1/(max − m + 1e-8) cancels in μ.
     */
    public static double[] magnitudes(FrameMoments.Result moments, double comRow, double comCol) {
        int h = moments.height();
        int w = moments.width();
        double m = moments.min();
        double pixels = (double) h * w;
        double rowIndexSum = w * (h * (h - 1.0) / 2);
        double colIndexSum = h * (w * (w - 1.0) / 2);
        double[] mag = new double[moments.frames()];
        for (int i = 0; i < mag.length; i++) {
            double s0 = moments.total()[i] - m * pixels;
            if (!(s0 > 0)) {
                continue;
            }
            double dr = (moments.rowMoment()[i] - m * rowIndexSum) / s0 - comRow;
            double dc = (moments.colMoment()[i] - m * colIndexSum) / s0 - comCol;
            mag[i] = Math.hypot(dr, dc);
        }
        return mag;
    }

    /** Which frames the filter keeps, from their shift magnitudes. */
    public static boolean[] keep(double[] magnitudes) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : magnitudes) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double range = max - min;
        double[] normalised = new double[magnitudes.length];
        double sum = 0;
        if (range >= RANGE_EPSILON) {
            for (int i = 0; i < normalised.length; i++) {
                normalised[i] = (magnitudes[i] - min) / range;
                sum += normalised[i];
            }
        }
        double mean = sum / Math.max(1, normalised.length);
        boolean[] keep = new boolean[magnitudes.length];
        for (int i = 0; i < keep.length; i++) {
            keep[i] = normalised[i] > mean;
        }
        return keep;
    }
}
