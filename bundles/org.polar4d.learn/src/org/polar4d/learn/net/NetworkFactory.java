package org.polar4d.learn.net;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;
import org.polar4d.learn.model.Head;
import org.polar4d.learn.model.Learner;
import org.polar4d.learn.runtime.NativeRuntime;

/**
 * Builds the paper's networks (PAPER §7): encoder → Dense 512 + ReLU → head, on one-channel
 * float32 input of any size the encoder accepts. Optimiser: Adam with coupled L2 on weights and
 * biases (PyTorch's {@code Adam(weight_decay=…)}; DL4J's {@code weightDecay} would be AdamW).
 * Activations are channels-last (NHWC): oneDNN's forward convolutions ran 2–4× faster than in NCHW.
 * The flattening before the dense layer is therefore (row, column, channel) instead of PyTorch's
 * (channel, row, column) — the same function class and parameter count.
 */
public final class NetworkFactory {

    /** Vertex names shared by every network. */
    public static final String INPUT = "input";
    public static final String DENSE = "dense";
    public static final String OUTPUT = "output";

    private NetworkFactory() {
    }

    /** What a network is: enough to rebuild it for loading parameters. */
    public record Spec(Learner learner, Head head, int height, int width, double learningRate, double l2,
            double prototypeSigma) {
        public Spec {
            if (!learner.isNetwork()) {
                throw new IllegalArgumentException(learner.displayName() + " is not a network");
            }
        }
    }

    /**
     * Builds and initialises a network.
     *
     * @throws IllegalArgumentException if the input size is too small for the encoder
     */
    public static ComputationGraph build(Spec spec, long seed) {
        return build(spec, seed, DataType.FLOAT);
    }

    /** As {@link #build(Spec, long)} in a given precision (DOUBLE for gradient checks). */
    public static ComputationGraph build(Spec spec, long seed, DataType dataType) {
        NativeRuntime.ensureInitialised();
        ComputationGraphConfiguration conf = configuration(spec, seed, dataType);
        Nd4j.getRandom().setSeed(seed);
        ComputationGraph net = new ComputationGraph(conf);
        net.init();
        return net;
    }

    /** Network input for {@code n} patterns stored one after another ({@code n × 1 × h × w} = {@code n × h × w × 1}). */
    public static INDArray input(float[] patterns, int n, int height, int width) {
        return Nd4j.createFromArray(patterns).reshape(n, height, width, 1);
    }

    static ComputationGraphConfiguration configuration(Spec spec, long seed, DataType dataType) {
        GraphBuilder g = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(dataType)
                .updater(new Adam(spec.learningRate()))
                .l2(spec.l2())
                .l2Bias(spec.l2())
                .convolutionMode(ConvolutionMode.Truncate)
                .trainingWorkspaceMode(WorkspaceMode.ENABLED)
                .inferenceWorkspaceMode(WorkspaceMode.ENABLED)
                .graphBuilder()
                .addInputs(INPUT)
                .setInputTypes(InputType.convolutional(spec.height(), spec.width(), 1, CNN2DFormat.NHWC));
        String features = Encoder.of(spec.learner()).addTo(g, INPUT);
        g.addLayer(DENSE, new DenseLayer.Builder().nOut(512).activation(Activation.RELU)
                .weightInit(WeightInit.UNIFORM).build(), features);
        g.addLayer(OUTPUT, outputLayer(spec), DENSE);
        g.setOutputs(OUTPUT);
        try {
            return g.build();
        } catch (RuntimeException e) { // DL4J reports impossible layer sizes in several exception types
            throw new IllegalArgumentException(spec.learner().displayName() + " cannot take " + spec.height() + "×"
                    + spec.width() + " patterns (" + e.getMessage() + ")", e);
        }
    }

    private static OutputLayer outputLayer(Spec spec) {
        Head head = spec.head();
        ILossFunction loss = switch (head) {
            case CLS -> new LossMCXENT();
            case REG -> new LossMSE();
            case PROTO -> new PrototypeLoss(spec.prototypeSigma());
        };
        Activation activation = switch (head) {
            case CLS -> Activation.SOFTMAX;
            case REG -> Activation.TANH;
            case PROTO -> Activation.IDENTITY;
        };
        return new OutputLayer.Builder(loss).nOut(head.outputSize()).activation(activation)
                .weightInit(WeightInit.UNIFORM).build();
    }
}
