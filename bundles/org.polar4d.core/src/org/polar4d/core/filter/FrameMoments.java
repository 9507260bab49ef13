package org.polar4d.core.filter;

import org.polar4d.core.pass.FrameReducer;

/**
 * Per-frame intensity moments — total ΣI, ΣrI and ΣcI (row and column weighted) — and the global
 * minimum and maximum over all frames, in one pass. Enough for the paper's CoM-shift filter on the
 * globally min-max normalised stack and for the intensity outlier filter.
 */
public final class FrameMoments implements FrameReducer<double[]> {

    private final int height;
    private final int width;
    private final double[] total;
    private final double[] rowMoment;
    private final double[] colMoment;

    public FrameMoments(int frames, int height, int width) {
        this.height = height;
        this.width = width;
        this.total = new double[frames];
        this.rowMoment = new double[frames];
        this.colMoment = new double[frames];
    }

    /** The moments and global range after the pass. */
    public record Result(int height, int width, double[] total, double[] rowMoment, double[] colMoment, double min,
            double max) {

        public int frames() {
            return total.length;
        }
    }

    @Override
    public double[] newPartial() {
        return new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    }

    @Override
    public void accept(double[] range, long index, float[] frames, int offset) {
        double sum = 0;
        double sumRow = 0;
        double sumCol = 0;
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (int r = 0, p = offset; r < height; r++) {
            double rowSum = 0;
            double colSum = 0;
            for (int c = 0; c < width; c++, p++) {
                float x = frames[p];
                rowSum += x;
                colSum += (double) c * x;
                if (x < min) {
                    min = x;
                }
                if (x > max) {
                    max = x;
                }
            }
            sum += rowSum;
            sumRow += r * rowSum;
            sumCol += colSum;
        }
        int i = (int) index;
        total[i] = sum;
        rowMoment[i] = sumRow;
        colMoment[i] = sumCol;
        range[0] = Math.min(range[0], min);
        range[1] = Math.max(range[1], max);
    }

    @Override
    public double[] merge(double[] left, double[] right) {
        return new double[] {Math.min(left[0], right[0]), Math.max(left[1], right[1])};
    }

    /** Packs the per-frame arrays with the merged range. */
    public Result result(double[] range) {
        return new Result(height, width, total, rowMoment, colMoment, range[0], range[1]);
    }
}
