package org.polar4d.learn.train;

import java.util.random.RandomGenerator;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.polar4d.core.augment.Augmentation;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.patterns.PatternSet;

/** Reads mini-batches of patterns from a pattern set (streamed, one batch at a time) and augments them. */
final class BatchAssembler {

    /** A mini-batch: features {@code n × 1 × h × w} and class labels. */
    record Batch(INDArray features, int[] labels) {
        int size() {
            return labels.length;
        }
    }

    private final PatternSet set;
    private final int pixels;

    BatchAssembler(PatternSet set) {
        this.set = set;
        this.pixels = set.pixels();
    }

    /**
     * Reads {@code indices[from .. from+count)}; applies {@code augmentation} with {@code random}
     * to each pattern in order (so the result depends only on the generator's state).
     */
    Batch assemble(int[] indices, int from, int count, Augmentation augmentation, RandomGenerator random)
            throws TrainingException {
        float[] data = new float[count * pixels];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            int index = indices[from + i];
            set.read(index, data, i * pixels);
            int label = set.label(index);
            if (augmentation != Augmentation.NONE) {
                label = augmentation.apply(data, i * pixels, set.height(), set.width(), label, random);
                if (label < 0 || label >= PolarizationClass.COUNT) {
                    throw new TrainingException("the augmentation returned label " + label + " for pattern " + index
                            + "; expected 0..7");
                }
            }
            labels[i] = label;
        }
        INDArray features = Nd4j.createFromArray(data).reshape(count, 1, set.height(), set.width());
        return new Batch(features, labels);
    }
}
