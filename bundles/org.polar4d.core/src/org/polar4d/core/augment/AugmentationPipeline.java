package org.polar4d.core.augment;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Augmentations applied in order, each independently with its probability: for every step one
 * uniform draw decides whether it fires, then the step draws its own parameters. All randomness
 * comes from the caller's generator, so the same seed gives the same patterns. Thread-safe.
 */
public final class AugmentationPipeline implements Augmentation {

    /** One step: an augmentation and the probability that it fires. */
    public record Step(String name, Augmentation augmentation, double probability) {

        public Step {
            if (!(probability >= 0 && probability <= 1)) {
                throw new IllegalArgumentException(name + " probability must be in [0, 1], got " + probability);
            }
        }
    }

    private final List<Step> steps;

    public AugmentationPipeline(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    public List<Step> steps() {
        return steps;
    }

    @Override
    public int apply(float[] pattern, int offset, int height, int width, int label, RandomGenerator random) {
        int l = label;
        for (Step s : steps) {
            if (random.nextDouble() < s.probability()) {
                l = s.augmentation().apply(pattern, offset, height, width, l, random);
            }
        }
        return l;
    }
}
