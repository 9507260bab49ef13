package org.polar4d.learn.net;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
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

    /**
     * The end of the pretrained-style encoders (PAPER §7.2, §7.3): global average pooling of {@code input}, then
     * Dense 256 → BatchNorm → ReLU, named {@code gap}, {@code enc_fc}, {@code enc_bn}, {@code enc_relu} (archives
     * and pretrained weights refer to these names). Returns the name of the last layer.
     */
    static String pooledEmbedding(GraphBuilder g, String input) {
        g.addLayer("gap", new GlobalPoolingLayer.Builder(PoolingType.AVG).build(), input);
        g.addLayer("enc_fc", new DenseLayer.Builder().nOut(256).activation(Activation.IDENTITY)
                .weightInit(WeightInit.UNIFORM).build(), "gap");
        g.addLayer("enc_bn", batchNorm(), "enc_fc");
        g.addLayer("enc_relu", relu(), "enc_bn");
        return "enc_relu";
    }
}
