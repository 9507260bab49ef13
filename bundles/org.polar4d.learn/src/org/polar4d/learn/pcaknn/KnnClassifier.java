package org.polar4d.learn.pcaknn;

import java.util.stream.IntStream;

import org.polar4d.core.label.PolarizationClass;

/**
 * Brute-force k-nearest-neighbour classifier on float vectors: Euclidean distance, uniform votes,
 * vote ties → smallest class index; among equally distant neighbours the earlier training point
 * wins. Queries run in parallel; each query's result is independent of the thread count.
 */
public final class KnnClassifier {

    private static final int C = PolarizationClass.COUNT;

    private final float[] points;
    private final int[] labels;
    private final int dims;
    private final int k;

    /**
     * @param points training vectors, {@code labels.length × dims}, row-major (kept, not copied)
     */
    public KnnClassifier(float[] points, int[] labels, int dims, int k) {
        if (points.length != (long) labels.length * dims) {
            throw new IllegalArgumentException(labels.length + " labels need " + (long) labels.length * dims
                    + " point coordinates, got " + points.length);
        }
        if (k < 1 || k > labels.length) {
            throw new IllegalArgumentException("k = " + k + " needs between 1 and " + labels.length + " training points");
        }
        for (int y : labels) {
            if (y < 0 || y >= C) {
                throw new IllegalArgumentException("training label " + y + " is not a class index 0..7");
            }
        }
        this.points = points;
        this.labels = labels;
        this.dims = dims;
        this.k = k;
    }

    public int k() {
        return k;
    }

    public int dimensions() {
        return dims;
    }

    public int size() {
        return labels.length;
    }

    public float[] points() {
        return points;
    }

    public int[] labels() {
        return labels;
    }

    /** Vote counts per class for each of {@code count} queries ({@code count × 8}, row-major). */
    public int[] votes(float[] queries, int count) {
        int[] votes = new int[count * C];
        IntStream.range(0, count).parallel().forEach(q -> vote(queries, q, votes));
        return votes;
    }

    /** The winning class of a vote row: most votes, ties → smallest class index. */
    public static int winner(int[] votes, int offset) {
        int best = 0;
        for (int c = 1; c < C; c++) {
            if (votes[offset + c] > votes[offset + best]) {
                best = c;
            }
        }
        return best;
    }

    private void vote(float[] queries, int q, int[] votes) {
        float[] bestDist = new float[k];
        int[] bestIndex = new int[k];
        java.util.Arrays.fill(bestDist, Float.POSITIVE_INFINITY);
        java.util.Arrays.fill(bestIndex, Integer.MAX_VALUE);
        int qo = q * dims;
        int n = labels.length;
        float worst = Float.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            float dist = squaredDistance(queries, qo, points, i * dims, dims);
            if (dist < worst) { // strictly closer: equal distances keep the earlier point
                int j = k - 1;
                while (j > 0 && bestDist[j - 1] > dist) {
                    bestDist[j] = bestDist[j - 1];
                    bestIndex[j] = bestIndex[j - 1];
                    j--;
                }
                bestDist[j] = dist;
                bestIndex[j] = i;
                worst = bestDist[k - 1];
            }
        }
        for (int j = 0; j < k; j++) {
            votes[q * C + labels[bestIndex[j]]]++;
        }
    }

    /** Squared Euclidean distance with four independent accumulators (lets the JIT pipeline). */
    static float squaredDistance(float[] a, int ao, float[] b, int bo, int n) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            float d0 = a[ao + i] - b[bo + i];
            float d1 = a[ao + i + 1] - b[bo + i + 1];
            float d2 = a[ao + i + 2] - b[bo + i + 2];
            float d3 = a[ao + i + 3] - b[bo + i + 3];
            s0 += d0 * d0;
            s1 += d1 * d1;
            s2 += d2 * d2;
            s3 += d3 * d3;
        }
        for (; i < n; i++) {
            float d = a[ao + i] - b[bo + i];
            s0 += d * d;
        }
        return (s0 + s1) + (s2 + s3);
    }
}
