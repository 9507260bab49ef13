package org.polar4d.learn.net;

import org.deeplearning4j.exception.DL4JInvalidInputException;
import org.deeplearning4j.nn.conf.CNN2DFormat;
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
import org.nd4j.linalg.convolution.Convolution;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The implementation of {@link NativeConvolution} (NCHW or NHWC, as the network's input type says).
 * The activation is applied in place to the convolution output; ReLU is differentiated from that
 * output (out &gt; 0 ⇔ pre-activation &gt; 0), so backprop needs no second forward pass.
 */
final class NativeConvolutionLayer extends ConvolutionLayer {

    private static final long serialVersionUID = 1L;

    /** Output of the last training forward pass (kept in the activations workspace until backprop). */
    private transient INDArray lastOutput;

    NativeConvolutionLayer(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    private NativeConvolution cfg() {
        return (NativeConvolution) layerConf();
    }

    private boolean nhwc() {
        return cfg().getCnn2dDataFormat() == CNN2DFormat.NHWC;
    }

    private int channelDim() {
        return nhwc() ? 3 : 1;
    }

    private int[] intArgs() {
        int[] k = cfg().getKernelSize();
        int[] s = cfg().getStride();
        int[] p = cfg().getPadding();
        int[] d = cfg().getDilation();
        // kH kW sH sW pH pW dH dW, same-mode off, data format (0 NCHW, 1 NHWC), weights [oC, iC, kH, kW]
        return new int[] {k[0], k[1], s[0], s[1], p[0], p[1], d[0], d[1], 0, nhwc() ? 1 : 0, 1};
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
        if (input.rank() != 4 || input.size(channelDim()) != weights.size(1)) {
            throw new DL4JInvalidInputException("convolution " + cfg().getLayerName() + " expects " + weights.size(1)
                    + " input channels in " + cfg().getCnn2dDataFormat() + " layout, got input "
                    + java.util.Arrays.toString(input.shape()));
        }
        int h = nhwc() ? 1 : 2;
        long outH = outputSize(input.size(h), 0);
        long outW = outputSize(input.size(h + 1), 1);
        if (outH < 1 || outW < 1) {
            throw new DL4JInvalidInputException("convolution " + cfg().getLayerName() + " input "
                    + input.size(h) + "×" + input.size(h + 1) + " is too small");
        }
        long n = input.size(0);
        long c = weights.size(0);
        long[] shape = nhwc() ? new long[] {n, outH, outW, c} : new long[] {n, c, outH, outW};
        INDArray out = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, dataType, shape, 'c');
        INDArray x = input.castTo(dataType);
        INDArray[] inputs = hasBias() ? new INDArray[] {x, weights, bias(training, workspaceMgr)}
                : new INDArray[] {x, weights};
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
        INDArray delta = epsilon;
        if (cfg().getActivationFn() instanceof ActivationReLU) {
            // the output is not needed any more (the layer above has finished its backprop): reuse it
            delta = lastOutput;
            Nd4j.exec(new RectifiedLinearDerivative(lastOutput, epsilon, delta));
        }
        lastOutput = null;
        Gradient gradient = new DefaultGradient();
        INDArray weightGrad = gradientViews.get(ConvolutionParamInitializer.WEIGHT_KEY);
        INDArray biasGrad = hasBias() ? gradientViews.get(ConvolutionParamInitializer.BIAS_KEY) : null;
        INDArray epsNext = null;
        if (cfg().isInputGradient()) {
            epsNext = fullBackprop(delta, weightGrad, biasGrad, workspaceMgr);
        } else {
            weightGradientOnly(delta, weightGrad, biasGrad, workspaceMgr);
        }
        if (biasGrad != null) {
            gradient.setGradientFor(ConvolutionParamInitializer.BIAS_KEY, biasGrad);
        }
        gradient.setGradientFor(ConvolutionParamInitializer.WEIGHT_KEY, weightGrad, 'c');
        weightNoiseParams.clear();
        return new Pair<>(gradient, epsNext == null ? null : backpropDropOutIfPresent(epsNext));
    }

    private INDArray fullBackprop(INDArray delta, INDArray weightGrad, INDArray biasGrad,
            LayerWorkspaceMgr workspaceMgr) {
        INDArray weights = getParamWithNoise(ConvolutionParamInitializer.WEIGHT_KEY, true, workspaceMgr);
        INDArray epsNext = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, dataType, input.shape(), 'c');
        INDArray x = input.castTo(dataType);
        DynamicCustomOp.DynamicCustomOpsBuilder op = DynamicCustomOp.builder("conv2d_bp");
        if (biasGrad != null) {
            op.addInputs(x, weights, bias(true, workspaceMgr), delta).addOutputs(epsNext, weightGrad,
                    biasGrad.reshape(biasGrad.length()));
        } else {
            op.addInputs(x, weights, delta).addOutputs(epsNext, weightGrad);
        }
        Nd4j.exec(op.addIntegerArguments(intArgs()).build());
        return epsNext;
    }

    /** dW = Σ_batch δ · im2col(x)ᵀ (one batched GEMM), db = Σ δ; no input gradient. */
    private void weightGradientOnly(INDArray delta, INDArray weightGrad, INDArray biasGrad,
            LayerWorkspaceMgr workspaceMgr) {
        int[] k = cfg().getKernelSize();
        int[] s = cfg().getStride();
        int[] p = cfg().getPadding();
        int[] d = cfg().getDilation();
        INDArray x = nhwc() ? input.permute(0, 3, 1, 2) : input; // im2col wants NCHW
        INDArray dNchw = nhwc() ? delta.permute(0, 3, 1, 2) : delta;
        long n = x.size(0);
        long inC = x.size(1);
        long outC = dNchw.size(1);
        long outH = dNchw.size(2);
        long outW = dNchw.size(3);
        INDArray col = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, dataType,
                new long[] {n, inC, k[0], k[1], outH, outW}, 'c');
        Convolution.im2col(x.castTo(dataType), k[0], k[1], s[0], s[1], p[0], p[1], d[0], d[1], false, col);
        INDArray perSample = Nd4j.matmul(dNchw.reshape('c', n, outC, outH * outW),
                col.reshape(n, inC * k[0] * k[1], outH * outW), false, true, false);
        perSample.sum(weightGrad.reshape(outC, inC * k[0] * k[1]), 0);
        if (biasGrad != null) {
            dNchw.sum(biasGrad.reshape(outC), 0, 2, 3);
        }
    }
}
