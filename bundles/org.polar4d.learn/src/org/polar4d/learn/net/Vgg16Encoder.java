package org.polar4d.learn.net;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;

/**
 * VGG16 adapted as in PAPER §7.2: the 13 convolutions (3×3, padding 1, ReLU) with channel plan
 * 64,64,M,128,128,M,256×3,M,512×3,M,512×3,M, then global average pooling and Dense 256 →
 * BatchNorm → ReLU. Convolutions are named like Keras ({@code block1_conv1}); pretrained files may
 * also use the numeric names of DL4J's zoo VGG16.
 */
final class Vgg16Encoder implements Encoder {

    private static final int[][] BLOCKS = {{64, 64}, {128, 128}, {256, 256, 256}, {512, 512, 512}, {512, 512, 512}};

    /** Our convolution name → the layer name in DL4J's zoo VGG16 (layers "0".."17", pools included). */
    private static final Map<String, String> ZOO_NAMES = zooNames();

    @Override
    public String addTo(GraphBuilder g, String input) {
        String last = input;
        for (int b = 0; b < BLOCKS.length; b++) {
            for (int c = 0; c < BLOCKS[b].length; c++) {
                String name = convName(b, c);
                g.addLayer(name, (b == 0 && c == 0 ? Layers.firstConv(3, 1, 1, 64, Activation.RELU, true, WeightInit.RELU)
                        : Layers.conv(3, 1, 1, BLOCKS[b][c], Activation.RELU, true, WeightInit.RELU)), last);
                last = name;
            }
            String pool = "block" + (b + 1) + "_pool";
            g.addLayer(pool, Layers.maxPool(2, 2, 0), last);
            last = pool;
        }
        return Layers.pooledEmbedding(g, last);
    }

    @Override
    public int minInputSize() {
        return 32; // five 2×2 max-pools
    }

    @Override
    public String firstConvolution() {
        return convName(0, 0);
    }

    @Override
    public List<String> weightNames(String layer) {
        List<String> names = new ArrayList<>(List.of(layer));
        if (ZOO_NAMES.containsKey(layer)) {
            names.add(ZOO_NAMES.get(layer));
        }
        return names;
    }

    private static String convName(int block, int conv) {
        return "block" + (block + 1) + "_conv" + (conv + 1);
    }

    private static Map<String, String> zooNames() {
        Map<String, String> m = new HashMap<>();
        int index = 0;
        for (int b = 0; b < BLOCKS.length; b++) {
            for (int c = 0; c < BLOCKS[b].length; c++) {
                m.put(convName(b, c), Integer.toString(index++));
            }
            index++; // the pooling layer
        }
        return Map.copyOf(m);
    }
}
