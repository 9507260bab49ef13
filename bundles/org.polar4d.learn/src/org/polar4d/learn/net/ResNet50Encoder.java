package org.polar4d.learn.net;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;

/**
 * ResNet-50 as torchvision builds it (PAPER §7.3): conv 7×7/2 (no bias) → BN → ReLU → max-pool
 * 3×3/2, bottleneck stages of 3, 4, 6, 3 blocks (1×1 → 3×3 → 1×1 ×4, stride on the 3×3
 * convolution, projection shortcut in each stage's first block), global average pooling (so any
 * input ≥ 32 px works, unlike DL4J's zoo model), then Dense 256 → BatchNorm → ReLU. Layers carry
 * the Caffe/DL4J-zoo names ({@code res2a_branch2a}, {@code bn2a_branch2a}, ...).
 */
final class ResNet50Encoder implements Encoder {

    private static final int[] BLOCKS = {3, 4, 6, 3};
    private static final int[] WIDTHS = {64, 128, 256, 512};

    @Override
    public String addTo(GraphBuilder g, String input) {
        g.addLayer("stem-cnn1", Layers.firstConv(7, 2, 3, 64, Activation.IDENTITY, false, WeightInit.RELU), input);
        g.addLayer("stem-batch1", Layers.batchNorm(), "stem-cnn1");
        g.addLayer("stem-act1", Layers.relu(), "stem-batch1");
        g.addLayer("stem-maxpool1", Layers.maxPool(3, 2, 1), "stem-act1");
        String last = "stem-maxpool1";
        for (int s = 0; s < BLOCKS.length; s++) {
            for (int b = 0; b < BLOCKS[s]; b++) {
                int stride = (s > 0 && b == 0) ? 2 : 1;
                last = bottleneck(g, last, (s + 2) + String.valueOf((char) ('a' + b)), WIDTHS[s], stride, b == 0);
            }
        }
        return Layers.pooledEmbedding(g, last);
    }

    private static String bottleneck(GraphBuilder g, String input, String id, int width, int stride,
            boolean project) {
        String conv = "res" + id + "_branch";
        String bn = "bn" + id + "_branch";
        String act = "act" + id + "_branch";
        g.addLayer(conv + "2a", Layers.conv(1, 1, 0, width, Activation.IDENTITY, false, WeightInit.RELU), input);
        g.addLayer(bn + "2a", Layers.batchNorm(), conv + "2a");
        g.addLayer(act + "2a", Layers.relu(), bn + "2a");
        g.addLayer(conv + "2b", Layers.conv(3, stride, 1, width, Activation.IDENTITY, false, WeightInit.RELU),
                act + "2a");
        g.addLayer(bn + "2b", Layers.batchNorm(), conv + "2b");
        g.addLayer(act + "2b", Layers.relu(), bn + "2b");
        g.addLayer(conv + "2c", Layers.conv(1, 1, 0, 4 * width, Activation.IDENTITY, false, WeightInit.RELU),
                act + "2b");
        g.addLayer(bn + "2c", Layers.batchNorm(), conv + "2c");
        String shortcut = input;
        if (project) {
            g.addLayer(conv + "1", Layers.conv(1, stride, 0, 4 * width, Activation.IDENTITY, false, WeightInit.RELU),
                    input);
            g.addLayer(bn + "1", Layers.batchNorm(), conv + "1");
            shortcut = bn + "1";
        }
        g.addVertex("short" + id, new ElementWiseVertex(ElementWiseVertex.Op.Add), bn + "2c", shortcut);
        g.addLayer("res" + id, Layers.relu(), "short" + id);
        return "res" + id;
    }

    @Override
    public int minInputSize() {
        return 32; // five stride-2 stages
    }

    @Override
    public String firstConvolution() {
        return "stem-cnn1";
    }
}
