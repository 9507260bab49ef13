package org.polar4d.core.preprocess;

import java.util.Arrays;

/**
 * Exact k-th smallest float of an array by radix selection on the IEEE bit pattern: three
 * histogram levels of 11, 11 and 10 bits, each narrowing the candidates to one bucket. Linear
 * time with no comparisons between elements, independent of the value distribution. Large inputs
 * count into four interleaved histograms so that runs of equal values (detector counts) do not
 * serialise on one counter. Not thread-safe: one instance per thread.
 */
public final class RadixSelect {

    private static final int[] SHIFTS = {21, 10, 0};
    private static final int[] MASKS = {0x7ff, 0x7ff, 0x3ff};
    private static final int BINS = 2048;
    /** Inputs at least this long use four interleaved histograms; shorter ones one (less to clear). */
    private static final int INTERLEAVE_FROM = 16384;

    private final int[] histogram = new int[4 * BINS];
    private int[] keys = new int[0];

    /**
     * The {@code k}-th smallest (0-based) of {@code values[offset .. offset + n)}. NaNs sort above
     * +∞ (positive NaN) or below −∞ (negative NaN); −0 sorts below +0.
     */
    public float select(float[] values, int offset, int n, int k) {
        if (k < 0 || k >= n) {
            throw new IllegalArgumentException("rank " + k + " outside 0.." + (n - 1));
        }
        if (keys.length < n) {
            keys = new int[n];
        }
        int[] h = histogram;
        int ways = n >= INTERLEAVE_FROM ? 4 : 1;
        Arrays.fill(h, 0, ways * BINS, 0);
        int i = 0;
        for (; ways == 4 && i + 3 < n; i += 4) {
            int u0 = unsignedKey(values[offset + i]);
            int u1 = unsignedKey(values[offset + i + 1]);
            int u2 = unsignedKey(values[offset + i + 2]);
            int u3 = unsignedKey(values[offset + i + 3]);
            keys[i] = u0;
            keys[i + 1] = u1;
            keys[i + 2] = u2;
            keys[i + 3] = u3;
            h[u0 >>> 21]++;
            h[BINS + (u1 >>> 21)]++;
            h[2 * BINS + (u2 >>> 21)]++;
            h[3 * BINS + (u3 >>> 21)]++;
        }
        for (; i < n; i++) {
            int u = unsignedKey(values[offset + i]);
            keys[i] = u;
            h[u >>> 21]++;
        }
        int m = n;
        int rank = k;
        int prefix = 0;
        for (int level = 0; level < SHIFTS.length; level++) {
            int shift = SHIFTS[level];
            int mask = MASKS[level];
            if (level > 0) {
                ways = m >= INTERLEAVE_FROM ? 4 : 1;
                count(m, shift, mask, ways);
            }
            int bucket = 0;
            int inBucket;
            while (rank >= (inBucket = ways == 1 ? h[bucket]
                    : h[bucket] + h[BINS + bucket] + h[2 * BINS + bucket] + h[3 * BINS + bucket])) {
                rank -= inBucket;
                bucket++;
            }
            prefix |= bucket << shift;
            if (level < SHIFTS.length - 1) {
                m = compact(m, shift, mask, bucket);
            }
        }
        return fromUnsignedKey(prefix);
    }

    /** Histogram of one digit of the first m keys, into one or four interleaved histograms. */
    private void count(int m, int shift, int mask, int ways) {
        int[] h = histogram;
        Arrays.fill(h, 0, ways * BINS, 0);
        int i = 0;
        for (; ways == 4 && i + 3 < m; i += 4) {
            h[(keys[i] >>> shift) & mask]++;
            h[BINS + ((keys[i + 1] >>> shift) & mask)]++;
            h[2 * BINS + ((keys[i + 2] >>> shift) & mask)]++;
            h[3 * BINS + ((keys[i + 3] >>> shift) & mask)]++;
        }
        for (; i < m; i++) {
            h[(keys[i] >>> shift) & mask]++;
        }
    }

    /** Keeps the candidate keys of one bucket at the front of {@code keys}; returns their count. */
    private int compact(int m, int shift, int mask, int bucket) {
        int kept = 0;
        for (int i = 0; i < m; i++) {
            int key = keys[i];
            keys[kept] = key;
            kept += ((key >>> shift) & mask) == bucket ? 1 : 0;
        }
        return kept;
    }

    /** An int whose unsigned order is the float order. */
    static int unsignedKey(float f) {
        int bits = Float.floatToRawIntBits(f);
        return bits ^ ((bits >> 31) | 0x80000000);
    }

    static float fromUnsignedKey(int key) {
        int bits = key < 0 ? key ^ 0x80000000 : ~key;
        return Float.intBitsToFloat(bits);
    }
}
