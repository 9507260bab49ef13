package org.polar4d.core.augment;

import java.util.random.RandomGenerator;

/**
 * A training-time transform of one preprocessed pattern, applied on the fly each epoch (never at
 * prediction). Label-aware transforms (rotations, mirrors) return the label of the transformed
 * pattern; all others return {@code label} unchanged.
 */
@FunctionalInterface
public interface Augmentation {

    /** The identity. */
    Augmentation NONE = (pattern, offset, height, width, label, random) -> label;

    /**
     * Transforms {@code pattern[offset .. offset + height·width)} in place.
     *
     * @param random the caller's seeded generator; the only source of randomness
     * @return the label of the transformed pattern
     */
    int apply(float[] pattern, int offset, int height, int width, int label, RandomGenerator random);
}
