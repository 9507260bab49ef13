package org.polar4d.core.eval;

import java.util.Arrays;
import java.util.List;

import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.predict.MajorityVote;
import org.polar4d.core.predict.PredictionTable;

/** How many positions were predicted as each class, and how many got no prediction. */
public final class ClassCounts {

    private final long[] counts;
    private final long none;

    private ClassCounts(long[] counts, long none) {
        this.counts = counts;
        this.none = none;
    }

    public static ClassCounts of(PredictionTable table) {
        long[] c = new long[PolarizationClass.COUNT];
        long none = 0;
        for (int i = 0; i < table.positions(); i++) {
            int k = table.classIndex(i);
            if (k < 0) {
                none++;
            } else {
                c[k]++;
            }
        }
        return new ClassCounts(c, none);
    }

    /** Counts summed over several tables (e.g. all seeds of one model on one dataset). */
    public static ClassCounts of(List<PredictionTable> tables) {
        ClassCounts sum = new ClassCounts(new long[PolarizationClass.COUNT], 0);
        for (PredictionTable t : tables) {
            sum = sum.plus(of(t));
        }
        return sum;
    }

    public ClassCounts plus(ClassCounts other) {
        long[] c = counts.clone();
        for (int k = 0; k < c.length; k++) {
            c[k] += other.counts[k];
        }
        return new ClassCounts(c, none + other.none);
    }

    public long count(int classIndex) {
        return counts[classIndex];
    }

    /** Positions without a prediction. */
    public long none() {
        return none;
    }

    /** Positions with a prediction. */
    public long predicted() {
        return Arrays.stream(counts).sum();
    }

    /**
     * Share of each class among the positions <em>with</em> a prediction, in percent (all NaN if there
     * is none).
     */
    public double[] percentages() {
        long n = predicted();
        double[] p = new double[counts.length];
        for (int k = 0; k < p.length; k++) {
            p[k] = n == 0 ? Double.NaN : 100.0 * counts[k] / n;
        }
        return p;
    }

    /** The most frequent class (ties to the smallest index, like the map vote); −1 without predictions. */
    public int majority() {
        return MajorityVote.winner(counts);
    }
}
