package org.polar4d.learn.pcaknn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.polar4d.core.augment.Augmentation;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.patterns.PatternSet;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;

/**
 * The training rows of PCA-kNN, streamed from a pattern set in blocks. Each row may be augmented
 * with a generator seeded by (seed, pattern index), so every pass sees the same augmented row.
 * Standardised blocks are kept off-heap after the first pass when they fit in {@code cacheBytes};
 * otherwise every pass reads the pattern set again.
 */
final class TrainingRows {

    static final int BLOCK_ROWS = 2048;

    /** Receives one standardised block: rows {@code first .. first + block.rows()}. */
    interface BlockConsumer {
        void accept(int first, INDArray block) throws CanceledException;
    }

    private final PatternSet set;
    private final int[] indices;
    private final Augmentation augmentation;
    private final long seed;
    private final long cacheBytes;
    private final int[] labels;
    private StandardScaler scaler;
    private double totalVariance = Double.NaN;
    private List<INDArray> cache;

    TrainingRows(PatternSet set, int[] indices, Augmentation augmentation, long seed, long cacheBytes) {
        this.set = set;
        this.indices = indices;
        this.augmentation = augmentation;
        this.seed = seed;
        this.cacheBytes = cacheBytes;
        this.labels = new int[indices.length];
    }

    int rows() {
        return indices.length;
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

    /** First pass: labels and the scaler's moments, accumulated in double per block in a fixed order. */
    StandardScaler fitScaler(Progress progress) throws CanceledException {
        int d = dimensions();
        double[] sum = new double[d];
        double[] sumSquares = new double[d];
        float[] buffer = new float[BLOCK_ROWS * d];
        for (int first = 0; first < rows(); first += BLOCK_ROWS) {
            progress.checkCanceled();
            int n = Math.min(BLOCK_ROWS, rows() - first);
            read(first, n, buffer);
            int f = first;
            // columns in parallel: each feature's sums stay in row order → deterministic
            IntStream.range(0, d).parallel().forEach(c -> {
                double s = 0;
                double q = 0;
                for (int r = 0; r < n; r++) {
                    double v = buffer[r * d + c];
                    s += v;
                    q += v * v;
                }
                sum[c] += s;
                sumSquares[c] += q;
            });
            progress.update((double) (f + n) / rows(), null);
        }
        scaler = StandardScaler.fromMoments(sum, sumSquares, rows());
        float[] scale = scaler.scale();
        totalVariance = 0;
        for (int c = 0; c < d; c++) {
            double m = sum[c] / rows();
            totalVariance += Math.max(0, sumSquares[c] / rows() - m * m) / ((double) scale[c] * scale[c]);
        }
        return scaler;
    }

    /** Calls {@code consumer} with every block of standardised rows, in order. */
    void forEachBlock(BlockConsumer consumer) throws CanceledException {
        if (scaler == null) {
            throw new IllegalStateException("fit the scaler first");
        }
        if (cache != null) {
            for (int b = 0; b < cache.size(); b++) {
                consumer.accept(b * BLOCK_ROWS, cache.get(b));
            }
            return;
        }
        boolean keep = (long) rows() * dimensions() * Float.BYTES <= cacheBytes;
        List<INDArray> kept = keep ? new ArrayList<>() : null;
        int d = dimensions();
        float[] buffer = new float[BLOCK_ROWS * d];
        for (int first = 0; first < rows(); first += BLOCK_ROWS) {
            int n = Math.min(BLOCK_ROWS, rows() - first);
            read(first, n, buffer);
            IntStream.range(0, n).parallel().forEach(r -> scaler.transform(buffer, r * d));
            float[] data = n == BLOCK_ROWS ? buffer : java.util.Arrays.copyOf(buffer, n * d);
            INDArray block = Nd4j.createFromArray(data).reshape(n, d);
            if (kept != null) {
                kept.add(block);
            }
            consumer.accept(first, block);
        }
        cache = kept;
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
