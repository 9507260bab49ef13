package org.polar4d.learn.pcaknn;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.predict.PatternPrediction;
import org.polar4d.learn.model.EpochRecord;
import org.polar4d.learn.model.Head;
import org.polar4d.learn.model.Learner;
import org.polar4d.learn.model.TrainedModel;
import org.polar4d.learn.runtime.NativeRuntime;

/**
 * PCA-informed kNN (PAPER §9): standardise → project on the principal components → k nearest
 * training projections vote. Confidence = vote share of the winner; scores = vote shares.
 */
public final class PcaKnnModel implements TrainedModel {

    private static final int CHUNK = 1024;

    private final int height;
    private final int width;
    private final long seed;
    private final StandardScaler scaler;
    private final float[][] components;
    private final KnnClassifier knn;
    private final Map<String, String> recipe;
    private final Map<String, String> metrics;
    private INDArray projection; // D × k, built on first use

    public PcaKnnModel(int height, int width, long seed, StandardScaler scaler, float[][] components, KnnClassifier knn,
            Map<String, String> recipe, Map<String, String> metrics) {
        if (scaler.dimensions() != height * width) {
            throw new IllegalArgumentException("scaler has " + scaler.dimensions() + " features, patterns have "
                    + height * width);
        }
        if (components.length != knn.dimensions()) {
            throw new IllegalArgumentException(components.length + " components but kNN points of dimension "
                    + knn.dimensions());
        }
        for (float[] c : components) {
            if (c.length != height * width) {
                throw new IllegalArgumentException("component of length " + c.length + ", expected " + height * width);
            }
        }
        this.height = height;
        this.width = width;
        this.seed = seed;
        this.scaler = scaler;
        this.components = components;
        this.knn = knn;
        this.recipe = Map.copyOf(recipe);
        this.metrics = Map.copyOf(metrics);
    }

    public StandardScaler scaler() {
        return scaler;
    }

    /** Principal components as rows (k × D). */
    public float[][] components() {
        return components;
    }

    public KnnClassifier knn() {
        return knn;
    }

    @Override
    public Learner learner() {
        return Learner.PCAKNN;
    }

    @Override
    public Head head() {
        return null;
    }

    @Override
    public long seed() {
        return seed;
    }

    @Override
    public Map<String, String> metrics() {
        return metrics;
    }

    @Override
    public List<EpochRecord> curve() {
        return List.of();
    }

    @Override
    public String describe() {
        return "pcaknn pca=" + components.length + " k=" + knn.k() + " seed " + seed;
    }

    @Override
    public int inputHeight() {
        return height;
    }

    @Override
    public int inputWidth() {
        return width;
    }

    @Override
    public Map<String, String> recipe() {
        return recipe;
    }

    @Override
    public PatternPrediction[] predict(float[] patterns, int count) {
        int[] votes = knn.votes(project(patterns, count), count);
        PatternPrediction[] out = new PatternPrediction[count];
        for (int i = 0; i < count; i++) {
            int cls = KnnClassifier.winner(votes, i * PolarizationClass.COUNT);
            float[] scores = new float[PolarizationClass.COUNT];
            for (int c = 0; c < scores.length; c++) {
                scores[c] = (float) votes[i * scores.length + c] / knn.k();
            }
            out[i] = new PatternPrediction(cls, 45.0 * cls, scores[cls], scores);
        }
        return out;
    }

    /** Principal-component coordinates of {@code count} patterns ({@code count × k}, row-major). */
    public float[] project(float[] patterns, int count) {
        checkInput(patterns, count);
        int d = height * width;
        int k = components.length;
        NativeRuntime.ensureInitialised();
        float[] out = new float[count * k];
        float[] z = new float[Math.min(CHUNK, count) * d];
        INDArray block = null;
        INDArray result = null;
        for (int from = 0; from < count; from += CHUNK) {
            int n = Math.min(CHUNK, count - from);
            System.arraycopy(patterns, from * d, z, 0, n * d);
            IntStream.range(0, n).parallel().forEach(r -> scaler.transform(z, r * d));
            if (block == null || block.rows() != n) { // off-heap buffers are reused: no page faults per chunk
                block = Nd4j.createUninitialized(DataType.FLOAT, n, d);
                result = Nd4j.createUninitialized(DataType.FLOAT, n, k);
            }
            block.data().asNioFloat().put(0, z, 0, n * d);
            Nd4j.gemm(block, projection(), result, false, false, 1.0, 0.0);
            result.data().asNioFloat().get(0, out, from * k, n * k);
        }
        return out;
    }

    private synchronized INDArray projection() {
        if (projection == null) {
            int k = components.length;
            int d = height * width;
            float[] data = new float[d * k];
            for (int c = 0; c < k; c++) {
                for (int i = 0; i < d; i++) {
                    data[i * k + c] = components[c][i];
                }
            }
            projection = Nd4j.createFromArray(data).reshape(d, k);
        }
        return projection;
    }
}
