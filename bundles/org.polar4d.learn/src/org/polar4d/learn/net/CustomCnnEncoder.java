package org.polar4d.learn.net;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;

/**
 * The paper's custom CNN (PAPER §7.1): conv 3×3 1→16, conv 3×3 16→32, max-pool 2, conv 3×3 32→64,
 * max-pool 2, all without padding, ReLU after each convolution, no BatchNorm, no dropout. Weights
 * start from U(±1/√fan_in) like PyTorch's default.
 */
final class CustomCnnEncoder implements Encoder {

    @Override
    public String addTo(GraphBuilder g, String input) {
        g.addLayer("conv1", Layers.firstConv(3, 1, 0, 16, Activation.RELU, true, WeightInit.UNIFORM), input);
        g.addLayer("conv2", Layers.conv(3, 1, 0, 32, Activation.RELU, true, WeightInit.UNIFORM), "conv1");
        g.addLayer("pool1", Layers.maxPool(2, 2, 0), "conv2");
        g.addLayer("conv3", Layers.conv(3, 1, 0, 64, Activation.RELU, true, WeightInit.UNIFORM), "pool1");
        g.addLayer("pool2", Layers.maxPool(2, 2, 0), "conv3");
        return "pool2";
    }

    @Override
    public int minInputSize() {
        return 12; // two valid 3×3 convolutions, pool, 3×3, pool leave ≥ 1 pixel
    }

    @Override
    public String firstConvolution() {
        return "conv1";
    }
}
