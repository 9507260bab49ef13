package org.polar4d.learn.net;

import org.deeplearning4j.exception.DL4JInvalidInputException;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.params.ConvolutionParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinearDerivative;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The implementation of {@link NativeConvolution}. The activation is applied in place to the
 * convolution output; ReLU is differentiated from that output (out &gt; 0 ⇔ pre-activation &gt; 0),
 * so backprop needs no second forward pass.
 */
final class NativeConvolutionLayer extends ConvolutionLayer {

    private static final long serialVersionUID = 1L;

    /** Output of the last training forward pass (kept in the activations workspace until backprop). */
    private transient INDArray lastOutput;

    NativeConvolutionLayer(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    private org.deeplearning4j.nn.conf.layers.ConvolutionLayer cfg() {
        return layerConf();
    }

    private int[] intArgs() {
        int[] k = cfg().getKernelSize();
        int[] s = cfg().getStride();
        int[] p = cfg().getPadding();
        int[] d = cfg().getDilation();
        // kH kW sH sW pH pW dH dW, same-mode off, NCHW, weights [oC, iC, kH, kW]
        return new int[] {k[0], k[1], s[0], s[1], p[0], p[1], d[0], d[1], 0, 0, 1};
    }

    private long outputSize(long in, int dim) {
        int k = cfg().getKernelSize()[dim];
        int d = cfg().getDilation()[dim];
        return (in + 2L * cfg().getPadding()[dim] - (long) d * (k - 1) - 1) / cfg().getStride()[dim] + 1;
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(false);
        applyDropOutIfNecessary(training, workspaceMgr);
        INDArray weights = getParamWithNoise(ConvolutionParamInitializer.WEIGHT_KEY, training, workspaceMgr);
        if (input.rank() != 4 || input.size(1) != weights.size(1)) {
            throw new DL4JInvalidInputException("convolution " + cfg().getLayerName() + " expects input [batch, "
                    + weights.size(1) + ", height, width], got " + java.util.Arrays.toString(input.shape()));
        }
        long outH = outputSize(input.size(2), 0);
        long outW = outputSize(input.size(3), 1);
        if (outH < 1 || outW < 1) {
            throw new DL4JInvalidInputException("convolution " + cfg().getLayerName() + " input "
                    + input.size(2) + "×" + input.size(3) + " is too small");
        }
        INDArray out = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, dataType,
                new long[] {input.size(0), weights.size(0), outH, outW}, 'c');
        INDArray[] inputs = hasBias() ? new INDArray[] {input.castTo(dataType), weights, bias(training, workspaceMgr)}
                : new INDArray[] {input.castTo(dataType), weights};
        Nd4j.exec(DynamicCustomOp.builder("conv2d").addInputs(inputs).addOutputs(out)
                .addIntegerArguments(intArgs()).build());
        cfg().getActivationFn().getActivation(out, training);
        lastOutput = training ? out : null;
        return out;
    }

    private INDArray bias(boolean training, LayerWorkspaceMgr workspaceMgr) {
        INDArray b = getParamWithNoise(ConvolutionParamInitializer.BIAS_KEY, training, workspaceMgr);
        return b.reshape(b.length());
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(true);
        if (lastOutput == null) {
            throw new IllegalStateException("backprop without a training forward pass in " + cfg().getLayerName());
        }
        INDArray weights = getParamWithNoise(ConvolutionParamInitializer.WEIGHT_KEY, true, workspaceMgr);
        INDArray delta = epsilon;
        if (cfg().getActivationFn() instanceof ActivationReLU) {
            delta = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, dataType, epsilon.shape(), 'c');
            Nd4j.exec(new RectifiedLinearDerivative(lastOutput, epsilon, delta));
        }
        INDArray epsNext = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, dataType, input.shape(), 'c');
        INDArray weightGrad = gradientViews.get(ConvolutionParamInitializer.WEIGHT_KEY);
        Gradient gradient = new DefaultGradient();
        DynamicCustomOp.DynamicCustomOpsBuilder op = DynamicCustomOp.builder("conv2d_bp");
        INDArray in = input.castTo(dataType);
        if (hasBias()) {
            INDArray biasGrad = gradientViews.get(ConvolutionParamInitializer.BIAS_KEY);
            op.addInputs(in, weights, bias(true, workspaceMgr), delta)
                    .addOutputs(epsNext, weightGrad, biasGrad.reshape(biasGrad.length()));
            gradient.setGradientFor(ConvolutionParamInitializer.BIAS_KEY, biasGrad);
        } else {
            op.addInputs(in, weights, delta).addOutputs(epsNext, weightGrad);
        }
        Nd4j.exec(op.addIntegerArguments(intArgs()).build());
        gradient.setGradientFor(ConvolutionParamInitializer.WEIGHT_KEY, weightGrad, 'c');
        weightNoiseParams.clear();
        lastOutput = null;
        return new Pair<>(gradient, backpropDropOutIfPresent(epsNext));
    }
}
