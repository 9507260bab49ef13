package org.polar4d.learn.pcaknn;

import java.nio.FloatBuffer;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.polar4d.core.augment.Augmentation;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.patterns.PatternSet;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;

/**
 * The training rows of PCA-kNN, read from a pattern set. Each row may be augmented with a
 * generator seeded by (seed, pattern index), so every read sees the same augmented row.
 *
 * <p>When the rows fit in {@code cacheBytes}, the first pass copies them into one off-heap matrix
 * (while accumulating the scaler's moments) and standardises it in place; every PCA pass is then
 * two large GEMMs. Otherwise every pass streams the pattern set again in blocks of
 * {@link #BLOCK_ROWS} rows and standardises each block on the fly.
 */
final class TrainingRows {

    static final int BLOCK_ROWS = 2048;
    /** Row chunks of the moment sums; a fixed count keeps the summation order (and result) fixed. */
    private static final int CHUNKS = 16;

    /** Receives one standardised block: rows {@code first .. first + block.rows()}. */
    interface BlockConsumer {
        void accept(int first, INDArray block) throws CanceledException;
    }

    private final PatternSet set;
    private final int[] indices;
    private final Augmentation augmentation;
    private final long seed;
    private final boolean cached;
    private final int[] labels;
    private StandardScaler scaler;
    private double totalVariance = Double.NaN;
    private INDArray matrix; // all standardised rows, when cached

    TrainingRows(PatternSet set, int[] indices, Augmentation augmentation, long seed, long cacheBytes) {
        this.set = set;
        this.indices = indices;
        this.augmentation = augmentation;
        this.seed = seed;
        this.cached = (long) indices.length * set.pixels() * Float.BYTES <= cacheBytes;
        this.labels = new int[indices.length];
    }

    int rows() {
        return indices.length;
    }

    /** Largest block {@link #forEachBlock} passes. */
    int maxBlockRows() {
        return cached ? rows() : BLOCK_ROWS;
    }

    int dimensions() {
        return set.pixels();
    }

    /** Total variance of the standardised rows (the number of non-constant features); after {@link #fitScaler}. */
    double totalVariance() {
        return totalVariance;
    }

    /** Labels of the (possibly augmented) rows; valid after {@link #fitScaler}. */
    int[] labels() {
        return labels;
    }

    /** First pass: labels, the scaler's moments (double precision) and, if cached, the matrix. */
    StandardScaler fitScaler(Progress progress) throws CanceledException {
        int d = dimensions();
        double[] sum = new double[d];
        double[] sumSquares = new double[d];
        float[] buffer = new float[BLOCK_ROWS * d];
        FloatBuffer target = null;
        if (cached) {
            matrix = Nd4j.createUninitialized(DataType.FLOAT, rows(), d);
            target = matrix.data().asNioFloat();
        }
        for (int first = 0; first < rows(); first += BLOCK_ROWS) {
            progress.checkCanceled();
            int n = Math.min(BLOCK_ROWS, rows() - first);
            read(first, n, buffer);
            accumulate(buffer, n, d, sum, sumSquares);
            if (target != null) {
                target.put(first * d, buffer, 0, n * d);
            }
            progress.update((double) (first + n) / rows(), null);
        }
        scaler = StandardScaler.fromMoments(sum, sumSquares, rows());
        float[] scale = scaler.scale();
        totalVariance = 0;
        for (int c = 0; c < d; c++) {
            double m = sum[c] / rows();
            totalVariance += Math.max(0, sumSquares[c] / rows() - m * m) / ((double) scale[c] * scale[c]);
        }
        if (matrix != null) {
            standardiseMatrix(buffer, progress);
        }
        return scaler;
    }

    /** Standardises the cached matrix in place, block by block, with the scaler's own transform. */
    private void standardiseMatrix(float[] buffer, Progress progress) throws CanceledException {
        int d = dimensions();
        FloatBuffer data = matrix.data().asNioFloat();
        for (int first = 0; first < rows(); first += BLOCK_ROWS) {
            progress.checkCanceled();
            int n = Math.min(BLOCK_ROWS, rows() - first);
            data.get(first * d, buffer, 0, n * d);
            IntStream.range(0, n).parallel().forEach(r -> scaler.transform(buffer, r * d));
            data.put(first * d, buffer, 0, n * d);
        }
    }

    /** Adds the block's column sums and sums of squares, row-contiguously, in fixed row chunks. */
    private static void accumulate(float[] block, int n, int d, double[] sum, double[] sumSquares) {
        double[][] partial = new double[CHUNKS][];
        double[][] partialSq = new double[CHUNKS][];
        IntStream.range(0, CHUNKS).parallel().forEach(chunk -> {
            double[] s = new double[d];
            double[] q = new double[d];
            for (int r = n * chunk / CHUNKS; r < n * (chunk + 1) / CHUNKS; r++) {
                int o = r * d;
                for (int c = 0; c < d; c++) {
                    double v = block[o + c];
                    s[c] += v;
                    q[c] += v * v;
                }
            }
            partial[chunk] = s;
            partialSq[chunk] = q;
        });
        for (int chunk = 0; chunk < CHUNKS; chunk++) {
            for (int c = 0; c < d; c++) {
                sum[c] += partial[chunk][c];
                sumSquares[c] += partialSq[chunk][c];
            }
        }
    }

    /** Calls {@code consumer} with the standardised rows: the cached matrix, or block by block. */
    void forEachBlock(BlockConsumer consumer) throws CanceledException {
        if (scaler == null) {
            throw new IllegalStateException("fit the scaler first");
        }
        if (matrix != null) {
            consumer.accept(0, matrix);
            return;
        }
        int d = dimensions();
        float[] buffer = new float[BLOCK_ROWS * d];
        for (int first = 0; first < rows(); first += BLOCK_ROWS) {
            int n = Math.min(BLOCK_ROWS, rows() - first);
            read(first, n, buffer);
            IntStream.range(0, n).parallel().forEach(r -> scaler.transform(buffer, r * d));
            float[] data = n == BLOCK_ROWS ? buffer : java.util.Arrays.copyOf(buffer, n * d);
            consumer.accept(first, Nd4j.createFromArray(data).reshape(n, d));
        }
    }

    /** Reads (and augments) rows {@code first .. first + n} into {@code dst}, in parallel. */
    private void read(int first, int n, float[] dst) {
        int d = dimensions();
        IntStream.range(0, n).parallel().forEach(r -> {
            int index = indices[first + r];
            set.read(index, dst, r * d);
            int label = set.label(index);
            if (augmentation != Augmentation.NONE) {
                SplittableRandom random = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (index + 1L)));
                label = augmentation.apply(dst, r * d, set.height(), set.width(), label, random);
                if (label < 0 || label >= PolarizationClass.COUNT) {
                    throw new IllegalStateException("the augmentation returned label " + label + " for pattern "
                            + index + "; expected 0..7");
                }
            }
            labels[first + r] = label;
        });
    }
}
