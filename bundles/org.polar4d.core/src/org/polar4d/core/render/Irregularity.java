package org.polar4d.core.render;

import java.util.Locale;

import org.polar4d.core.data.ScanShape;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.predict.PredictionTable;

/**
 * How irregular the prediction at each scan position is — the paper links irregular regions of the
 * predicted maps to crystal defects. Two measures, both in [0, 1], NaN where undefined:
 * <ul>
 * <li>{@link Measure#NEIGHBOURS} (default): the fraction of the 8 neighbours (fewer at the border;
 * neighbours without a prediction are skipped) whose class differs from the position's class. 0 =
 * inside a uniform domain, about 3/8 on a straight domain wall, 1 = an isolated outlier. Undefined
 * without a prediction or without any predicted neighbour.</li>
 * <li>{@link Measure#ENTROPY}: Shannon entropy of the class scores normalised to sum 1 (negative
 * scores count as 0), divided by ln 8. 0 = all weight on one class, 1 = all classes equal. Meaningful
 * for probabilities (classification heads) and vote shares (kNN, ensembles); undefined without
 * scores.</li>
 * </ul>
 */
public final class Irregularity {

    /** The irregularity measure. */
    public enum Measure {
        NEIGHBOURS("neighbour disagreement"), ENTROPY("prediction entropy");

        private final String label;

        Measure(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Measure parse(String text) {
            String t = text.trim().toLowerCase(Locale.ROOT);
            if (t.startsWith("neighbo")) {
                return NEIGHBOURS;
            }
            if (t.equals("entropy")) {
                return ENTROPY;
            }
            throw new IllegalArgumentException("unknown irregularity measure '" + text + "'; expected neighbours or entropy");
        }
    }

    private Irregularity() {
    }

    /** The measure at every position (row-major). */
    public static float[] of(PredictionTable table, Measure measure) {
        return measure == Measure.NEIGHBOURS ? neighbourDisagreement(table) : entropy(table);
    }

    public static float[] neighbourDisagreement(PredictionTable table) {
        ScanShape s = table.scanShape();
        float[] out = new float[table.positions()];
        for (int r = 0; r < s.rows(); r++) {
            for (int c = 0; c < s.cols(); c++) {
                out[(int) s.index(r, c)] = disagreement(table, s, r, c);
            }
        }
        return out;
    }

    private static float disagreement(PredictionTable t, ScanShape s, int r, int c) {
        int k = t.classIndex(r, c);
        if (k < 0) {
            return Float.NaN;
        }
        int n = 0;
        int differ = 0;
        for (int dr = -1; dr <= 1; dr++) {
            for (int dc = -1; dc <= 1; dc++) {
                int rr = r + dr;
                int cc = c + dc;
                if ((dr != 0 || dc != 0) && rr >= 0 && rr < s.rows() && cc >= 0 && cc < s.cols()) {
                    int kn = t.classIndex(rr, cc);
                    if (kn >= 0) {
                        n++;
                        differ += kn != k ? 1 : 0;
                    }
                }
            }
        }
        return n == 0 ? Float.NaN : (float) differ / n;
    }

    public static float[] entropy(PredictionTable table) {
        float[] out = new float[table.positions()];
        double norm = Math.log(PolarizationClass.COUNT);
        for (int i = 0; i < out.length; i++) {
            double sum = 0;
            boolean known = false;
            for (int k = 0; k < PolarizationClass.COUNT; k++) {
                double v = table.score(i, k);
                known |= !Double.isNaN(v);
                sum += v > 0 ? v : 0;
            }
            if (!known || !table.hasPrediction(i) || sum <= 0) {
                out[i] = Float.NaN;
                continue;
            }
            double h = 0;
            for (int k = 0; k < PolarizationClass.COUNT; k++) {
                double v = table.score(i, k);
                double p = v > 0 ? v / sum : 0;
                h -= p > 0 ? p * Math.log(p) : 0;
            }
            out[i] = (float) (h / norm);
        }
        return out;
    }
}
