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
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
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
        return net(nativeLayers, type, train, format, firstLayerInputGradient, 11, 10, 2, 2);
    }

    private static ComputationGraph net(boolean nativeLayers, DataType type, boolean train, CNN2DFormat format,
            boolean firstLayerInputGradient, int height, int width, int channels, int padding) {
        ConvolutionLayer c1 = nativeLayers
                ? new NativeConvolution.Builder(5, 5).stride(2, 2).padding(padding, padding).nOut(4).activation(Activation.RELU)
                        .inputGradient(firstLayerInputGradient).build()
                : new ConvolutionLayer.Builder(5, 5).stride(2, 2).padding(padding, padding).nOut(4).activation(Activation.RELU)
                        .build();
        ConvolutionLayer c2 = nativeLayers
                ? new NativeConvolution.Builder(3, 3).nOut(3).hasBias(false).activation(Activation.IDENTITY).build()
                : new ConvolutionLayer.Builder(3, 3).nOut(3).hasBias(false).activation(Activation.IDENTITY).build();
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder().seed(5).dataType(type)
                .updater(train ? new Sgd(0.1) : new NoOp()).weightInit(WeightInit.XAVIER)
                .convolutionMode(ConvolutionMode.Truncate).graphBuilder()
                .addInputs("in").setInputTypes(InputType.convolutional(height, width, channels, format))
                .addLayer("c1", c1, "in").addLayer("c2", c2, "c1")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(5)
                        .activation(Activation.SOFTMAX).build(), "c2")
                .setOutputs("out").build();
        ComputationGraph net = new ComputationGraph(conf);
        net.init();
        return net;
    }

    private static DataSet data(DataType type, CNN2DFormat format) {
        return data(type, format, 6, 11, 10, 2);
    }

    private static DataSet data(DataType type, CNN2DFormat format, int n, int height, int width, int channels) {
        Nd4j.getRandom().setSeed(9);
        INDArray x = format == CNN2DFormat.NCHW ? Nd4j.rand(type, n, channels, height, width).subi(0.5)
                : Nd4j.rand(type, n, height, width, channels).subi(0.5);
        INDArray y = Nd4j.zeros(type, n, 5);
        for (int i = 0; i < n; i++) {
            y.putScalar(i, i % 5, 1);
        }
        return new DataSet(x, y);
    }

    @ParameterizedTest(name = "{0}, first layer input gradient {1}")
    @CsvSource({"NCHW, true", "NCHW, false", "NHWC, true", "NHWC, false"})
    void forwardAndOneTrainingStepMatchDl4jsConvolutionLayer(CNN2DFormat format, boolean inputGradient) {
        assertMatchesReference(format, inputGradient, 6, 11, 10, 2);
    }

    /** 400 inputs of 48×48×8 floats are 29.5 MB: the first layer runs its batch in two native calls. */
    @ParameterizedTest(name = "first layer input gradient {0}")
    @ValueSource(booleans = {true, false})
    void batchSplitIntoSeveralNativeCallsMatchesDl4jsConvolutionLayer(boolean inputGradient) {
        List<long[]> chunks = NativeConvolutionLayer.chunks(Nd4j.create(DataType.FLOAT, 400, 48, 48, 8),
                Nd4j.create(DataType.FLOAT, 400, 24, 24, 4));
        assertEquals(List.of(0L, 200L, 400L), List.of(chunks.get(0)[0], chunks.get(1)[0], chunks.get(1)[1]));
        assertMatchesReference(CNN2DFormat.NHWC, inputGradient, 400, 48, 48, 8);
    }

    /** Without padding, channels-last first layers take their weight gradient from strided views of the input. */
    @ParameterizedTest(name = "{0} input channels")
    @ValueSource(ints = {1, 3})
    void firstLayerWithoutPaddingMatchesDl4jsConvolutionLayer(int channels) {
        assertMatchesReference(CNN2DFormat.NHWC, false, 6, 13, 12, channels, 0);
    }

    private static void assertMatchesReference(CNN2DFormat format, boolean inputGradient, int n, int height, int width,
            int channels) {
        assertMatchesReference(format, inputGradient, n, height, width, channels, 2);
    }

    private static void assertMatchesReference(CNN2DFormat format, boolean inputGradient, int n, int height, int width,
            int channels, int padding) {
        ComputationGraph ours = net(true, DataType.FLOAT, true, format, inputGradient, height, width, channels, padding);
        ComputationGraph reference = net(false, DataType.FLOAT, true, format, true, height, width, channels, padding);
        assertEquals(reference.numParams(), ours.numParams());
        ours.setParams(reference.params().dup());
        DataSet d = data(DataType.FLOAT, format, n, height, width, channels);
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
