package org.polar4d.core.augment;

import java.util.random.RandomGenerator;

/**
 * Moves the pattern by (dy, dx) ~ U(−m, m)² pixels with bilinear interpolation and replicated
 * edges (not in the paper): mimics residual descan and the integer-pixel crop placement.
 */
public final class SubPixelShift implements Augmentation {

    private final double maxShift;

    public SubPixelShift(double maxShift) {
        Ranges.check("shift", 0, maxShift, 0, 1e6);
        this.maxShift = maxShift;
    }

    @Override
    public int apply(float[] pattern, int offset, int height, int width, int label, RandomGenerator random) {
        double dy = Ranges.uniform(random, -maxShift, maxShift);
        double dx = Ranges.uniform(random, -maxShift, maxShift);
        shift(pattern, offset, height, width, dy, dx);
        return label;
    }

    /** Content moves by +dy rows (down) and +dx columns (right). */
    static void shift(float[] pattern, int offset, int height, int width, double dy, double dx) {
        float[] src = java.util.Arrays.copyOfRange(pattern, offset, offset + height * width);
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                pattern[offset + r * width + c] = Bilinear.sample(src, 0, height, width, r - dy, c - dx);
            }
        }
    }
}
