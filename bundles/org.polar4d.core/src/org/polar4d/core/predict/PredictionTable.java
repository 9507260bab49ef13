package org.polar4d.core.predict;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.polar4d.core.data.ScanShape;
import org.polar4d.core.label.PolarizationClass;

/**
 * Predictions for every position of one scan: class, direction angle, confidence, ensemble
 * agreement and per-class scores. Positions are row-major indices of the {@link ScanShape}. A
 * position without a prediction (never predicted, or undefined such as a zero-length regression
 * output) has class {@link #NO_PREDICTION} and NaN values.
 *
 * <p>Metadata are free key-value pairs that travel with the table (e.g. {@code dataset},
 * {@code model}, {@code seed}, {@code label}); evaluation groups tables by them.
 */
public final class PredictionTable {

    /** Class index of a position without a prediction. */
    public static final int NO_PREDICTION = -1;

    /** Metadata keys written by the predictor and read by evaluation. */
    public static final String KEY_DATASET = "dataset";
    public static final String KEY_MODEL = "model";
    public static final String KEY_SEED = "seed";
    public static final String KEY_LABEL = "label";

    private static final int K = PolarizationClass.COUNT;

    private final ScanShape scan;
    private final int[] classes;
    private final float[] angles;
    private final float[] confidences;
    private final float[] agreements;
    private final float[] scores;
    private final Map<String, String> metadata;

    private PredictionTable(Builder b) {
        this.scan = b.scan;
        this.classes = b.classes.clone();
        this.angles = b.angles.clone();
        this.confidences = b.confidences.clone();
        this.agreements = b.agreements.clone();
        this.scores = b.scores.clone();
        this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
    }

    public static Builder builder(ScanShape scan) {
        return new Builder(scan);
    }

    public ScanShape scanShape() {
        return scan;
    }

    /** Number of scan positions (rows × cols). */
    public int positions() {
        return classes.length;
    }

    public boolean hasPrediction(int index) {
        return classes[index] != NO_PREDICTION;
    }

    /** Class index 0..7 at {@code index}, or {@link #NO_PREDICTION}. */
    public int classIndex(int index) {
        return classes[index];
    }

    public int classIndex(int row, int col) {
        return classes[(int) scan.index(row, col)];
    }

    public Optional<PolarizationClass> predictedClass(int index) {
        return hasPrediction(index) ? Optional.of(PolarizationClass.of(classes[index])) : Optional.empty();
    }

    /** Direction in degrees in [0, 360), NaN without a prediction. */
    public double angleDegrees(int index) {
        return angles[index];
    }

    /** Confidence in [0, 1], NaN if unknown. */
    public double confidence(int index) {
        return confidences[index];
    }

    /** Fraction of an ensemble's models that voted for the class (1 for a single model), NaN if unknown. */
    public double agreement(int index) {
        return agreements[index];
    }

    /** Score of class {@code k} at {@code index}, NaN if unknown. */
    public double score(int index, int k) {
        return scores[index * K + k];
    }

    /** The 8 class scores at {@code index} (a copy; NaN if unknown). */
    public float[] scores(int index) {
        return Arrays.copyOfRange(scores, index * K, index * K + K);
    }

    /** Whether any position carries class scores. */
    public boolean hasScores() {
        for (float s : scores) {
            if (!Float.isNaN(s)) {
                return true;
            }
        }
        return false;
    }

    /** Number of positions with a prediction. */
    public int predictedCount() {
        int n = 0;
        for (int c : classes) {
            if (c != NO_PREDICTION) {
                n++;
            }
        }
        return n;
    }

    /** The class map, row-major (a copy). */
    public int[] classMap() {
        return classes.clone();
    }

    public Map<String, String> metadata() {
        return metadata;
    }

    public Optional<String> metadata(String key) {
        return Optional.ofNullable(metadata.get(key));
    }

    /** A copy of this table with one metadata entry added or replaced. */
    public PredictionTable withMetadata(String key, String value) {
        Builder b = toBuilder();
        b.metadata(key, value);
        return b.build();
    }

