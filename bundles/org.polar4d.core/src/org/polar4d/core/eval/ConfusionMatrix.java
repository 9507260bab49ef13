package org.polar4d.core.eval;

import java.util.Locale;

import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.predict.PredictionTable;

/**
 * Counts of (true class, predicted class) pairs: 8 rows (true) × 9 columns (predicted 0..7 and a
 * last column for "no prediction"). Immutable; {@link #plus} sums matrices over datasets.
 */
public final class ConfusionMatrix {

    private static final int K = PolarizationClass.COUNT;
    /** Column of positions without a prediction. */
    public static final int NONE_COLUMN = K;

    private final long[][] counts;

    private ConfusionMatrix(long[][] counts) {
        this.counts = counts;
    }

    public static ConfusionMatrix empty() {
        return new ConfusionMatrix(new long[K][K + 1]);
    }

    /** Every position of {@code table} counted in the row of {@code trueClass}. */
    public static ConfusionMatrix of(PredictionTable table, PolarizationClass trueClass) {
        long[][] c = new long[K][K + 1];
        for (int i = 0; i < table.positions(); i++) {
            int k = table.classIndex(i);
            c[trueClass.ordinal()][k < 0 ? NONE_COLUMN : k]++;
        }
        return new ConfusionMatrix(c);
    }

    /** From a full matrix of counts, 8 rows × 8 or 9 columns. */
    public static ConfusionMatrix of(long[][] counts) {
        if (counts.length != K) {
            throw new IllegalArgumentException("a confusion matrix needs " + K + " rows, got " + counts.length);
        }
        long[][] c = new long[K][K + 1];
        for (int t = 0; t < K; t++) {
            if (counts[t].length != K && counts[t].length != K + 1) {
                throw new IllegalArgumentException("row " + t + " has " + counts[t].length + " columns, expected 8 or 9");
            }
            System.arraycopy(counts[t], 0, c[t], 0, counts[t].length);
        }
        return new ConfusionMatrix(c);
    }

    public ConfusionMatrix plus(ConfusionMatrix other) {
        long[][] c = new long[K][K + 1];
        for (int t = 0; t < K; t++) {
            for (int p = 0; p <= K; p++) {
                c[t][p] = counts[t][p] + other.counts[t][p];
            }
        }
        return new ConfusionMatrix(c);
    }

    /** Count of true class {@code t} predicted as {@code p} (p = {@link #NONE_COLUMN}: no prediction). */
    public long count(int t, int p) {
        return counts[t][p];
    }

    public long rowTotal(int t) {
        long s = 0;
        for (long v : counts[t]) {
            s += v;
        }
        return s;
    }

    public long total() {
        long s = 0;
        for (int t = 0; t < K; t++) {
            s += rowTotal(t);
        }
        return s;
    }

    /** Whether any position had no prediction (the last column is worth showing). */
    public boolean hasNone() {
        for (int t = 0; t < K; t++) {
            if (counts[t][NONE_COLUMN] > 0) {
                return true;
            }
        }
        return false;
    }

    /** Recall of class {@code t}: correct ÷ all positions of true class t; NaN if there are none. */
    public double classAccuracy(int t) {
        long n = rowTotal(t);
        return n == 0 ? Double.NaN : (double) counts[t][t] / n;
    }

    /** Diagonal ÷ all positions (no prediction counts as wrong); NaN if empty. */
    public double accuracy() {
        long n = total();
        long d = 0;
        for (int t = 0; t < K; t++) {
            d += counts[t][t];
        }
        return n == 0 ? Double.NaN : (double) d / n;
    }

    /** CSV: header {@code true\predicted,RM,...,RD,none,total,class_accuracy}, one row per true class. */
    public String toCsv() {
        StringBuilder sb = new StringBuilder("true\\predicted");
        for (PolarizationClass c : PolarizationClass.values()) {
            sb.append(',').append(c.name());
        }
        sb.append(",none,total,class_accuracy\n");
        for (int t = 0; t < K; t++) {
            sb.append(PolarizationClass.of(t).name());
            for (int p = 0; p <= K; p++) {
                sb.append(',').append(counts[t][p]);
            }
            double a = classAccuracy(t);
            sb.append(',').append(rowTotal(t)).append(',')
                    .append(Double.isNaN(a) ? "" : String.format(Locale.ROOT, "%.6f", a)).append('\n');
        }
        return sb.toString();
    }
}
