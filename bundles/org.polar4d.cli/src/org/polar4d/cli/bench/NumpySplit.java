package org.polar4d.cli.bench;

/**
 * scikit-learn's {@code train_test_split(…, test_size=f, random_state=seed)} index split, reproduced
 * exactly (numpy's legacy {@code RandomState}: MT19937 seeded with init_genrand, Fisher–Yates
 * shuffle with masked rejection sampling), so that benchmarks compare accuracies on the very same
 * test patterns as the scikit-learn peer.
 */
final class NumpySplit {

    private final int[] mt = new int[624];
    private int index = 624;

    private NumpySplit(long seed) {
        mt[0] = (int) seed;
        for (int i = 1; i < 624; i++) {
            mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
        }
    }

    /** Train and test indices as scikit-learn returns them (test first in the permutation). */
    record Split(int[] train, int[] test) {
    }

    static Split trainTestSplit(int n, double testFraction, long seed) {
        int nTest = (int) Math.ceil(testFraction * n);
        int[] perm = new NumpySplit(seed).permutation(n);
        return new Split(java.util.Arrays.copyOfRange(perm, nTest, n), java.util.Arrays.copyOfRange(perm, 0, nTest));
    }

    int[] permutation(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = (int) interval(i);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    /** A uniform value in [0, max] by masked rejection sampling on 32-bit draws. */
    private long interval(long max) {
        long mask = max;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        long value;
        do {
            value = nextUint32() & mask;
        } while (value > max);
        return value;
    }

    private long nextUint32() {
        if (index >= 624) {
            twist();
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y & 0xffffffffL;
    }

    private void twist() {
        for (int i = 0; i < 624; i++) {
            int y = (mt[i] & 0x80000000) | (mt[(i + 1) % 624] & 0x7fffffff);
            int next = mt[(i + 397) % 624] ^ (y >>> 1);
            mt[i] = (y & 1) != 0 ? next ^ 0x9908b0df : next;
        }
        index = 0;
    }
}