    /** A builder holding a copy of this table. */
    public Builder toBuilder() {
        Builder b = new Builder(scan);
        System.arraycopy(classes, 0, b.classes, 0, classes.length);
        System.arraycopy(angles, 0, b.angles, 0, angles.length);
        System.arraycopy(confidences, 0, b.confidences, 0, confidences.length);
        System.arraycopy(agreements, 0, b.agreements, 0, agreements.length);
        System.arraycopy(scores, 0, b.scores, 0, scores.length);
        b.metadata.putAll(metadata);
        return b;
    }

    /**
     * Collects predictions position by position. Positions not set have no prediction. Different
     * threads may fill different positions; {@link #build} must happen after they are done.
     */
    public static final class Builder {
        private final ScanShape scan;
        private final int[] classes;
        private final float[] angles;
        private final float[] confidences;
        private final float[] agreements;
        private final float[] scores;
        private final Map<String, String> metadata = new LinkedHashMap<>();

        private Builder(ScanShape scan) {
            if (scan.positions() > Integer.MAX_VALUE / K) {
                throw new IllegalArgumentException("scan " + scan + " has too many positions for a prediction table");
            }
            this.scan = scan;
            int n = (int) scan.positions();
            classes = new int[n];
            Arrays.fill(classes, NO_PREDICTION);
            angles = nans(n);
            confidences = nans(n);
            agreements = nans(n);
            scores = nans(n * K);
        }

        public ScanShape scanShape() {
            return scan;
        }

        /** Sets a single model's prediction (agreement 1; class −1 = no prediction). */
        public Builder put(int index, PatternPrediction p) {
            return put(index, p.classIndex(), p.angleDegrees(), p.confidence(), 1.0, p.scores());
        }

        /**
         * Sets the prediction at {@code index}.
         *
         * @param classIndex 0..7 or {@link #NO_PREDICTION}
         * @param angleDegrees direction (any range; stored in [0, 360)); NaN = the class centre
         * @param confidence in [0, 1] or NaN
         * @param agreement in [0, 1] or NaN
         * @param classScores 8 scores or null
         */
        public Builder put(int index, int classIndex, double angleDegrees, double confidence, double agreement,
                float[] classScores) {
            if (index < 0 || index >= classes.length) {
                throw new IllegalArgumentException("position " + index + " outside the scan " + scan);
            }
            if (classIndex < NO_PREDICTION || classIndex >= K) {
                throw new IllegalArgumentException("class index must be -1..7, got " + classIndex);
            }
            checkUnit("confidence", confidence);
            checkUnit("agreement", agreement);
            if (classScores != null && classScores.length != K) {
                throw new IllegalArgumentException("expected " + K + " class scores, got " + classScores.length);
            }
            classes[index] = classIndex;
            if (classIndex == NO_PREDICTION) {
                angles[index] = Float.NaN;
            } else {
                double a = Double.isNaN(angleDegrees) ? 45.0 * classIndex : angleDegrees;
                angles[index] = (float) normaliseDegrees(a);
            }
            confidences[index] = (float) clampUnit(confidence);
            agreements[index] = classIndex == NO_PREDICTION ? Float.NaN : (float) clampUnit(agreement);
            for (int k = 0; k < K; k++) {
                scores[index * K + k] = classScores == null ? Float.NaN : classScores[k];
            }
            return this;
        }

        public Builder metadata(String key, String value) {
            if (key.isBlank() || key.contains(":") || key.contains("\n") || value.contains("\n")) {
                throw new IllegalArgumentException("invalid metadata entry '" + key + "'");
            }
            metadata.put(key.trim(), value.trim());
            return this;
        }

        public PredictionTable build() {
            return new PredictionTable(this);
        }

        private static float[] nans(int n) {
            float[] a = new float[n];
            Arrays.fill(a, Float.NaN);
            return a;
        }

        private static double clampUnit(double v) {
            return Double.isNaN(v) ? v : Math.max(0, Math.min(1, v));
        }

        private static void checkUnit(String what, double v) {
            if (!Double.isNaN(v) && (v < -1e-6 || v > 1 + 1e-6)) {
                throw new IllegalArgumentException(what + " must be in [0, 1], got " + v);
            }
        }
    }

    /** {@code degrees} mapped into [0, 360). */
    public static double normaliseDegrees(double degrees) {
        double a = degrees % 360.0;
        if (a < 0) {
            a += 360.0;
        }
        return a >= 360.0 ? 0.0 : a;
    }
}
