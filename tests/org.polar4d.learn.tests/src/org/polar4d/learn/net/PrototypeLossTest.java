package org.polar4d.learn.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.NoOp;
import org.polar4d.learn.model.Head;
import org.polar4d.learn.runtime.NativeRuntime;

class PrototypeLossTest {

    @BeforeAll
    static void init() {
        NativeRuntime.ensureInitialised();
    }

    @Test
    void softTargetsAreThePapersCircularGaussian() {
        double[] t = PrototypeLoss.targets(2, 1.25);
        double[] expected = {0.0889, 0.2322, 0.3198, 0.2322, 0.0889, 0.0180, 0.0019, 0.0180};
        for (int c = 0; c < 8; c++) {
            assertEquals(expected[c], t[c], 1e-4, "class " + c);
        }
    }

    @Test
    void lossOfALonelyExampleMatchesTheClosedForm() {
        // one example of class 0: its prototype is itself (D = 0); the 7 absent classes keep zero
        // prototypes at distance r = |z| that still compete in the softmax
        double[] z = {3, 4};
        double r = 5;
        double[] t = PrototypeLoss.targets(0, 1.25);
        double expected = Math.log(1 + 7 * Math.exp(-r)) + r * (1 - t[0]);
        for (double ti : t) {
            expected += ti * Math.log(ti);
        }
        double actual = PrototypeLoss.evaluate(new double[][] {z}, new int[] {0}, 1.25, false).sum();
        assertEquals(expected, actual, 1e-12);
    }

    @Test
    void analyticGradientMatchesFiniteDifferences() {
        SplittableRandom rnd = new SplittableRandom(5);
        int n = 9;
        int e = 6;
        double[][] z = new double[n][e];
        for (double[] row : z) {
            for (int k = 0; k < e; k++) {
                row[k] = rnd.nextGaussian();
            }
        }
        // classes 0 and 3 twice or more, 5 once, 1 2 4 6 7 absent
        int[] y = {0, 3, 0, 3, 5, 0, 3, 3, 0};
        double[][] grad = PrototypeLoss.evaluate(z, y, 1.25, true).gradient();
        double h = 1e-6;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < e; k++) {
                double keep = z[i][k];
                z[i][k] = keep + h;
                double plus = PrototypeLoss.evaluate(z, y, 1.25, false).sum();
                z[i][k] = keep - h;
                double minus = PrototypeLoss.evaluate(z, y, 1.25, false).sum();
                z[i][k] = keep;
                double numeric = (plus - minus) / (2 * h);
                assertEquals(numeric, grad[i][k], 1e-6 * Math.max(1, Math.abs(numeric)), "d/dz[" + i + "][" + k + "]");
            }
        }
    }

    @Test
    void dl4jGradientCheckPassesThroughTheNetwork() {
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(3).dataType(DataType.DOUBLE).updater(new NoOp()).weightInit(WeightInit.XAVIER)
                .graphBuilder()
                .addInputs("in").setInputTypes(InputType.feedForward(5))
                .addLayer("hidden", new DenseLayer.Builder().nOut(7).activation(Activation.TANH).build(), "in")
                .addLayer("out", new OutputLayer.Builder(new PrototypeLoss(1.25)).nOut(4)
                        .activation(Activation.IDENTITY).build(), "hidden")
                .setOutputs("out").build();
        ComputationGraph net = new ComputationGraph(conf);
        net.init();
        Nd4j.getRandom().setSeed(11);
        INDArray x = Nd4j.rand(DataType.DOUBLE, 10, 5).subi(0.5).muli(4);
        int[] classes = {0, 1, 1, 2, 0, 7, 1, 2, 2, 0};
        INDArray labels = new HeadCodec(Head.PROTO, 1.25).labels(classes).castTo(DataType.DOUBLE);
        DataType before = Nd4j.dataType();
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE); // GradientCheckUtil insists
        try {
            boolean ok = GradientCheckUtil.checkGradients(new GradientCheckUtil.GraphConfig().net(net)
                    .inputs(new INDArray[] {x}).labels(new INDArray[] {labels})
                    .epsilon(1e-6).maxRelError(1e-4).minAbsoluteError(1e-9)
                    .print(GradientCheckUtil.PrintMode.FAILURES_ONLY).exitOnFirstError(false));
            assertTrue(ok, "DL4J gradient check of the prototype loss failed");
        } finally {
            Nd4j.setDefaultDataTypes(before, before);
        }
    }

    @Test
    void scoreIsTheBatchMeanAndScoreArrayThePerExampleLosses() {
        double[][] z = {{1, 0}, {0, 1}, {1, 1}, {-1, 0}};
        int[] y = {0, 2, 0, 4};
        PrototypeLoss loss = new PrototypeLoss(1.25);
        INDArray pre = Nd4j.create(z);
        INDArray labels = new HeadCodec(Head.PROTO, 1.25).labels(y).castTo(DataType.DOUBLE);
        PrototypeLoss.Evaluation ev = PrototypeLoss.evaluate(z, y, 1.25, false);
        assertEquals(ev.sum() / 4, loss.computeScore(labels, pre, Activation.IDENTITY.getActivationFunction(), null,
                true), 1e-12);
        INDArray perExample = loss.computeScoreArray(labels, pre, Activation.IDENTITY.getActivationFunction(), null);
        for (int i = 0; i < 4; i++) {
            assertEquals(ev.losses()[i], perExample.getDouble(i, 0), 1e-12);
        }
    }
}
