package org.polar4d.learn.train;

import org.polar4d.learn.model.EpochRecord;

/** Detailed training events (the coarse ones also go to {@code Progress}). Called on the training thread. */
public interface TrainingListener {

    TrainingListener NONE = new TrainingListener() {
    };

    /** A training batch was fitted; {@code loss} is its loss without the L2 term. */
    default void batchDone(long seed, int epoch, int batch, int batches, double loss) {
    }

    /** An epoch ended (after validation). */
    default void epochDone(long seed, EpochRecord record, boolean improved) {
    }

    /** The model of one seed is final. */
    default void seedDone(long seed, java.util.Map<String, String> metrics) {
    }
}
