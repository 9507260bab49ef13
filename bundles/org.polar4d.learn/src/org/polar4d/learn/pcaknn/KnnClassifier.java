package org.polar4d.learn.pcaknn;

import java.nio.FloatBuffer;
import java.util.stream.IntStream;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.learn.runtime.NativeRuntime;

/**
 * Brute-force k-nearest-neighbour classifier on float vectors: Euclidean distance, uniform votes,
 * vote ties → smallest class index; among equally distant neighbours the earlier training point
 * wins. Distances to all training points come from one GEMM per chunk of queries
 * (‖t‖² − 2·q·t, which orders points like ‖q − t‖²), the k smallest are then selected in parallel
 * Java; each query's result is independent of the thread count.
 */
public final class KnnClassifier {

    private static final int C = PolarizationClass.COUNT;

    private final float[] points;
    private final int[] labels;
    private final int dims;
    private final int k;
    private INDArray pointMatrix; // n × dims, built on first use
    private float[] squaredNorms;

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
        if (queries.length < (long) count * dims) {
            throw new IllegalArgumentException(count + " queries need " + (long) count * dims + " coordinates, got "
                    + queries.length);
        }
        NativeRuntime.ensureInitialised();
        int n = labels.length;
        int chunk = (int) Math.max(1, Math.min(1024, CHUNK_DISTANCES / n));
        int[] votes = new int[count * C];
        INDArray dots = Nd4j.createUninitialized(DataType.FLOAT, Math.min(chunk, count), n); // reused per chunk
        for (int from = 0; from < count; from += chunk) {
            int m = Math.min(chunk, count - from);
            INDArray q = Nd4j.createFromArray(java.util.Arrays.copyOfRange(queries, from * dims, (from + m) * dims))
                    .reshape(m, dims);
            INDArray out = m == dots.rows() ? dots : Nd4j.createUninitialized(DataType.FLOAT, m, n);
            Nd4j.gemm(q, pointMatrix(), out, false, true, 1.0, 0.0); // q·tᵀ, m × n
            FloatBuffer row = out.data().asNioFloat(); // read in place: no copy to the heap
            int offset = from;
            IntStream.range(0, m).parallel().forEach(i -> vote(row, i * n, offset + i, votes));
        }
        return votes;
    }

    /** Distances held at once (queries per chunk × training points). */
    private static final long CHUNK_DISTANCES = 8L << 20;

    private synchronized INDArray pointMatrix() {
        if (pointMatrix == null) {
            NativeRuntime.ensureInitialised();
            pointMatrix = Nd4j.createFromArray(points).reshape(labels.length, dims);
            squaredNorms = new float[labels.length];
            for (int i = 0; i < labels.length; i++) {
                float s = 0;
                for (int j = 0; j < dims; j++) {
                    s += points[i * dims + j] * points[i * dims + j];
                }
                squaredNorms[i] = s;
            }
        }
        return pointMatrix;
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

    /** Top-k selection over one query's row of dot products, then the vote. */
    private void vote(FloatBuffer dots, int rowOffset, int q, int[] votes) {
        float[] bestDist = new float[k];
        int[] bestIndex = new int[k];
        java.util.Arrays.fill(bestDist, Float.POSITIVE_INFINITY);
        int n = labels.length;
        float worst = Float.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            float dist = squaredNorms[i] - 2 * dots.get(rowOffset + i); // ‖q − t‖² − ‖q‖²
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
}
