package org.polar4d.learn.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.NoOp;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.polar4d.learn.runtime.NativeRuntime;

/** The native convolution layer against DL4J's own convolution layer and against finite differences. */
class NativeConvolutionTest {

    @BeforeAll
    static void init() {
        NativeRuntime.ensureInitialised();
    }

    /** conv(5×5/2, pad 2, ReLU, bias) → conv(3×3, no bias, identity) → softmax output. */
    private static ComputationGraph net(boolean nativeLayers, DataType type, boolean train, CNN2DFormat format,
            boolean firstLayerInputGradient) {
        ConvolutionLayer c1 = nativeLayers
                ? new NativeConvolution.Builder(5, 5).stride(2, 2).padding(2, 2).nOut(4).activation(Activation.RELU)
                        .inputGradient(firstLayerInputGradient).build()
                : new ConvolutionLayer.Builder(5, 5).stride(2, 2).padding(2, 2).nOut(4).activation(Activation.RELU)
                        .build();
        ConvolutionLayer c2 = nativeLayers
                ? new NativeConvolution.Builder(3, 3).nOut(3).hasBias(false).activation(Activation.IDENTITY).build()
                : new ConvolutionLayer.Builder(3, 3).nOut(3).hasBias(false).activation(Activation.IDENTITY).build();
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder().seed(5).dataType(type)
                .updater(train ? new Sgd(0.1) : new NoOp()).weightInit(WeightInit.XAVIER)
                .convolutionMode(ConvolutionMode.Truncate).graphBuilder()
                .addInputs("in").setInputTypes(InputType.convolutional(11, 10, 2, format))
                .addLayer("c1", c1, "in").addLayer("c2", c2, "c1")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(5)
                        .activation(Activation.SOFTMAX).build(), "c2")
                .setOutputs("out").build();
        ComputationGraph net = new ComputationGraph(conf);
        net.init();
        return net;
    }

    private static DataSet data(DataType type, CNN2DFormat format) {
        Nd4j.getRandom().setSeed(9);
        INDArray x = format == CNN2DFormat.NCHW ? Nd4j.rand(type, 6, 2, 11, 10).subi(0.5)
                : Nd4j.rand(type, 6, 11, 10, 2).subi(0.5);
        INDArray y = Nd4j.zeros(type, 6, 5);
        for (int i = 0; i < 6; i++) {
            y.putScalar(i, i % 5, 1);
        }
        return new DataSet(x, y);
    }

    @ParameterizedTest(name = "{0}, first layer input gradient {1}")
    @CsvSource({"NCHW, true", "NCHW, false", "NHWC, true", "NHWC, false"})
    void forwardAndOneTrainingStepMatchDl4jsConvolutionLayer(CNN2DFormat format, boolean inputGradient) {
        ComputationGraph ours = net(true, DataType.FLOAT, true, format, inputGradient);
        ComputationGraph reference = net(false, DataType.FLOAT, true, format, true);
        assertEquals(reference.numParams(), ours.numParams());
        ours.setParams(reference.params().dup());
        DataSet d = data(DataType.FLOAT, format);
        Map<String, INDArray> a = ours.feedForward(d.getFeatures(), false);
        Map<String, INDArray> b = reference.feedForward(d.getFeatures(), false);
        for (String layer : new String[] {"c1", "c2", "out"}) {
            assertArrayEquals(b.get(layer).shape(), a.get(layer).shape(), layer);
            assertTrue(b.get(layer).equalsWithEps(a.get(layer), 1e-5), layer);
        }
        ours.fit(d);
        reference.fit(d);
        assertTrue(reference.params().equalsWithEps(ours.params(), 1e-5), "parameters after one SGD step differ");
    }

    @Test
    void gradientsPassDl4jsGradientCheck() {
        DataType before = Nd4j.dataType();
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        try {
            ComputationGraph net = net(true, DataType.DOUBLE, false, CNN2DFormat.NHWC, false);
            DataSet d = data(DataType.DOUBLE, CNN2DFormat.NHWC);
            assertTrue(GradientCheckUtil.checkGradients(new GradientCheckUtil.GraphConfig().net(net)
                    .inputs(new INDArray[] {d.getFeatures()}).labels(new INDArray[] {d.getLabels()})
                    .epsilon(1e-6).maxRelError(1e-3).minAbsoluteError(1e-8).subset(true).maxPerParam(24)
                    .print(GradientCheckUtil.PrintMode.FAILURES_ONLY).exitOnFirstError(false)));
        } finally {
            Nd4j.setDefaultDataTypes(before, before);
        }
    }
}
