package org.polar4d.learn.train;

import java.util.random.RandomGenerator;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.polar4d.core.augment.Augmentation;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.patterns.PatternSet;
import org.polar4d.learn.net.NetworkFactory;

/** Reads mini-batches of patterns from a pattern set (streamed, one batch at a time) and augments them. */
final class BatchAssembler {

    /** A mini-batch: network input (see {@link NetworkFactory#input}) and class labels. */
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
        return new Batch(NetworkFactory.input(data, count, set.height(), set.width()), labels);
    }
}
