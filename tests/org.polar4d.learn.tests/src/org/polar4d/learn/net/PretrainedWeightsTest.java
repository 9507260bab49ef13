package org.polar4d.learn.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polar4d.learn.model.Head;
import org.polar4d.learn.model.Learner;
import org.polar4d.learn.train.TrainingException;

class PretrainedWeightsTest {

    private static NetworkFactory.Spec vgg(Head head) {
        return new NetworkFactory.Spec(Learner.VGG16, head, 32, 32, 2e-4, 1e-4, 1.25);
    }

    @Test
    void copiesEveryLayerByNameExceptTheFirstConvolution(@TempDir Path dir) throws Exception {
        ComputationGraph source = NetworkFactory.build(vgg(Head.CLS), 1);
        Path file = dir.resolve("vgg16.zip");
        ModelSerializer.writeModel(source, file.toFile(), false);

        ComputationGraph target = NetworkFactory.build(vgg(Head.REG), 2); // other head: output layer differs
        PretrainedWeights.Report report = PretrainedWeights.apply(target, new Vgg16Encoder(), file);
        for (Layer l : target.getLayers()) {
            String name = l.conf().getLayer().getLayerName();
            if (l.numParams() == 0) {
                continue;
            }
            boolean same = l.params().equals(source.getLayer(name).params());
            if (name.equals("block1_conv1") || name.equals(NetworkFactory.OUTPUT)) {
                assertTrue(!same, name + " must stay freshly initialised");
            } else {
                assertTrue(same, name + " was not copied");
            }
        }
        // 12 convolutions, enc_fc, enc_bn, dense
        assertEquals(15, report.layers());
    }

    @Test
    void zooNamesAreAliasesOfVggConvolutions() {
        Vgg16Encoder e = new Vgg16Encoder();
        assertEquals(List.of("block1_conv2", "1"), e.weightNames("block1_conv2"));
        assertEquals(List.of("block2_conv1", "3"), e.weightNames("block2_conv1"));
        assertEquals(List.of("block5_conv3", "16"), e.weightNames("block5_conv3"));
        assertEquals(List.of("dense"), e.weightNames("dense"));
    }

    @Test
    void unrelatedOrUnreadableFilesAreRejected(@TempDir Path dir) throws Exception {
        ComputationGraph cnn = NetworkFactory.build(new NetworkFactory.Spec(Learner.CNN, Head.REG, 24, 24, 2e-4, 1e-4,
                1.25), 1); // no layer shape in common with ResNet-50/cls
        Path file = dir.resolve("cnn.zip");
        ModelSerializer.writeModel(cnn, file.toFile(), false);
        ComputationGraph resnet = NetworkFactory.build(new NetworkFactory.Spec(Learner.RESNET50, Head.CLS, 32, 32,
                2e-4, 1e-4, 1.25), 1);
        TrainingException e = assertThrows(TrainingException.class,
                () -> PretrainedWeights.apply(resnet, new ResNet50Encoder(), file));
        assertTrue(e.getMessage().contains("matches"), e.getMessage());

        Path junk = dir.resolve("junk.zip");
        Files.writeString(junk, "not a model");
        e = assertThrows(TrainingException.class, () -> PretrainedWeights.apply(resnet, new ResNet50Encoder(), junk));
        assertTrue(e.getMessage().contains("junk.zip"), e.getMessage());
        assertNotEquals(null, e.getMessage());
    }
}
