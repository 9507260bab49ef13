package org.polar4d.learn.net;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.shade.jackson.annotation.JsonProperty;
import org.polar4d.core.label.PolarizationClass;

/**
 * The circular soft-target prototype loss of PAPER §8 as a whole-batch DL4J loss. Per mini-batch:
 * class prototypes are the mean embeddings of the classes present (absent classes keep a zero
 * prototype that still competes), distances are Euclidean (not squared), q = softmax(−D) and the
 * loss is KL(t ‖ q) to Gaussian circular targets t, averaged over the batch ("batchmean").
 *
 * <p>DL4J divides scores and gradients by the mini-batch size itself, so {@link #computeScore}
 * with {@code average = false} returns the sum over the batch and {@link #computeGradient} the
 * gradient of that sum — analytic, including the path through the prototypes. Labels are one-hot
 * rows over the 8 classes; masks are not supported.
 */
public final class PrototypeLoss implements ILossFunction {

    private static final long serialVersionUID = 1L;
    private static final int C = PolarizationClass.COUNT;

    @JsonProperty("sigma")
    private double sigma;

    /** For JSON deserialisation; σ = 1.25. */
    public PrototypeLoss() {
        this(1.25);
    }

    public PrototypeLoss(@JsonProperty("sigma") double sigma) {
        if (!(sigma > 0)) {
            throw new IllegalArgumentException("prototype loss sigma must be > 0, got " + sigma);
        }
        this.sigma = sigma;
    }

    public double sigma() {
        return sigma;
    }

    /**
     * The soft target distribution over the 8 classes for true class {@code y}:
     * t_c ∝ exp(−δ(c, y)² / 2σ²) with the circular distance δ.
     */
    public static double[] targets(int y, double sigma) {
        double[] t = new double[C];
        double sum = 0;
        for (int c = 0; c < C; c++) {
            int d = Math.abs(c - y);
            d = Math.min(d, C - d);
            t[c] = Math.exp(-(double) d * d / (2 * sigma * sigma));
            sum += t[c];
        }
        for (int c = 0; c < C; c++) {
            t[c] /= sum;
        }
        return t;
    }

    /** Per-example losses and (optionally) the gradient of their sum with respect to the embeddings. */
    public record Evaluation(double[] losses, double[][] gradient) {
        public double sum() {
            double s = 0;
            for (double l : losses) {
                s += l;
            }
            return s;
        }
    }

    /**
     * Evaluates the loss of one mini-batch.
     *
     * @param z embeddings, one row per example
     * @param y class indices 0..7
     */
    public static Evaluation evaluate(double[][] z, int[] y, double sigma, boolean withGradient) {
        int n = z.length;
        int e = n == 0 ? 0 : z[0].length;
        int[] count = new int[C];
        double[][] p = new double[C][e];
        for (int i = 0; i < n; i++) {
            count[y[i]]++;
            for (int k = 0; k < e; k++) {
                p[y[i]][k] += z[i][k];
            }
        }
        for (int c = 0; c < C; c++) {
            for (int k = 0; k < e && count[c] > 0; k++) {
                p[c][k] /= count[c];
            }
        }
        double[][] t = new double[C][];
        for (int c = 0; c < C; c++) {
            t[c] = targets(c, sigma);
        }
        double[] losses = new double[n];
        double[][] w = new double[n][C]; // dS/dD_ic / D_ic
        for (int i = 0; i < n; i++) {
            double[] d = new double[C];
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < C; c++) {
                double s = 0;
                for (int k = 0; k < e; k++) {
                    double diff = z[i][k] - p[c][k];
                    s += diff * diff;
                }
                d[c] = Math.sqrt(s);
                max = Math.max(max, -d[c]);
            }
            double sumExp = 0;
            for (int c = 0; c < C; c++) {
                sumExp += Math.exp(-d[c] - max);
            }
            double lse = max + Math.log(sumExp);
            double[] ti = t[y[i]];
            double loss = 0;
            for (int c = 0; c < C; c++) {
                double logQ = -d[c] - lse;
                loss += ti[c] * (Math.log(ti[c]) - logQ);
                double g = ti[c] - Math.exp(logQ); // dKL_i/dD_ic (targets sum to 1)
                w[i][c] = d[c] > 0 ? g / d[c] : 0;
            }
            losses[i] = loss;
        }
        if (!withGradient) {
            return new Evaluation(losses, null);
        }
        double[][] grad = new double[n][e];
        double[][] gradP = new double[C][e];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < C; c++) {
                double wic = w[i][c];
                if (wic == 0) {
                    continue;
                }
                for (int k = 0; k < e; k++) {
                    double g = wic * (z[i][k] - p[c][k]);
                    grad[i][k] += g;
                    gradP[c][k] -= g;
                }
            }
        }
        for (int i = 0; i < n; i++) { // through p_y = mean of the class's embeddings
            int c = y[i];
            for (int k = 0; k < e; k++) {
                grad[i][k] += gradP[c][k] / count[c];
            }
        }
        return new Evaluation(losses, grad);
    }

    private Evaluation evaluate(INDArray labels, INDArray preOutput, IActivation activation, INDArray mask,
            boolean withGradient) {
        if (mask != null) {
            throw new UnsupportedOperationException("the prototype loss does not support masks");
        }
        if (labels.size(1) != C) {
            throw new IllegalArgumentException("prototype loss needs one-hot labels over " + C + " classes, got "
                    + labels.size(1) + " columns");
        }
        INDArray out = activation.getActivation(preOutput.dup(), true);
        return evaluate(out.toDoubleMatrix(), classes(labels), sigma, withGradient);
    }

    /** Class index per one-hot row. */
    static int[] classes(INDArray oneHot) {
        INDArray idx = oneHot.argMax(1);
        int[] y = new int[(int) oneHot.size(0)];
        for (int i = 0; i < y.length; i++) {
            y[i] = idx.getInt(i);
        }
        return y;
    }

    @Override
    public double computeScore(INDArray labels, INDArray preOutput, IActivation activation, INDArray mask,
            boolean average) {
        double sum = evaluate(labels, preOutput, activation, mask, false).sum();
        return average ? sum / preOutput.size(0) : sum;
    }

    @Override
    public INDArray computeScoreArray(INDArray labels, INDArray preOutput, IActivation activation, INDArray mask) {
        double[] losses = evaluate(labels, preOutput, activation, mask, false).losses();
        return Nd4j.create(losses, new long[] {losses.length, 1}).castTo(preOutput.dataType());
    }

    @Override
    public INDArray computeGradient(INDArray labels, INDArray preOutput, IActivation activation, INDArray mask) {
        return gradient(preOutput, activation, evaluate(labels, preOutput, activation, mask, true));
    }

    @Override
    public Pair<Double, INDArray> computeGradientAndScore(INDArray labels, INDArray preOutput, IActivation activation,
            INDArray mask, boolean average) {
        Evaluation ev = evaluate(labels, preOutput, activation, mask, true);
        double score = average ? ev.sum() / preOutput.size(0) : ev.sum();
        return new Pair<>(score, gradient(preOutput, activation, ev));
    }

    private static INDArray gradient(INDArray preOutput, IActivation activation, Evaluation ev) {
        INDArray dOut = Nd4j.create(ev.gradient()).castTo(preOutput.dataType());
        return activation.backprop(preOutput.dup(), dOut).getFirst();
    }

    @Override
    public String name() {
        return "PrototypeLoss(sigma=" + sigma + ")";
    }

    @Override
    public String toString() {
        return name();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PrototypeLoss p && p.sigma == sigma;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(sigma);
    }
}
