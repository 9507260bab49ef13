package org.polar4d.core.preprocess;

/**
 * The paper's per-frame centre rule (§4 step 1): threshold at the frame's q-th percentile (linear
 * interpolation between order statistics, as numpy's default), take the unweighted centroid
 * (row, col) of the pixels strictly above it; an empty mask (also: a frame containing NaN) gives
 * (⌊h/2⌋, ⌊w/2⌋). Not thread-safe: one instance per thread.
 *
 * <p>Fast path: one pass over the frame collects the pixels at or above a pre-threshold (typically
 * 5–10 %) with their positions, and the order statistics and the centroid are found among those
 * candidates alone. The pre-threshold is the previous frame's threshold value (frames of one scan are
 * alike; with counting data it is usually this frame's value too, and then no selection is needed),
 * or else a few percentiles below q in a strided sample of 2048 pixels. If it was too high (too few
 * candidates) the next choice runs, and finally the exact general path; the result is the same
 * either way.
 */
public final class MaskCentroid {

    private static final int SAMPLE = 2048;
    private static final double SAMPLE_MARGIN = 0.025;
    private static final int GUESS_PAUSE = 8;

    private final RadixSelect select = new RadixSelect();
    private final double percentile;
    private final float[] sample = new float[SAMPLE];
    private float[] values = new float[0];
    private int[] positions = new int[0];
    /** Threshold value (rank k) of the previous frame, the first pre-threshold tried; NaN: none yet. */
    private float lastThreshold = Float.NaN;
    /** Frames left before the previous threshold is tried again after it was too high. */
    private int skipGuesses;

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
        if (n >= 4 * SAMPLE && percentile / 100.0 > SAMPLE_MARGIN) {
            if (skipGuesses > 0) {
                skipGuesses--;
            } else if (!Float.isNaN(lastThreshold)) {
                if (fromCandidates(frame, offset, n, width, k, frac, out, lastThreshold, false)) {
                    return;
                }
                skipGuesses = GUESS_PAUSE;
            }
            if (fromSample(frame, offset, n, width, k, frac, out)) {
                return;
            }
        }
        fromWholeFrame(frame, offset, height, width, k, frac, out);
    }

    /** The fast path with a sampled pre-threshold; false if it left fewer candidates than rank k needs. */
    private boolean fromSample(float[] frame, int offset, int n, int width, int k, double frac, double[] out) {
        int stride = (n / SAMPLE - 1) | 1; // odd, so the sample walks through every column
        for (int i = 0; i < SAMPLE; i++) {
            sample[i] = frame[offset + i * stride];
        }
        // pre-threshold: a few percentiles below q in the sample. Candidates are the pixels strictly above
        // it when the sample says that still leaves rank k among them (with a one-sigma margin; ties at
        // the pre-threshold are common in counting data), otherwise the pixels at or above it.
        double q = percentile / 100.0;
        float pre = select.select(sample, 0, SAMPLE, (int) (SAMPLE * (q - SAMPLE_MARGIN)));
        int sampleAtOrBelow = 0;
        for (float x : sample) {
            sampleAtOrBelow += x <= pre ? 1 : 0;
        }
        boolean strict = sampleAtOrBelow <= SAMPLE * q - Math.sqrt(SAMPLE * q * (1 - q));
        return fromCandidates(frame, offset, n, width, k, frac, out, pre, strict);
    }

    /**
     * Order statistics and centroid among the pixels above {@code pre} ({@code strict}) or at or above
     * it; false if those are fewer than rank k needs.
     */
    private boolean fromCandidates(float[] frame, int offset, int n, int width, int k, double frac, double[] out,
            float pre, boolean strict) {
        if (values.length < n) {
            values = new float[n];
            positions = new int[n];
        }
        float[] v = values;
        int[] pos = positions;
        // a NaN fails both comparisons and so always becomes a candidate
        int m = 0;
        if (strict) {
            for (int p = 0; p < n; p++) {
                if (!(frame[offset + p] <= pre)) {
                    pos[m++] = p;
                }
            }
        } else {
            for (int p = 0; p < n; p++) {
                if (!(frame[offset + p] < pre)) {
                    pos[m++] = p;
                }
            }
        }
        for (int i = 0; i < m; i++) {
            v[i] = frame[offset + pos[i]];
        }
        int abovePre = 0;
        for (int i = 0; i < m; i++) {
            if (v[i] != v[i]) {
                fallback(n / width, width, out);
                return true;
            }
            abovePre += v[i] > pre ? 1 : 0;
        }
        int below = n - m;
        if (below > k) {
            return false;
        }
        // with candidates at or above pre, rank k is pre itself unless more than n - k - 1 lie above it
        float vk = !strict && k < n - abovePre ? pre : select.select(v, 0, m, k - below);
        lastThreshold = vk;
        long count = 0;
        long sumRow = 0;
        long sumCol = 0;
        float minAbove = Float.POSITIVE_INFINITY;
        int row = 0;
        int rowStart = 0;
        for (int i = 0; i < m; i++) { // candidates are in pixel order: track the row instead of dividing
            float x = v[i];
            if (x > vk) {
                int p = pos[i];
                while (p >= rowStart + width) {
                    row++;
                    rowStart += width;
                }
                count++;
                sumRow += row;
                sumCol += p - rowStart;
                if (x < minAbove) {
                    minAbove = x;
                }
            }
        }
        float vk1 = (k + 1 >= n || n - count >= k + 2) ? vk : minAbove;
        if (vk1 > vk && lerp(vk, vk1, frac) >= vk1) {
            for (int i = 0; i < m; i++) { // rounding put the threshold on the next value
                if (v[i] == vk1) {
                    count--;
                    sumRow -= pos[i] / width;
                    sumCol -= pos[i] % width;
                }
            }
        }
        finish(count, sumRow, sumCol, n / width, width, out);
        return true;
    }

    private void fromWholeFrame(float[] frame, int offset, int height, int width, int k, double frac, double[] out) {
        int n = height * width;
        float vk = select.select(frame, offset, n, k);
        lastThreshold = vk;
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
        if (vk1 > vk && lerp(vk, vk1, frac) >= vk1) {
            for (int r = 0, p = offset; r < height; r++) { // rounding put the threshold on the next value
                for (int c = 0; c < width; c++, p++) {
                    if (frame[p] == vk1) {
                        count--;
                        sumRow -= r;
                        sumCol -= c;
                    }
                }
            }
        }
        finish(count, sumRow, sumCol, height, width, out);
    }

    private static void finish(long count, long sumRow, long sumCol, int height, int width, double[] out) {
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
