package org.polar4d.learn.pcaknn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.polar4d.core.augment.Augmentation;
import org.polar4d.core.patterns.ArrayPatternSet;
import org.polar4d.core.predict.PatternPrediction;
import org.polar4d.core.progress.Progress;

import smile.feature.extraction.PCA;

/** PCA-kNN against independent references: Smile's exact PCA and a naive kNN in double precision. */
class PcaKnnTest {

    /** n rows of d features: 8 class centres in a 6-D latent space with distinct variances, plus noise. */
    private static ArrayPatternSet data(int n, int d, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int latent = 6;
        double[][] basis = new double[latent][d];
        for (double[] b : basis) {
            for (int j = 0; j < d; j++) {
                b[j] = r.nextGaussian();
            }
        }
        double[][] centres = new double[8][latent];
        for (double[] c : centres) {
            for (int j = 0; j < latent; j++) {
                c[j] = r.nextGaussian() * (6 - j);
            }
        }
        float[] x = new float[n * d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = r.nextInt(8);
            for (int c = 0; c < d; c++) {
                double v = 0.3 * r.nextGaussian();
                for (int j = 0; j < latent; j++) {
                    v += (centres[y[i]][j] + 0.5 * r.nextGaussian()) * basis[j][c] / latent;
                }
                x[i * d + c] = (float) v;
            }
            x[i * d] = 3f; // a constant feature: scale 1
        }
        int[] rows = new int[n];
        Arrays.setAll(rows, i -> i);
        return new ArrayPatternSet(1, d, x, y, new int[n], rows, new int[n], List.of("test"), Map.of());
    }

    private static int[] range(int from, int to) {
        int[] a = new int[to - from];
        Arrays.setAll(a, i -> from + i);
        return a;
    }

    private static PcaKnnModel fit(ArrayPatternSet set, int[] train, int components, int k) throws Exception {
        return PcaKnnTrainer.fit(set, train, components, k, 888, Augmentation.NONE, Map.of(), Progress.NONE);
    }

    @Test
    void scalerUsesPopulationStdAndScaleOneForConstantFeatures() throws Exception {
        ArrayPatternSet set = data(200, 24, 1);
        PcaKnnModel m = fit(set, range(0, 200), 3, 5);
        float[] row = new float[24];
        double sum = 0;
        double sq = 0;
        for (int i = 0; i < 200; i++) {
            set.read(i, row, 0);
            sum += row[5];
            sq += row[5] * row[5];
        }
        double mean = sum / 200;
        assertEquals(mean, m.scaler().mean()[5], 1e-5);
        assertEquals(Math.sqrt(sq / 200 - mean * mean), m.scaler().scale()[5], 1e-4);
        assertEquals(3f, m.scaler().mean()[0]);
        assertEquals(1f, m.scaler().scale()[0]);
    }

    @Test
    void componentsAndProjectionsMatchSmilesExactPca() throws Exception {
        ArrayPatternSet set = data(600, 48, 2);
        int k = 4;
        PcaKnnModel m = fit(set, range(0, 600), k, 5);
        double[][] z = standardised(set, m.scaler());
        PCA exact = PCA.fit(z).getProjection(k);
        double[][] ref = exact.apply(z);
        float[] ours = m.knn().points();
        for (int c = 0; c < k; c++) {
            double dot = 0;
            double norm = 0;
            for (int i = 0; i < 600; i++) {
                dot += ours[i * k + c] * ref[i][c];
                norm += ref[i][c] * ref[i][c];
            }
            double sign = Math.signum(dot);
            for (int i = 0; i < 600; i++) {
                assertEquals(sign * ref[i][c], ours[i * k + c], 1e-3 * Math.sqrt(norm / 600),
                        "component " + c + " row " + i);
            }
        }
        // new rows are projected the same way
        float[] fresh = new float[10 * 48];
        for (int i = 0; i < 10; i++) {
            set.read(i, fresh, i * 48);
        }
        float[] projected = m.project(fresh, 10);
        for (int i = 0; i < 10 * k; i++) {
            assertEquals(ours[i], projected[i], 1e-4);
        }
    }

