package org.polar4d.core.augment;

import java.util.random.RandomGenerator;

/**
 * Random brightness and contrast on [0, 1] patterns: α = 1 + U(−c, c), β = U(−b, b) (drawn in this
 * order), x ← clip(α·x + β, 0, 1); β is relative to the maximum value 1.
 */
public final class BrightnessContrast implements Augmentation {

    private final double contrastLimit;
    private final double brightnessLimit;

    public BrightnessContrast(double contrastLimit, double brightnessLimit) {
        if (!(contrastLimit >= 0 && contrastLimit < 1) || !(brightnessLimit >= 0 && brightnessLimit <= 1)) {
            throw new IllegalArgumentException("contrast limit must be in [0, 1) and brightness limit in [0, 1], got "
                    + contrastLimit + " and " + brightnessLimit);
        }
        this.contrastLimit = contrastLimit;
        this.brightnessLimit = brightnessLimit;
    }

    @Override
    public int apply(float[] pattern, int offset, int height, int width, int label, RandomGenerator random) {
        float alpha = (float) (1 + Ranges.uniform(random, -contrastLimit, contrastLimit));
        float beta = (float) Ranges.uniform(random, -brightnessLimit, brightnessLimit);
        int n = height * width;
        for (int i = offset; i < offset + n; i++) {
            pattern[i] = alpha * pattern[i] + beta;
        }
        Ranges.clip01(pattern, offset, n);
        return label;
    }
}
