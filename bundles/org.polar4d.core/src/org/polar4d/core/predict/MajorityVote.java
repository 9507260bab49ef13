package org.polar4d.core.predict;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.polar4d.core.label.PolarizationClass;

/**
 * Combines the predictions of several models (an ensemble, or one model trained with several seeds)
 * position by position.
 *
 * <ul>
 * <li><b>Class</b>: the majority vote over the models that predicted the position. Ties go to the
 * <em>smallest class index</em> (RM before RU before ...), so the result never depends on the order
 * of the models. A position no model predicted has no prediction.</li>
 * <li><b>Agreement</b>: votes for the winning class ÷ number of models in the ensemble (a model
 * without a prediction at the position counts as disagreeing).</li>
 * <li><b>Angle</b>: circular mean of the angles of the models that voted for the winner (the class
 * centre when they carry no angle).</li>
 * <li><b>Confidence</b>: mean confidence of the models that voted for the winner.</li>
 * <li><b>Scores</b>: per class, the mean score over the models that predicted the position.</li>
 * </ul>
 *
 * Metadata keys on which all inputs agree are kept; {@code models} records how many were combined.
 */
public final class MajorityVote {

    private static final int K = PolarizationClass.COUNT;

    private MajorityVote() {
    }

    /** Winner of {@code votes} (counts per class): most votes, ties to the smallest index; −1 if none. */
    public static int winner(long[] votes) {
        int best = PredictionTable.NO_PREDICTION;
        for (int k = 0; k < votes.length; k++) {
            if (votes[k] > 0 && (best < 0 || votes[k] > votes[best])) {
                best = k;
            }
        }
        return best;
    }

    public static PredictionTable combine(List<PredictionTable> tables) {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("no predictions to combine");
        }
        PredictionTable first = tables.get(0);
        for (PredictionTable t : tables) {
            if (!t.scanShape().equals(first.scanShape())) {
                throw new IllegalArgumentException("cannot combine predictions of different scans: "
                        + first.scanShape() + " (" + first.metadata(PredictionTable.KEY_MODEL).orElse("first") + ") vs "
                        + t.scanShape() + " (" + t.metadata(PredictionTable.KEY_MODEL).orElse("another") + ")");
            }
        }
        PredictionTable.Builder b = PredictionTable.builder(first.scanShape());
        for (int i = 0; i < first.positions(); i++) {
            combinePosition(tables, i, b);
        }
        commonMetadata(tables, b);
        return b.build();
    }

    private static void combinePosition(List<PredictionTable> tables, int i, PredictionTable.Builder b) {
        long[] votes = new long[K];
        for (PredictionTable t : tables) {
            if (t.hasPrediction(i)) {
                votes[t.classIndex(i)]++;
            }
        }
        int win = winner(votes);
        if (win < 0) {
            return;
        }
        double sx = 0;
        double sy = 0;
        double confSum = 0;
        int confN = 0;
        for (PredictionTable t : tables) {
            if (t.classIndex(i) == win) {
                double a = Math.toRadians(t.angleDegrees(i));
                sx += Math.cos(a);
                sy += Math.sin(a);
                if (!Double.isNaN(t.confidence(i))) {
                    confSum += t.confidence(i);
                    confN++;
                }
            }
        }
        double angle = Math.hypot(sx, sy) < 1e-9 ? 45.0 * win : Math.toDegrees(Math.atan2(sy, sx));
        double confidence = confN == 0 ? Double.NaN : confSum / confN;
        b.put(i, win, angle, confidence, (double) votes[win] / tables.size(), meanScores(tables, i));
    }

    private static float[] meanScores(List<PredictionTable> tables, int i) {
        float[] mean = new float[K];
        boolean any = false;
        for (int k = 0; k < K; k++) {
            double sum = 0;
            int n = 0;
            for (PredictionTable t : tables) {
                double s = t.score(i, k);
                if (t.hasPrediction(i) && !Double.isNaN(s)) {
                    sum += s;
                    n++;
                }
            }
            mean[k] = n == 0 ? Float.NaN : (float) (sum / n);
            any |= n > 0;
        }
        return any ? mean : null;
    }

    private static void commonMetadata(List<PredictionTable> tables, PredictionTable.Builder b) {
        Set<String> keys = new LinkedHashSet<>(tables.get(0).metadata().keySet());
        for (String key : new ArrayList<>(keys)) {
            String v = tables.get(0).metadata().get(key);
            if (tables.stream().allMatch(t -> v.equals(t.metadata().get(key)))) {
                b.metadata(key, v);
            }
        }
        b.metadata("models", Integer.toString(tables.size()));
    }
}
