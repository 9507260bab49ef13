package org.polar4d.core.sim;

import org.jtransforms.fft.FloatFFT_1D;

/**
 * Square 2D complex FFT (interleaved re/im floats, row-major) by rows and columns of JTransforms
 * 1D transforms. Single-threaded on purpose: the simulator parallelises over probe positions and
 * beams, and JTransforms' own 2D threading would oversubscribe the cores. One instance per thread.
 *
 * <p>Conventions: {@link #forward} computes Σ ψ(r) e^{−2πi k·r} (unscaled), {@link #inverse} the
 * inverse scaled by 1/n², so a round trip is the identity.
 */
final class Fft2 {

    /** Columns transformed together, so that column gathers read whole cache lines. */
    private static final int COLUMN_BLOCK = 8;

    private final int n;
    private final FloatFFT_1D fft;
    private final float[] columns;

    Fft2(int n) {
        this.n = n;
        this.fft = new FloatFFT_1D(n);
        this.columns = new float[2 * n * COLUMN_BLOCK];
    }

    int size() {
        return n;
    }

    void forward(float[] a) {
        forward(a, null);
    }

    void inverse(float[] a) {
        inverse(a, null);
    }

    /**
     * Forward transform whose output is needed only on the rows flagged in {@code rows} (null = all):
     * columns first, then only those rows. The other output rows hold partial sums; the caller
     * must discard them (the band limit zeroes them).
     */
    void forward(float[] a, boolean[] rows) {
        columns(a, true);
        for (int r = 0; r < n; r++) {
            if (rows == null || rows[r]) {
                fft.complexForward(a, 2 * n * r);
            }
        }
    }

    /**
     * Inverse transform of an input that is zero outside the rows flagged in {@code rows} (null =
     * all): those rows first, then every column.
     */
    void inverse(float[] a, boolean[] rows) {
        for (int r = 0; r < n; r++) {
            if (rows == null || rows[r]) {
                fft.complexInverse(a, 2 * n * r, true);
            }
        }
        columns(a, false);
    }

    private void columns(float[] a, boolean forward) {
        for (int c0 = 0; c0 < n; c0 += COLUMN_BLOCK) {
            int width = Math.min(COLUMN_BLOCK, n - c0);
            for (int r = 0; r < n; r++) {
                int src = 2 * (r * n + c0);
                for (int j = 0; j < width; j++) {
                    columns[2 * (j * n + r)] = a[src + 2 * j];
                    columns[2 * (j * n + r) + 1] = a[src + 2 * j + 1];
                }
            }
            for (int j = 0; j < width; j++) {
                if (forward) {
                    fft.complexForward(columns, 2 * n * j);
                } else {
                    fft.complexInverse(columns, 2 * n * j, true);
                }
            }
            for (int r = 0; r < n; r++) {
                int dst = 2 * (r * n + c0);
                for (int j = 0; j < width; j++) {
                    a[dst + 2 * j] = columns[2 * (j * n + r)];
                    a[dst + 2 * j + 1] = columns[2 * (j * n + r) + 1];
                }
            }
        }
    }

    /** Number of complex 1D FFT flops of one 2D transform by the usual 5·N·log2(N) count, N = n². */
    static double flops(int n) {
        double points = (double) n * n;
        return 5 * points * (Math.log(points) / Math.log(2));
    }
}
