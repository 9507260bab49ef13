package org.polar4d.core.preprocess;

/**
 * Exact k-th smallest float of an array by radix selection on the IEEE bit pattern: three
 * histogram levels of 11, 11 and 10 bits, each narrowing the candidates to one bucket. Linear
 * time with no comparisons between elements, about twice as fast as quickselect on diffraction
 * frames and independent of the value distribution. Not thread-safe: one instance per thread.
 */
public final class RadixSelect {

    private static final int[] SHIFTS = {21, 10, 0};
    private static final int[] MASKS = {0x7ff, 0x7ff, 0x3ff};

    private final int[] histogram = new int[2048];
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
        java.util.Arrays.fill(h, 0);
        for (int i = 0; i < n; i++) {
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
                java.util.Arrays.fill(h, 0, mask + 1, 0);
                for (int i = 0; i < m; i++) {
                    h[(keys[i] >>> shift) & mask]++;
                }
            }
            int bucket = 0;
            while (rank >= h[bucket]) {
                rank -= h[bucket];
                bucket++;
            }
            prefix |= bucket << shift;
            if (level < SHIFTS.length - 1) {
                m = compact(m, shift, mask, bucket);
            }
        }
        return fromUnsignedKey(prefix);
    }

    /** Keeps the candidate keys of one bucket at the front of {@code keys}; returns their count. */
    private int compact(int m, int shift, int mask, int bucket) {
        int kept = 0;
        for (int i = 0; i < m; i++) {
            int key = keys[i];
            if (((key >>> shift) & mask) == bucket) {
                keys[kept++] = key;
            }
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
