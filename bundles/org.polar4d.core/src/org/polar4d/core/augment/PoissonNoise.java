package org.polar4d.core.augment;

import java.util.random.RandomGenerator;

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
            pattern[i] = (float) (sample(random, lambda) / dose);
        }
        Ranges.clip01(pattern, offset, n);
        return label;
    }

    /** One Poisson(λ) variate: inversion for small λ, Hörmann's PTRS rejection for λ ≥ 10. */
    static long sample(RandomGenerator random, double lambda) {
        if (lambda <= 0) {
            return 0;
        }
        if (lambda < 10) {
            double limit = Math.exp(-lambda);
            double product = random.nextDouble();
            long k = 0;
            while (product > limit) {
                product *= random.nextDouble();
                k++;
            }
            return k;
        }
        double slam = Math.sqrt(lambda);
        double logLambda = Math.log(lambda);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = random.nextDouble() - 0.5;
            double v = random.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + lambda + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b)
                    <= -lambda + k * logLambda - logFactorial(k)) {
                return k;
            }
        }
    }

    /** ln k!: exact sum below 10, Stirling series above. */
    static double logFactorial(long k) {
        if (k < 10) {
            double s = 0;
            for (long i = 2; i <= k; i++) {
                s += Math.log(i);
            }
            return s;
        }
        double x = k + 1.0;
        double x2 = x * x;
        return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x * x2)
                + 1 / (1260 * x * x2 * x2);
    }
}
