package org.polar4d.learn.net;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.polar4d.learn.train.TrainingException;

/**
 * Initialises an encoder from a user-supplied weights file: a DL4J {@code ModelSerializer} zip of
 * a {@code ComputationGraph} (for example DL4J's zoo VGG16/ResNet50, or a network of the same
 * architecture saved by DL4J). Every layer of ours is matched by name (our name first, then the
 * encoder's aliases, e.g. the zoo VGG16's numeric names) and copied when the source layer holds
 * every parameter array of ours (W, b, gamma, beta, mean, var) with an identical shape; extra
 * source arrays (e.g. the convolution biases of the zoo ResNet50) are ignored. The first
 * convolution is never copied (it takes one channel and stays freshly initialised, as in the
 * paper). No network access.
 */
public final class PretrainedWeights {

    private PretrainedWeights() {
    }

    /** Number of layers and parameter arrays copied. */
    public record Report(int layers, int arrays) {
    }

    /**
     * Copies matching parameters from {@code file} into {@code net}.
     *
     * @throws TrainingException if the file cannot be read as a ComputationGraph or nothing matches
     */
    public static Report apply(ComputationGraph net, Encoder encoder, Path file) throws TrainingException {
        if (!Files.isRegularFile(file)) {
            throw new TrainingException("pretrained weights file " + file + " does not exist");
        }
        ComputationGraph source;
        try {
            source = ModelSerializer.restoreComputationGraph(file.toFile(), false);
        } catch (IOException | RuntimeException e) {
            throw new TrainingException("cannot read pretrained weights " + file
                    + " as a DL4J ComputationGraph zip (ModelSerializer): " + e.getMessage(), e);
        }
        int layers = 0;
        int arrays = 0;
        for (Layer layer : net.getLayers()) {
            String name = layer.conf().getLayer().getLayerName();
            if (name.equals(encoder.firstConvolution())) {
                continue;
            }
            Map<String, INDArray> from = sourceParams(source, encoder, name);
            if (from == null) {
                continue;
            }
            Map<String, INDArray> ours = layer.paramTable();
            boolean all = !ours.isEmpty() && ours.entrySet().stream().allMatch(p -> from.containsKey(p.getKey())
                    && Arrays.equals(from.get(p.getKey()).shape(), p.getValue().shape()));
            if (all) {
                for (Map.Entry<String, INDArray> p : ours.entrySet()) {
                    p.getValue().assign(from.get(p.getKey()).castTo(p.getValue().dataType()));
                }
                layers++;
                arrays += ours.size();
            }
        }
        if (layers == 0) {
            throw new TrainingException("no layer of pretrained weights " + file + " matches the "
                    + "encoder by name and shape; expected a DL4J ComputationGraph of the same architecture");
        }
        return new Report(layers, arrays);
    }

    private static Map<String, INDArray> sourceParams(ComputationGraph source, Encoder encoder, String name) {
        for (String candidate : encoder.weightNames(name)) {
            GraphVertex v = source.getVertex(candidate);
            if (v != null && v.hasLayer()) {
                return v.getLayer().paramTable();
            }
        }
        return null;
    }
}
