package org.polar4d.learn.predict;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.predict.PatternPrediction;
import org.polar4d.core.preprocess.PreprocessingRecipe;
import org.polar4d.learn.model.PolarizationModel;

/**
 * A stand-in model: the class is the direction of the pattern's intensity centroid from the pattern
 * centre, rotated by {@code offset} classes. It checks that it is never called by two threads at
 * once and records the largest batch.
 */
class CentroidModel implements PolarizationModel {

    private final String name;
    private final int offset;
    private final PreprocessingRecipe recipe;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger largestBatch = new AtomicInteger();
    private final AtomicInteger patterns = new AtomicInteger();
    private volatile boolean concurrentCall;

    CentroidModel(String name, int offset, PreprocessingRecipe recipe) {
        this.name = name;
        this.offset = offset;
        this.recipe = recipe;
    }

    int largestBatch() {
        return largestBatch.get();
    }

    int patterns() {
        return patterns.get();
    }

    boolean calledConcurrently() {
        return concurrentCall;
    }

    @Override
    public String describe() {
        return name;
    }

    @Override
    public int inputHeight() {
        return recipe.cropSize();
    }

    @Override
    public int inputWidth() {
        return recipe.cropSize();
    }

    @Override
    public List<String> classNames() {
        return List.of("RM", "RU", "MU", "LU", "LM", "LD", "MD", "RD");
    }

    @Override
    public Map<String, String> recipe() {
        return recipe.toProperties();
    }

    @Override
    public PatternPrediction[] predict(float[] data, int count) {
        if (inFlight.incrementAndGet() > 1) {
            concurrentCall = true;
        }
        try {
            largestBatch.accumulateAndGet(count, Math::max);
            patterns.addAndGet(count);
            int s = recipe.cropSize();
            PatternPrediction[] out = new PatternPrediction[count];
            for (int i = 0; i < count; i++) {
                double sum = 0;
                double sr = 0;
                double sc = 0;
                for (int r = 0; r < s; r++) {
                    for (int c = 0; c < s; c++) {
                        double v = data[i * s * s + r * s + c];
                        sum += v;
                        sr += v * r;
                        sc += v * c;
                    }
                }
                double dx = sc / sum - (s - 1) / 2.0;
                double dy = (s - 1) / 2.0 - sr / sum;
                int k = PolarizationClass.fromVector(dx, dy).map(PolarizationClass::index).orElse(-1);
                k = k < 0 ? -1 : (k + offset) % 8;
                float[] scores = new float[8];
                if (k >= 0) {
                    scores[k] = 0.75f;
                    scores[(k + 1) % 8] = 0.25f;
                }
                double angle = Math.toDegrees(Math.atan2(dy, dx)) + 45.0 * offset;
                out[i] = new PatternPrediction(k, angle, 0.75, scores);
            }
            return out;
        } finally {
            inFlight.decrementAndGet();
        }
    }
}
