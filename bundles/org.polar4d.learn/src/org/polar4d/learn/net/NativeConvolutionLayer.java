package org.polar4d.learn.net;

import java.util.ArrayList;
import java.util.List;

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
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.impl.scalar.Step;
import org.nd4j.linalg.convolution.Convolution;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The implementation of {@link NativeConvolution} (NCHW or NHWC, as the network's input type says).
 * The activation is applied in place to the convolution output; ReLU is differentiated from that
 * output (out &gt; 0 ⇔ pre-activation &gt; 0), so backprop needs no second forward pass.
 */
final class NativeConvolutionLayer extends ConvolutionLayer {

    private static final long serialVersionUID = 1L;
    /** Largest activation tensor passed to one native call; see {@link #chunks}. */
    private static final long CHUNK_BYTES = 24L << 20;

    /** Output of the last training forward pass (kept in the activations workspace until backprop). */
    private transient INDArray lastOutput;
    private transient INDArray ones;

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
        INDArray b = hasBias() ? bias(training, workspaceMgr) : null;
        for (long[] chunk : chunks(x, out)) {
            INDArray xc = rows(x, chunk);
            INDArray[] inputs = b != null ? new INDArray[] {xc, weights, b} : new INDArray[] {xc, weights};
            Nd4j.exec(DynamicCustomOp.builder("conv2d").addInputs(inputs).addOutputs(rows(out, chunk))
                    .addIntegerArguments(intArgs()).build());
        }
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
            // the output is not needed any more (the layer above has finished its backprop): reuse it.
            // step(out) · ε: two vectorised passes, about twice as fast as libnd4j's relu_bp
            delta = lastOutput;
            Nd4j.exec(new Step(delta, delta, 0.0));
            delta.muli(epsilon);
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
        INDArray b = biasGrad == null ? null : bias(true, workspaceMgr);
        INDArray db = biasGrad == null ? null : biasGrad.reshape(biasGrad.length());
        List<long[]> chunks = chunks(x, delta);
        // later chunks' parameter gradients go to scratch arrays and are added up
        INDArray dw = chunks.size() == 1 ? weightGrad
                : workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, dataType, weightGrad.shape(), 'c');
        INDArray dbc = db == null || chunks.size() == 1 ? db
                : workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, dataType, db.shape(), 'c');
        for (int i = 0; i < chunks.size(); i++) {
            long[] chunk = chunks.get(i);
            INDArray w = i == 0 ? weightGrad : dw;
            DynamicCustomOp.DynamicCustomOpsBuilder op = DynamicCustomOp.builder("conv2d_bp");
            if (b != null) {
                op.addInputs(rows(x, chunk), weights, b, rows(delta, chunk)).addOutputs(rows(epsNext, chunk), w,
                        i == 0 ? db : dbc);
            } else {
                op.addInputs(rows(x, chunk), weights, rows(delta, chunk)).addOutputs(rows(epsNext, chunk), w);
            }
            Nd4j.exec(op.addIntegerArguments(intArgs()).build());
            if (i > 0) {
                weightGrad.addi(dw);
                if (db != null) {
                    db.addi(dbc);
                }
            }
        }
        return epsNext;
    }

    /**
     * Splits the batch so that no tensor of one native call exceeds {@value #CHUNK_BYTES} bytes: oneDNN
     * reorders activations into temporary buffers of their size, and glibc maps buffers above 32 MB freshly
     * on every call (page faults and zeroing cost more than the reorder itself); smaller ones are reused.
     * Each element is {first, end} of a run of samples.
     */
    static List<long[]> chunks(INDArray a, INDArray b) {
        long n = a.size(0);
        long perSample = Math.max(a.length(), b.length()) / Math.max(1, n) * a.dataType().width();
        long count = Math.min(n, Math.max(1, (perSample * n + CHUNK_BYTES - 1) / CHUNK_BYTES));
        List<long[]> chunks = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            chunks.add(new long[] {n * i / count, n * (i + 1) / count});
        }
        return chunks;
    }

    /** A row of {@code n} ones, kept between iterations outside any workspace. */
    private INDArray ones(long n) {
        if (ones == null || ones.length() != n) {
            try (MemoryWorkspace ws = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
                ones = Nd4j.ones(dataType, 1, n);
            }
        }
        return ones;
    }

    /** Samples {@code chunk[0] .. chunk[1]} of a batch (a contiguous view). */
    private static INDArray rows(INDArray a, long[] chunk) {
        return chunk[0] == 0 && chunk[1] == a.size(0) ? a : a.get(NDArrayIndex.interval(chunk[0], chunk[1]));
    }

    /** dW and db only, no input gradient. */
    private void weightGradientOnly(INDArray delta, INDArray weightGrad, INDArray biasGrad,
            LayerWorkspaceMgr workspaceMgr) {
        int[] p = cfg().getPadding();
        if (nhwc() && p[0] == 0 && p[1] == 0) {
            shiftedWeightGradient(delta, weightGrad, workspaceMgr);
        } else {
            im2colWeightGradient(delta, weightGrad, workspaceMgr);
        }
        if (biasGrad == null) {
            return;
        }
        long outC = weightGrad.size(0);
        if (nhwc()) {
            // a column sum as a GEMV: ND4J's reduction over dimensions 0-2 of NHWC data is 10-30x slower
            long positions = delta.length() / outC;
            Nd4j.gemm(ones(positions), delta.reshape('c', positions, outC), biasGrad.reshape(1, outC), false, false,
                    1.0, 0.0);
        } else {
            delta.sum(biasGrad.reshape(outC), 0, 2, 3);
        }
    }

    /**
     * NHWC without padding: for every kernel tap (i, j) the input positions it meets form a strided view of
     * the input; the views, channels first, are copied one after the other into one matrix
     * [taps·inC, positions], and dWᵀ = that matrix · δ[positions, outC] is a single GEMM (2–3× faster than
     * im2col plus a GEMM per sample).
     */
    private void shiftedWeightGradient(INDArray delta, INDArray weightGrad, LayerWorkspaceMgr workspaceMgr) {
        int[] k = cfg().getKernelSize();
        int[] s = cfg().getStride();
        int[] d = cfg().getDilation();
        INDArray x = input.castTo(dataType);
        long n = x.size(0);
        long inC = x.size(3);
        long outH = delta.size(1);
        long outW = delta.size(2);
        long outC = delta.size(3);
        long positions = n * outH * outW;
        INDArray taps = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, dataType,
                new long[] {(long) k[0] * k[1], inC, n, outH, outW}, 'c');
        for (int i = 0; i < k[0]; i++) {
            for (int j = 0; j < k[1]; j++) {
                INDArray view = x.get(NDArrayIndex.all(),
                        NDArrayIndex.interval((long) i * d[0], s[0], (long) i * d[0] + (outH - 1) * s[0] + 1),
                        NDArrayIndex.interval((long) j * d[1], s[1], (long) j * d[1] + (outW - 1) * s[1] + 1),
                        NDArrayIndex.all());
                taps.get(NDArrayIndex.point((long) i * k[1] + j)).assign(view.permute(3, 0, 1, 2));
            }
        }
        INDArray transposed = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, dataType,
                new long[] {(long) k[0] * k[1] * inC, outC}, 'c');
        Nd4j.gemm(taps.reshape('c', (long) k[0] * k[1] * inC, positions), delta.reshape('c', positions, outC),
                transposed, false, false, 1.0, 0.0);
        weightGrad.assign(transposed.reshape('c', k[0], k[1], inC, outC).permute(3, 2, 0, 1));
    }

    /** dW = Σ_batch δ · im2col(x)ᵀ (one batched GEMM). */
    private void im2colWeightGradient(INDArray delta, INDArray weightGrad, LayerWorkspaceMgr workspaceMgr) {
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
    }
}

