package org.polar4d.core.render;

import java.util.List;

/**
 * Per-epoch training metrics for a training-curve figure. Any value may be NaN (not recorded).
 *
 * @param epochs one entry per epoch, in order
 */
public record TrainingHistory(List<Epoch> epochs) {

    /**
     * @param epoch epoch number (1-based)
     * @param loss training loss
     * @param valLoss validation loss
     * @param accuracy training accuracy in [0, 1]
     * @param valAccuracy validation accuracy in [0, 1]
     */
    public record Epoch(int epoch, double loss, double valLoss, double accuracy, double valAccuracy) {
    }

    public TrainingHistory {
        epochs = List.copyOf(epochs);
    }
}