    /**
     * Points on a coarse grid (distance ties). The second case has enough training points that the
     * queries are voted in several chunks of distances (8 Mi per chunk: 932 + 932 + 136 queries).
     */
    @ParameterizedTest
    @CsvSource({"3, 400, 5, 150, 1 4 5 9", "4, 9000, 3, 2000, 5"})
    void knnEqualsBruteForceReference(long seed, int n, int d, int q, String ks) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] points = new float[n * d];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = r.nextInt(8);
            for (int j = 0; j < d; j++) {
                points[i * d + j] = gridValue(r);
            }
        }
        float[] queries = new float[q * d];
        for (int i = 0; i < queries.length; i++) {
            queries[i] = gridValue(r);
        }
        for (String kValue : ks.split(" ")) {
            int k = Integer.parseInt(kValue);
            int[] votes = new KnnClassifier(points, labels, d, k).votes(queries, q);
            for (int i = 0; i < q; i++) {
                int[] ref = referenceVotes(points, labels, d, k, queries, i);
                assertArrayEquals(ref, Arrays.copyOfRange(votes, i * 8, i * 8 + 8), "query " + i + " k " + k);
                int winner = 0;
                for (int c = 1; c < 8; c++) {
                    if (ref[c] > ref[winner]) {
                        winner = c;
                    }
                }
                assertEquals(winner, KnnClassifier.winner(votes, i * 8));
            }
        }
    }

    private static float gridValue(SplittableRandom r) {
        return (float) Math.round(r.nextGaussian() * 4) / 4f;
    }

    @Test
    void pipelineEqualsReferencePipeline() throws Exception {
        ArrayPatternSet set = data(500, 40, 4);
        int k = 5;
        int[] train = range(0, 400);
        PcaKnnModel m = fit(set, train, 6, k);
        // reference: exact PCA on the standardised training rows, naive kNN in double precision
        double[][] ztrain = standardised(set, m.scaler(), train);
        PCA exact = PCA.fit(ztrain).getProjection(6);
        double[][] ptrain = exact.apply(ztrain);
        float[] flatTrain = new float[400 * 6];
        int[] labels = new int[400];
        for (int i = 0; i < 400; i++) {
            labels[i] = set.label(i);
            for (int c = 0; c < 6; c++) {
                flatTrain[i * 6 + c] = (float) ptrain[i][c];
            }
        }
        float[] test = new float[100 * 40];
        for (int i = 0; i < 100; i++) {
            set.read(400 + i, test, i * 40);
        }
        double[][] ptest = exact.apply(standardised(set, m.scaler(), range(400, 500)));
        float[] flatTest = new float[100 * 6];
        for (int i = 0; i < 100; i++) {
            for (int c = 0; c < 6; c++) {
                flatTest[i * 6 + c] = (float) ptest[i][c];
            }
        }
        PatternPrediction[] ours = m.predict(test, 100);
        int agree = 0;
        int correct = 0;
        for (int i = 0; i < 100; i++) {
            int[] v = referenceVotes(flatTrain, labels, 6, k, flatTest, i);
            int winner = KnnClassifier.winner(v, 0);
            if (winner == ours[i].classIndex()) {
                agree++;
            }
            if (ours[i].classIndex() == set.label(400 + i)) {
                correct++;
            }
            assertEquals(v[ours[i].classIndex()] / (double) k, ours[i].confidence(), 1e-6);
        }
        assertEquals(100, agree, "predictions differ from the exact-PCA reference");
        assertTrue(correct >= 90, "accuracy " + correct + " %");
    }

    private static double[][] standardised(ArrayPatternSet set, StandardScaler s) {
        return standardised(set, s, range(0, set.size()));
    }

    private static double[][] standardised(ArrayPatternSet set, StandardScaler s, int[] rows) {
        int d = set.pixels();
        float[] mean = s.mean();
        float[] scale = s.scale();
        double[][] z = new double[rows.length][d];
        float[] row = new float[d];
        for (int i = 0; i < rows.length; i++) {
            set.read(rows[i], row, 0);
            for (int j = 0; j < d; j++) {
                z[i][j] = (row[j] - mean[j]) / scale[j];
            }
        }
        return z;
    }

    /** Sort all training points by (distance, index), vote with the first k. */
    private static int[] referenceVotes(float[] points, int[] labels, int d, int k, float[] queries, int q) {
        Integer[] order = new Integer[labels.length];
        double[] dist = new double[labels.length];
        for (int i = 0; i < labels.length; i++) {
            order[i] = i;
            double s = 0;
            for (int j = 0; j < d; j++) {
                double diff = queries[q * d + j] - points[i * d + j];
                s += diff * diff;
            }
            dist[i] = s;
        }
        Arrays.sort(order, (a, b) -> dist[a] != dist[b] ? Double.compare(dist[a], dist[b]) : Integer.compare(a, b));
        int[] votes = new int[8];
        for (int j = 0; j < k; j++) {
            votes[labels[order[j]]]++;
        }
        return votes;
    }
}
