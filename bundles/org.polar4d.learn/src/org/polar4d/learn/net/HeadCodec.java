package org.polar4d.learn.net;

import java.util.Optional;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.predict.PatternPrediction;
import org.polar4d.learn.model.Head;

/** What a head means: label encoding, loss of network outputs, and outputs → predictions. */
public final class HeadCodec {

    private static final int C = PolarizationClass.COUNT;
    private static final double LOG_EPS = 1e-10;

    private final Head head;
    private final double sigma;

    public HeadCodec(Head head, double prototypeSigma) {
        this.head = head;
        this.sigma = prototypeSigma;
    }

    public Head head() {
        return head;
    }

    /** Network labels for class indices: one-hot rows (Cls, Proto) or (cos θ, sin θ) (Reg). */
    public INDArray labels(int[] classes) {
        int n = classes.length;
        float[] data = new float[n * (head == Head.REG ? 2 : C)];
        for (int i = 0; i < n; i++) {
            if (head == Head.REG) {
                double[] v = PolarizationClass.of(classes[i]).unitVector();
                data[2 * i] = (float) v[0];
                data[2 * i + 1] = (float) v[1];
            } else {
                data[i * C + classes[i]] = 1f;
            }
        }
        return Nd4j.createFromArray(data).reshape(n, data.length / Math.max(1, n));
    }

    /**
     * Sum over the batch of the per-example loss of network outputs (post-activation), as the
     * training loss defines it: cross-entropy, mean squared error over the 2 components, or the
     * prototype loss with this batch's prototypes.
     */
    public double lossSum(float[][] outputs, int[] classes) {
        double sum = 0;
        switch (head) {
            case CLS -> {
                for (int i = 0; i < outputs.length; i++) {
                    sum -= Math.log(Math.max(outputs[i][classes[i]], LOG_EPS));
                }
            }
            case REG -> {
                for (int i = 0; i < outputs.length; i++) {
                    double[] v = PolarizationClass.of(classes[i]).unitVector();
                    double dx = outputs[i][0] - v[0];
                    double dy = outputs[i][1] - v[1];
                    sum += (dx * dx + dy * dy) / 2;
                }
            }
            case PROTO -> {
                double[][] z = new double[outputs.length][];
                for (int i = 0; i < z.length; i++) {
                    z[i] = toDouble(outputs[i]);
                }
                sum = PrototypeLoss.evaluate(z, classes, sigma, false).sum();
            }
        }
        return sum;
    }

    /**
     * Class representations of the prototype head: the sum of the embeddings of each class
     * (PAPER §8 inference step 1); a class without examples gets a zero vector.
     */
    public static float[][] classRepresentations(float[][] embeddings, int[] classes) {
        int e = embeddings.length == 0 ? 0 : embeddings[0].length;
        float[][] r = new float[C][e];
        double[][] acc = new double[C][e];
        for (int i = 0; i < embeddings.length; i++) {
            for (int k = 0; k < e; k++) {
                acc[classes[i]][k] += embeddings[i][k];
            }
        }
        for (int c = 0; c < C; c++) {
            for (int k = 0; k < e; k++) {
                r[c][k] = (float) acc[c][k];
            }
        }
        return r;
    }

    /**
     * Turns one network output into a prediction.
     *
     * @param representations class representations (prototype head only; may be null otherwise)
     */
    public PatternPrediction predict(float[] out, float[][] representations) {
        return switch (head) {
            case CLS -> {
                int k = argMax(out);
                yield new PatternPrediction(k, 45.0 * k, clamp01(out[k]), out.clone());
            }
            case REG -> regression(out[0], out[1]);
            case PROTO -> prototype(out, representations);
        };
    }

    /**
     * Regression: class by the paper's angle-binning rule, the continuous angle kept; confidence =
     * length of the output vector (capped at 1); scores = cosine between the predicted direction
     * and each class direction.
     */
    private static PatternPrediction regression(double dx, double dy) {
        Optional<PolarizationClass> cls = PolarizationClass.fromVector(dx, dy);
        float[] scores = new float[C];
        if (cls.isEmpty()) {
            return new PatternPrediction(-1, Double.NaN, 0, scores);
        }
        double theta = Math.toDegrees(Math.atan2(dy, dx));
        double angle = theta < 0 ? theta + 360 : theta;
        for (int c = 0; c < C; c++) {
            scores[c] = (float) Math.cos(Math.toRadians(theta - 45.0 * c));
        }
        return new PatternPrediction(cls.get().index(), angle, Math.min(1, Math.hypot(dx, dy)), scores);
    }

    /** Prototype: argmax of cosine similarity (first maximum wins); confidence = best − second best. */
    private static PatternPrediction prototype(float[] z, float[][] representations) {
        if (representations == null) {
            throw new IllegalStateException("a prototype model needs class representations");
        }
        float[] cos = new float[C];
        double zn = norm(z);
        for (int c = 0; c < C; c++) {
            double rn = norm(representations[c]);
            double dot = 0;
            for (int k = 0; k < z.length; k++) {
                dot += (double) z[k] * representations[c][k];
            }
            cos[c] = (zn == 0 || rn == 0) ? 0f : (float) (dot / (zn * rn));
        }
        int best = argMax(cos);
        double second = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < C; c++) {
            if (c != best) {
                second = Math.max(second, cos[c]);
            }
        }
        return new PatternPrediction(best, 45.0 * best, clamp01(cos[best] - second), cos);
    }

    static int argMax(float[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    private static double norm(float[] v) {
        double s = 0;
        for (float x : v) {
            s += (double) x * x;
        }
        return Math.sqrt(s);
    }

    private static double clamp01(double v) {
        return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
    }

    private static double[] toDouble(float[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return d;
    }
}
