package org.polar4d.core.augment;

import java.util.random.RandomGenerator;

/**
 * Additive Gaussian noise: σ ~ U(σmin, σmax) per call (a fraction of the maximum value 1), then
 * x ← clip(x + n, 0, 1) with n ~ N(0, σ²) independent per pixel. The paper's setting (0.2, 0.44)
 * is albumentations 2.x's GaussNoise default; the authors' albumentations version is unpinned, so
 * their effective noise level is not known (PAPER §5).
 */
public final class GaussianNoise implements Augmentation {

    private final double sigmaMin;
    private final double sigmaMax;

    public GaussianNoise(double sigmaMin, double sigmaMax) {
        Ranges.check("noise sigma", sigmaMin, sigmaMax, 0, 10);
        this.sigmaMin = sigmaMin;
        this.sigmaMax = sigmaMax;
    }

    @Override
    public int apply(float[] pattern, int offset, int height, int width, int label, RandomGenerator random) {
        double sigma = Ranges.uniform(random, sigmaMin, sigmaMax);
        int n = height * width;
        for (int i = offset; i < offset + n; i++) {
            pattern[i] = (float) (pattern[i] + sigma * random.nextGaussian());
        }
        Ranges.clip01(pattern, offset, n);
        return label;
    }
}
