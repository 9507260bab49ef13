package org.polar4d.learn.net;

import java.util.Collection;
import java.util.Map;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A 2-D convolution layer (NCHW, explicit padding) whose forward and backward passes are single
 * native {@code conv2d} / {@code conv2d_bp} operations of libnd4j — oneDNN kernels with the
 * {@code -onednn} native build — instead of DL4J's own layer path (im2col into a permuted view, a
 * copy, a GEMM and a recomputed forward pass in backprop), which was 5–10× slower. Same parameters
 * and initialisation as DL4J's {@link ConvolutionLayer}; activation must be identity or ReLU.
 */
public final class NativeConvolution extends ConvolutionLayer {

    private static final long serialVersionUID = 1L;

    private boolean inputGradient = true;

    /** For JSON deserialisation. */
    public NativeConvolution() {
    }

    private NativeConvolution(Builder builder) {
        super(builder);
        this.inputGradient = builder.inputGradient;
    }

    /** Whether backprop computes the gradient with respect to the input (false for a network's first layer). */
    public boolean isInputGradient() {
        return inputGradient;
    }

    public void setInputGradient(boolean inputGradient) {
        this.inputGradient = inputGradient;
    }

    @Override
    public Layer instantiate(NeuralNetConfiguration conf, Collection<TrainingListener> listeners, int layerIndex,
            INDArray layerParamsView, boolean initializeParams, DataType networkDataType) {
        NativeConvolutionLayer layer = new NativeConvolutionLayer(conf, networkDataType);
        layer.setListeners(listeners);
        layer.setIndex(layerIndex);
        layer.setParamsViewArray(layerParamsView);
        Map<String, INDArray> params = initializer().init(conf, layerParamsView, initializeParams);
        layer.setParamTable(params);
        layer.setConf(conf);
        return layer;
    }

    /** Builder: kernel size, then the usual stride/padding/nOut/activation/hasBias/weightInit. */
    public static final class Builder extends ConvolutionLayer.BaseConvBuilder<Builder> {

        private boolean inputGradient = true;

        public Builder(int kernelHeight, int kernelWidth) {
            super(new int[] {kernelHeight, kernelWidth});
            convolutionMode(ConvolutionMode.Truncate);
        }

        /**
         * {@code false} for the first layer of a network: backprop then computes only the weight
         * gradients (im2col + one batched GEMM), skipping the input gradient nobody uses.
         */
        public Builder inputGradient(boolean value) {
            inputGradient = value;
            return this;
        }

        @Override
        protected boolean allowCausal() {
            return false;
        }

        @Override
        @SuppressWarnings("unchecked")
        public NativeConvolution build() {
            IActivation a = activationFn;
            if (a != null && !(a instanceof ActivationIdentity) && !(a instanceof ActivationReLU)) {
                throw new IllegalArgumentException("NativeConvolution supports identity and ReLU activations, got " + a);
            }
            return new NativeConvolution(this);
        }
    }
}
