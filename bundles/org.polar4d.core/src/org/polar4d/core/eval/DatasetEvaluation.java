package org.polar4d.core.eval;

import org.polar4d.core.predict.PredictionTable;

/**
 * Per-pattern evaluation of one prediction table against a dataset-level label (paper §11): a
 * pattern is correct when its predicted class is one of the accepted labels. Accuracy is taken over
 * <em>all</em> scan positions; a position without a prediction counts as wrong.
 *
 * @param positions scan positions
 * @param correct positions whose class is accepted
 * @param counts predictions per class (and positions without one)
 * @param confusion every position in the row of the primary label
 * @param accepted the accepted labels
 */
public record DatasetEvaluation(long positions, long correct, ClassCounts counts, ConfusionMatrix confusion,
        AcceptedLabels accepted) {

    public static DatasetEvaluation of(PredictionTable table, AcceptedLabels accepted) {
        long correct = 0;
        for (int i = 0; i < table.positions(); i++) {
            if (accepted.accepts(table.classIndex(i))) {
                correct++;
            }
        }
        return new DatasetEvaluation(table.positions(), correct, ClassCounts.of(table),
                ConfusionMatrix.of(table, accepted.primary()), accepted);
    }

    /** Fraction of positions predicted as an accepted class, in [0, 1]. */
    public double accuracy() {
        return positions == 0 ? Double.NaN : (double) correct / positions;
    }

    /** Most frequent predicted class (ties to the smallest index), −1 without predictions. */
    public int majorityClass() {
        return counts.majority();
    }

    public boolean majorityAccepted() {
        return accepted.accepts(majorityClass());
    }
}
