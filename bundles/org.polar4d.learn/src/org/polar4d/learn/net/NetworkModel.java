package org.polar4d.learn.net;

import java.util.List;
import java.util.Map;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.polar4d.core.predict.PatternPrediction;
import org.polar4d.learn.model.EpochRecord;
import org.polar4d.learn.model.Head;
import org.polar4d.learn.model.Learner;
import org.polar4d.learn.model.TrainedModel;
import org.polar4d.learn.runtime.NativeRuntime;

/** A trained network (any encoder, any head) that predicts preprocessed patterns. */
public final class NetworkModel implements TrainedModel {

    /** Patterns per forward pass at prediction. */
    static final int PREDICT_BATCH = 128;

    private final NetworkFactory.Spec spec;
    private final long seed;
    private final ComputationGraph network;
    private final float[][] representations;
    private final Map<String, String> recipe;
    private final Map<String, String> metrics;
    private final List<EpochRecord> curve;
    private final HeadCodec codec;

    /**
     * @param representations class representations of a prototype head (8 rows), else null
     */
    public NetworkModel(NetworkFactory.Spec spec, long seed, ComputationGraph network, float[][] representations,
            Map<String, String> recipe, Map<String, String> metrics, List<EpochRecord> curve) {
        if ((spec.head() == Head.PROTO) != (representations != null)) {
            throw new IllegalArgumentException("class representations are needed exactly for the prototype head");
        }
        this.spec = spec;
        this.seed = seed;
        this.network = network;
        this.representations = representations;
        this.recipe = Map.copyOf(recipe);
        this.metrics = Map.copyOf(metrics);
        this.curve = List.copyOf(curve);
        this.codec = new HeadCodec(spec.head(), spec.prototypeSigma());
    }

    public NetworkFactory.Spec spec() {
        return spec;
    }

    /** The DL4J network (owned by this model; don't train it further). */
    public ComputationGraph network() {
        return network;
    }

    /** Class representations of the prototype head (8 × 128), or null. */
    public float[][] representations() {
        return representations;
    }

    @Override
    public Learner learner() {
        return spec.learner();
    }

    @Override
    public Head head() {
        return spec.head();
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
        return curve;
    }

    @Override
    public String describe() {
        return spec.learner().id() + "/" + spec.head().id() + " seed " + seed;
    }

    @Override
    public int inputHeight() {
        return spec.height();
    }

    @Override
    public int inputWidth() {
        return spec.width();
    }

    @Override
    public Map<String, String> recipe() {
        return recipe;
    }

    @Override
    public PatternPrediction[] predict(float[] patterns, int count) {
        checkInput(patterns, count);
        int pixels = spec.height() * spec.width();
        NativeRuntime.ensureInitialised();
        PatternPrediction[] out = new PatternPrediction[count];
        float[] chunk = null;
        for (int from = 0; from < count; from += PREDICT_BATCH) {
            int n = Math.min(PREDICT_BATCH, count - from);
            if (chunk == null || chunk.length != n * pixels) {
                chunk = new float[n * pixels];
            }
            System.arraycopy(patterns, from * pixels, chunk, 0, n * pixels);
            float[][] outputs = outputs(chunk, n);
            for (int i = 0; i < n; i++) {
                out[from + i] = codec.predict(outputs[i], representations);
            }
        }
        return out;
    }

    /** Raw network outputs (probabilities, vectors or embeddings) of {@code n} patterns. */
    float[][] outputs(float[] patterns, int n) {
        return network.outputSingle(false, NetworkFactory.input(patterns, n, spec.height(), spec.width()))
                .toFloatMatrix();
    }
}
