package org.polar4d.core.augment;

import java.util.random.RandomGenerator;

import org.polar4d.core.sim.PoissonCounts;

/**
 * Shot noise of a finite electron dose (not in the paper): a dose D is drawn log-uniformly from
 * [Dmin, Dmax] counts for a pixel of value 1, then x ← clip(Poisson(D·x)/D, 0, 1). Low doses make
 * patterns look like short-exposure experimental frames.
 */
public final class PoissonNoise implements Augmentation {

    private final double doseMin;
    private final double doseMax;

    public PoissonNoise(double doseMin, double doseMax) {
        Ranges.check("Poisson dose", doseMin, doseMax, 1e-3, 1e9);
        this.doseMin = doseMin;
        this.doseMax = doseMax;
    }

    @Override
    public int apply(float[] pattern, int offset, int height, int width, int label, RandomGenerator random) {
        double dose = Math.exp(Ranges.uniform(random, Math.log(doseMin), Math.log(doseMax)));
        int n = height * width;
        for (int i = offset; i < offset + n; i++) {
            double lambda = Math.max(0, pattern[i]) * dose;
            pattern[i] = (float) (PoissonCounts.sample(lambda, random) / dose);
        }
        Ranges.clip01(pattern, offset, n);
        return label;
    }
}
