package org.polar4d.learn.model;

/**
 * One epoch of a training curve.
 *
 * @param epoch 1-based epoch number
 * @param trainLoss mean loss over the epoch's training batches (without the L2 term)
 * @param validationLoss mean loss over the validation split (without the L2 term)
 * @param validationAccuracy fraction of validation patterns predicted correctly
 * @param seconds wall time of the epoch
 */
public record EpochRecord(int epoch, double trainLoss, double validationLoss, double validationAccuracy,
        double seconds) {
}
