package org.polar4d.core.sim;

import java.util.random.RandomGenerator;

/**
 * Poisson counting noise: multiplication method for small means, Hörmann's transformed rejection
 * with squeeze (PTRS; W. Hörmann, Insurance: Mathematics and Economics 12, 39–45 (1993)) above.
 * The one Poisson sampler of the engine (detector shot noise here, dose augmentation in training).
 */
public final class PoissonCounts {

    private static final double[] LOG_FACTORIAL = new double[256];

    static {
        for (int k = 1; k < LOG_FACTORIAL.length; k++) {
            LOG_FACTORIAL[k] = LOG_FACTORIAL[k - 1] + Math.log(k);
        }
    }

    private PoissonCounts() {
    }

    /** Replaces every intensity I (fraction of the beam) by a Poisson count of mean dose·I. */
    static void apply(float[] frame, int offset, int length, double dose, RandomGenerator rng) {
        for (int p = offset; p < offset + length; p++) {
            frame[p] = (float) sample(dose * Math.max(0, frame[p]), rng);
        }
    }

    /** One Poisson variate of the given mean (0 for a mean ≤ 0); draws from {@code rng} only. */
    public static long sample(double mean, RandomGenerator rng) {
        if (mean <= 0) {
            return 0;
        }
        if (mean < 10) {
            double limit = Math.exp(-mean);
            long k = 0;
            double p = rng.nextDouble();
            while (p > limit) {
                k++;
                p *= rng.nextDouble();
            }
            return k;
        }
        double slam = Math.sqrt(mean);
        double logMean = Math.log(mean);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = rng.nextDouble() - 0.5;
            double v = rng.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b)
                    <= -mean + k * logMean - logFactorial(k)) {
                return k;
            }
        }
    }

    /** ln k! exactly from a table below 256, by Stirling's series above. */
    static double logFactorial(long k) {
        if (k < LOG_FACTORIAL.length) {
            return LOG_FACTORIAL[(int) k];
        }
        double x = k + 1.0;
        return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x * x * x);
    }
}
