package org.polar4d.core.preprocess;

/**
 * The paper's per-frame centre rule (§4 step 1): threshold at the frame's q-th percentile (linear
 * interpolation between order statistics, as numpy's default), take the unweighted centroid
 * (row, col) of the pixels strictly above it; an empty mask (also: a frame containing NaN) gives
 * (⌊h/2⌋, ⌊w/2⌋). Not thread-safe: one instance per thread.
 */
public final class MaskCentroid {

    private final RadixSelect select = new RadixSelect();
    private final double percentile;

    /** @param percentile threshold percentile q in [0, 100], 95 in the paper */
    public MaskCentroid(double percentile) {
        if (!(percentile >= 0 && percentile <= 100)) {
            throw new IllegalArgumentException("percentile must be in [0, 100], got " + percentile);
        }
        this.percentile = percentile;
    }

    /**
     * Computes the centre of the frame at {@code frame[offset ..]} into {@code out[0]} (row) and
     * {@code out[1]} (col).
     */
    public void centre(float[] frame, int offset, int height, int width, double[] out) {
        int n = height * width;
        double index = percentile / 100.0 * (n - 1);
        int k = (int) Math.floor(index);
        double frac = index - k;
        float vk = select.select(frame, offset, n, k);
        // one pass: mask {x > vk}, its centroid sums, and the next larger value
        long count = 0;
        long sumRow = 0;
        long sumCol = 0;
        float minAbove = Float.POSITIVE_INFINITY;
        boolean nan = false;
        for (int r = 0, p = offset; r < height; r++) {
            long rowCount = 0;
            for (int c = 0; c < width; c++, p++) {
                float x = frame[p];
                if (x > vk) {
                    rowCount++;
                    sumCol += c;
                    if (x < minAbove) {
                        minAbove = x;
                    }
                } else if (x != x) {
                    nan = true;
                }
            }
            count += rowCount;
            sumRow += rowCount * r;
        }
        if (nan || Float.isNaN(vk)) {
            fallback(height, width, out);
            return;
        }
        float vk1 = (k + 1 >= n || n - count >= k + 2) ? vk : minAbove;
        double t = lerp(vk, vk1, frac);
        if (vk1 > vk && t >= vk1) {
            // rounding put the threshold on the next value: those pixels are not above it
            for (int r = 0, p = offset; r < height; r++) {
                for (int c = 0; c < width; c++, p++) {
                    if (frame[p] == vk1) {
                        count--;
                        sumRow -= r;
                        sumCol -= c;
                    }
                }
            }
        }
        if (count == 0) {
            fallback(height, width, out);
            return;
        }
        out[0] = (double) sumRow / count;
        out[1] = (double) sumCol / count;
    }

    /** numpy's linear interpolation between neighbouring order statistics. */
    static double lerp(double a, double b, double t) {
        double diff = b - a;
        return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
    }

    private static void fallback(int height, int width, double[] out) {
        out[0] = height / 2;
        out[1] = width / 2;
    }
}
