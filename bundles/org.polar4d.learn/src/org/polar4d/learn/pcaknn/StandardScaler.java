package org.polar4d.learn.pcaknn;

/**
 * Per-feature standardisation z = (x − mean) / scale with the population standard deviation;
 * features whose standard deviation is below {@link #MIN_SCALE} (constant features) get scale 1,
 * like scikit-learn's {@code StandardScaler}.
 */
public final class StandardScaler {

    /** Standard deviations below this count as zero (≈ 10 float32 epsilons, as scikit-learn). */
    public static final double MIN_SCALE = 10 * Math.ulp(1f);

    private final float[] mean;
    private final float[] scale;

    public StandardScaler(float[] mean, float[] scale) {
        if (mean.length != scale.length) {
            throw new IllegalArgumentException("mean and scale differ in length: " + mean.length + " vs " + scale.length);
        }
        for (float s : scale) {
            if (!(s > 0) || !Float.isFinite(s)) {
                throw new IllegalArgumentException("scaler scale must be finite and > 0, got " + s);
            }
        }
        this.mean = mean.clone();
        this.scale = scale.clone();
    }

    /** Builds the scaler from per-feature sums and sums of squares over {@code n} rows. */
    static StandardScaler fromMoments(double[] sum, double[] sumSquares, long n) {
        float[] mean = new float[sum.length];
        float[] scale = new float[sum.length];
        for (int d = 0; d < sum.length; d++) {
            double m = sum[d] / n;
            double var = Math.max(0, sumSquares[d] / n - m * m);
            double s = Math.sqrt(var);
            mean[d] = (float) m;
            scale[d] = s < MIN_SCALE ? 1f : (float) s;
        }
        return new StandardScaler(mean, scale);
    }

    public int dimensions() {
        return mean.length;
    }

    public float[] mean() {
        return mean.clone();
    }

    public float[] scale() {
        return scale.clone();
    }

    /** Standardises {@code row[offset .. offset + dimensions())} in place. */
    public void transform(float[] row, int offset) {
        for (int d = 0; d < mean.length; d++) {
            row[offset + d] = (row[offset + d] - mean[d]) / scale[d];
        }
    }
}
