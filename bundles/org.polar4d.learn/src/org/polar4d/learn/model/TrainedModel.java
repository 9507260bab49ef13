package org.polar4d.learn.model;

import java.util.List;
import java.util.Map;

/** A model trained with one seed, with what its training measured. */
public interface TrainedModel extends PolarizationModel {

    Learner learner();

    /** The head of a network; {@code null} for PCA-kNN. */
    Head head();

    /** The training seed. */
    long seed();

    /**
     * Measured values as text, e.g. {@code bestEpoch}, {@code bestValidationLoss},
     * {@code validationAccuracy}, {@code testAccuracy}, {@code trainSize}, {@code trainSeconds}.
     */
    Map<String, String> metrics();

    /** Loss and accuracy per epoch (empty for PCA-kNN). */
    List<EpochRecord> curve();
}
