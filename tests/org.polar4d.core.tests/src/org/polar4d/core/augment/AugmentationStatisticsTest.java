package org.polar4d.core.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;
import org.polar4d.core.sim.PoissonCounts;

/** Empirical probabilities and parameter ranges of the paper's augmentations, with fixed seeds. */
class AugmentationStatisticsTest {

    private static final int S = 64;

    private static float[] constant(float v) {
        float[] p = new float[S * S];
        Arrays.fill(p, v);
        return p;
    }

    @Test
    void paperPipelineFiresEachStepWithItsProbability() {
        AugmentationPipeline paper = AugmentationSettings.PAPER.build();
        assertEquals(List.of("blur", "brightnessContrast", "gaussianNoise"),
                paper.steps().stream().map(AugmentationPipeline.Step::name).toList());
        int[] fired = new int[3];
        List<AugmentationPipeline.Step> counting = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int step = i;
            counting.add(new AugmentationPipeline.Step(paper.steps().get(i).name(), (p, o, h, w, l, r) -> {
                fired[step]++;
                return l;
            }, paper.steps().get(i).probability()));
        }
        AugmentationPipeline pipeline = new AugmentationPipeline(counting);
        SplittableRandom rnd = new SplittableRandom(42);
        int n = 40000;
        for (int i = 0; i < n; i++) {
            pipeline.apply(new float[1], 0, 1, 1, 3, rnd);
        }
        double[] p = {0.5, 0.3, 0.2};
        for (int i = 0; i < 3; i++) {
            double sd = Math.sqrt(n * p[i] * (1 - p[i]));
            assertEquals(n * p[i], fired[i], 4 * sd, paper.steps().get(i).name());
        }
    }

    @Test
    void blurSigmaSpansTwoToFive() {
        GaussianBlur blur = new GaussianBlur(2, 5);
        SplittableRandom rnd = new SplittableRandom(1);
        double lo = Double.MAX_VALUE;
        double hi = 0;
        for (int i = 0; i < 300; i++) {
            float[] p = new float[S * S];
            p[32 * S + 32] = 1;
            blur.apply(p, 0, S, S, 0, rnd);
            double m2 = 0;
            double sum = 0;
            for (int r = 0; r < S; r++) {
                for (int c = 0; c < S; c++) {
                    m2 += p[r * S + c] * (double) ((r - 32) * (r - 32));
                    sum += p[r * S + c];
                }
            }
            double sigma = Math.sqrt(m2 / sum);
            lo = Math.min(lo, sigma);
            hi = Math.max(hi, sigma);
        }
        assertTrue(lo >= 1.98 && lo < 2.05, "smallest sigma " + lo);
        assertTrue(hi <= 5.02 && hi > 4.95, "largest sigma " + hi);
    }

    @Test
    void brightnessContrastStaysWithinItsRangeAndClips() {
        BrightnessContrast bc = new BrightnessContrast(0.15, 0.15);
        SplittableRandom rnd = new SplittableRandom(2);
        float lo = 1;
        float hi = 0;
        for (int i = 0; i < 3000; i++) {
            float[] p = constant(0.5f);
            bc.apply(p, 0, S, S, 0, rnd);
            lo = Math.min(lo, p[0]);
            hi = Math.max(hi, p[0]);
        }
        // 0.5·[0.85, 1.15] + [-0.15, 0.15]
        assertTrue(lo >= 0.275f - 1e-6f && lo < 0.30f, "lowest " + lo);
        assertTrue(hi <= 0.725f + 1e-6f && hi > 0.70f, "highest " + hi);
        float[] bright = constant(1f);
        bc.apply(bright, 0, S, S, 0, new SplittableRandom(3));
        for (float v : bright) {
            assertTrue(v >= 0 && v <= 1);
        }
    }

    @Test
    void gaussianNoiseSigmaSpansItsRange() {
        GaussianNoise noise = new GaussianNoise(0.2, 0.44);
        SplittableRandom rnd = new SplittableRandom(4);
        double lo = 1;
        double hi = 0;
        double sum = 0;
        int n = 400;
        for (int i = 0; i < n; i++) {
            float[] p = constant(0.5f);
            noise.apply(p, 0, S, S, 0, rnd);
            double[] dev = new double[p.length];
            double mean = 0;
            for (int j = 0; j < p.length; j++) {
                assertTrue(p[j] >= 0 && p[j] <= 1);
                dev[j] = Math.abs(p[j] - 0.5);
                mean += p[j] - 0.5;
            }
            assertEquals(0, mean / p.length, 0.03);
            Arrays.sort(dev);
            double sigma = dev[dev.length / 2] / 0.6745; // clipping only touches |n| > 0.5, above the median
            lo = Math.min(lo, sigma);
            hi = Math.max(hi, sigma);
            sum += sigma;
        }
        assertTrue(lo > 0.18 && lo < 0.22, "smallest sigma " + lo);
        assertTrue(hi < 0.46 && hi > 0.42, "largest sigma " + hi);
        assertEquals(0.32, sum / n, 0.015);
    }

    @Test
    void sameSeedSamePatternsOtherSeedOtherPatterns() {
        AugmentationPipeline all = AugmentationSettings.PAPER.withSymmetry(0.5, true, true).withShift(0.5, 1.5)
                .withEllipse(0.5, 0.05).withPoisson(0.5, 50, 500).build();
        float[] base = new float[S * S];
        RandomGenerator init = new SplittableRandom(9);
        for (int i = 0; i < base.length; i++) {
            base[i] = init.nextFloat();
        }
        float[][] runs = new float[3][];
        int[] labels = new int[3];
        long[] seeds = {7, 7, 8};
        for (int run = 0; run < 3; run++) {
            SplittableRandom rnd = new SplittableRandom(seeds[run]);
            float[] p = base.clone();
            int label = 1;
            for (int epoch = 0; epoch < 10; epoch++) {
                label = all.apply(p, 0, S, S, label, rnd);
            }
            runs[run] = p;
            labels[run] = label;
        }
        assertArrayEquals(runs[0], runs[1], 0f);
        assertEquals(labels[0], labels[1]);
        assertFalse(Arrays.equals(runs[0], runs[2]));
    }

    @Test
    void poissonSamplerHasPoissonMoments() {
        SplittableRandom rnd = new SplittableRandom(6);
        for (double lambda : new double[] {0.3, 4, 12, 80, 2000}) {
            int n = 40000;
            double sum = 0;
            double sum2 = 0;
            for (int i = 0; i < n; i++) {
                long k = PoissonCounts.sample(lambda, rnd);
                assertTrue(k >= 0);
                sum += k;
                sum2 += (double) k * k;
            }
            double mean = sum / n;
            double var = sum2 / n - mean * mean;
            assertEquals(lambda, mean, 5 * Math.sqrt(lambda / n), "mean at " + lambda);
            assertEquals(lambda, var, 0.05 * lambda + 0.02, "variance at " + lambda);
        }
    }

    @Test
    void shiftAndEllipseMoveContentAsSpecified() {
        float[] p = new float[8 * 8];
        p[3 * 8 + 3] = 1;
        SubPixelShift.shift(p, 0, 8, 8, 1, 2);
        assertEquals(1f, p[4 * 8 + 5], 1e-6f);
        float[] q = new float[8 * 8];
        q[3 * 8 + 3] = 1;
        SubPixelShift.shift(q, 0, 8, 8, 0, 0.5);
        assertEquals(0.5f, q[3 * 8 + 3], 1e-6f);
        assertEquals(0.5f, q[3 * 8 + 4], 1e-6f);
        // an isotropic Gaussian becomes elliptical with axis ratio (1 + e/2)/(1 - e/2) along phi = 0 (x)
        float[] g = new float[S * S];
        for (int r = 0; r < S; r++) {
            for (int c = 0; c < S; c++) {
                g[r * S + c] = (float) Math.exp(-((r - 31.5) * (r - 31.5) + (c - 31.5) * (c - 31.5)) / 50);
            }
        }
        float[] id = g.clone();
        EllipticalDistortion.distort(id, 0, S, S, 0, 0.3);
        assertArrayEquals(g, id, 1e-6f);
        EllipticalDistortion.distort(g, 0, S, S, 0.2, 0);
        double mxx = 0;
        double myy = 0;
        for (int r = 0; r < S; r++) {
            for (int c = 0; c < S; c++) {
                mxx += g[r * S + c] * (c - 31.5) * (c - 31.5);
                myy += g[r * S + c] * (r - 31.5) * (r - 31.5);
            }
        }
        assertEquals(1.1 / 0.9, Math.sqrt(mxx / myy), 0.01);
    }
}
