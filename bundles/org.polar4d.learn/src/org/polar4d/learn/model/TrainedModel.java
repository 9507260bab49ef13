package org.polar4d.learn.model;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.polar4d.core.label.PolarizationClass;

/** A model trained with one seed, with what its training measured. */
public interface TrainedModel extends PolarizationModel {

    /** The paper's eight class names in index order (RM RU MU LU LM LD MD RD): what every learner predicts. */
    List<String> CLASS_NAMES = Stream.of(PolarizationClass.values()).map(Enum::name).toList();

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

    @Override
    default List<String> classNames() {
        return CLASS_NAMES;
    }
}
