package org.polar4d.learn.net;

import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;

/** Layer recipes with PyTorch semantics (explicit padding, output = ⌊(in + 2p − k)/s⌋ + 1). */
final class Layers {

    private Layers() {
    }

    static ConvolutionLayer conv(int kernel, int stride, int padding, int nOut, Activation activation, boolean bias,
            WeightInit init) {
        return new NativeConvolution.Builder(kernel, kernel).stride(stride, stride).padding(padding, padding)
                .nOut(nOut).activation(activation).hasBias(bias).weightInit(init).build();
    }

    /** The first convolution of a network: no gradient with respect to the network input. */
    static ConvolutionLayer firstConv(int kernel, int stride, int padding, int nOut, Activation activation,
            boolean bias, WeightInit init) {
        return new NativeConvolution.Builder(kernel, kernel).inputGradient(false).stride(stride, stride)
                .padding(padding, padding).nOut(nOut).activation(activation).hasBias(bias).weightInit(init).build();
    }

    static SubsamplingLayer maxPool(int kernel, int stride, int padding) {
        return new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(kernel, kernel)
                .stride(stride, stride).padding(padding, padding).build();
    }

    /** BatchNorm with PyTorch's defaults (eps 1e-5, momentum 0.1 = DL4J decay 0.9). */
    static BatchNormalization batchNorm() {
        return new BatchNormalization.Builder().eps(1e-5).decay(0.9).build();
    }

    static ActivationLayer relu() {
        return new ActivationLayer.Builder().activation(Activation.RELU).build();
    }
}
