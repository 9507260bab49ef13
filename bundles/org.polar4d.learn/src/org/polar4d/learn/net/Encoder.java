package org.polar4d.learn.net;

import java.util.List;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;
import org.polar4d.learn.model.Learner;

/** The convolutional part of a network: adds its layers to a graph and names its feature vertex. */
public interface Encoder {

    /**
     * Adds the encoder's layers after vertex {@code input}.
     *
     * @return the name of the vertex that outputs the encoder's features (flattened by the next dense layer)
     */
    String addTo(GraphBuilder graph, String input);

    /** Smallest height and width (pixels) the encoder accepts. */
    int minInputSize();

    /** Name of the first convolution (never copied from pretrained weights: it takes 1 channel). */
    String firstConvolution();

    /**
     * Names under which a pretrained weights file may hold the parameters of layer {@code layer}, in
     * order of preference (the layer's own name first).
     */
    default List<String> weightNames(String layer) {
        return List.of(layer);
    }

    /** The encoder of a network learner. */
    static Encoder of(Learner learner) {
        return switch (learner) {
            case CNN -> new CustomCnnEncoder();
            case VGG16 -> new Vgg16Encoder();
            case RESNET50 -> new ResNet50Encoder();
            case PCAKNN -> throw new IllegalArgumentException("PCA-kNN is not a network");
        };
    }
}
