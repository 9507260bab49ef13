package org.polar4d.learn.predict;

import java.util.Arrays;
import java.util.List;

import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.pass.FrameReducer;
import org.polar4d.core.predict.PatternPrediction;
import org.polar4d.core.predict.PredictionTable;
import org.polar4d.core.preprocess.FramePreprocessor;
import org.polar4d.learn.model.PolarizationModel;

/**
 * The second streamed pass of a prediction: each frame is preprocessed into a pattern of its
 * partition's batch; a full batch (and, at the merge, the rest of a partition) goes through every
 * model. Models are thread-confined, so model calls are serialised while other threads keep reading
 * and preprocessing. Batches never span partitions, whose bounds do not depend on the thread count,
 * so the models see the same batches for any number of threads.
 */
final class PredictionPass implements FrameReducer<PredictionPass.Batch> {

    private final ThreadLocal<FramePreprocessor.Worker> workers;
    private final List<PolarizationModel> models;
    private final PredictionTable.Builder[] tables;
    private final int batchSize;
    private final int pixels;
    private final Object modelLock = new Object();

    PredictionPass(FramePreprocessor preprocessor, List<PolarizationModel> models, PredictionTable.Builder[] tables,
            int batchSize) {
        this.workers = ThreadLocal.withInitial(preprocessor::newWorker);
        this.models = models;
        this.tables = tables;
        this.batchSize = batchSize;
        this.pixels = preprocessor.patternSize() * preprocessor.patternSize();
    }

    /** Patterns of one partition waiting for the models; grows up to the batch size. */
    static final class Batch {
        private float[] patterns = new float[0];
        private long[] indices = new long[0];
        private int count;
    }

    @Override
    public Batch newPartial() {
        return new Batch();
    }

    @Override
    public void accept(Batch b, long index, float[] frames, int offset) {
        if (b.count == b.indices.length) {
            int capacity = Math.min(batchSize, Math.max(16, 2 * b.count));
            b.patterns = Arrays.copyOf(b.patterns, capacity * pixels);
            b.indices = Arrays.copyOf(b.indices, capacity);
        }
        workers.get().process(frames, offset, b.patterns, b.count * pixels);
        b.indices[b.count++] = index;
        if (b.count == batchSize) {
            flush(b);
        }
    }

    @Override
    public Batch merge(Batch left, Batch right) {
        flush(left);
        flush(right);
        return left;
    }

    /** Runs the models on the batch's patterns and empties it. */
    void flush(Batch b) {
        if (b.count == 0) {
            return;
        }
        synchronized (modelLock) {
            for (int m = 0; m < models.size(); m++) {
                PolarizationModel model = models.get(m);
                PatternPrediction[] p = model.predict(b.patterns, b.count);
                if (p == null || p.length != b.count) {
                    throw new IllegalStateException("model '" + model.describe() + "' returned "
                            + (p == null ? "nothing" : p.length + " predictions") + " for " + b.count + " patterns");
                }
                for (int i = 0; i < b.count; i++) {
                    put(model, tables[m], (int) b.indices[i], p[i]);
                }
            }
        }
        b.count = 0;
    }

    private static void put(PolarizationModel model, PredictionTable.Builder table, int index, PatternPrediction p) {
        if (p.classIndex() < PredictionTable.NO_PREDICTION || p.classIndex() >= PolarizationClass.COUNT) {
            throw new IllegalStateException("model '" + model.describe() + "' predicted class " + p.classIndex());
        }
        try {
            table.put(index, p);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("model '" + model.describe() + "' made an invalid prediction: "
                    + e.getMessage(), e);
        }
    }
}
