package org.polar4d.learn.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.polar4d.learn.model.Head;
import org.polar4d.learn.model.Learner;

class NetworkFactoryTest {

    private static NetworkFactory.Spec spec(Learner l, Head h, int size) {
        return new NetworkFactory.Spec(l, h, size, size, 2e-4, 1e-4, 1.25);
    }

    @Test
    void customCnnHasThePapersParameterCounts() {
        assertEquals(6_450_440, NetworkFactory.build(spec(Learner.CNN, Head.CLS, 64), 1).numParams());
        assertEquals(6_447_362, NetworkFactory.build(spec(Learner.CNN, Head.REG, 64), 1).numParams());
        assertEquals(6_512_000, NetworkFactory.build(spec(Learner.CNN, Head.PROTO, 64), 1).numParams());
    }

    @Test
    void vggAndResNetMatchTheTorchvisionEncodersWithOneInputChannel() {
        // VGG16 features with a 1-channel first conv: 14,713,536 (torchvision 14,714,688 − 2·64·9);
        // + Linear 512→256, BatchNorm (DL4J also counts running mean/var), Linear 256→512, Linear 512→8
        long vggHead = (512 * 256 + 256) + 4 * 256 + (256 * 512 + 512) + (512 * 8 + 8);
        assertEquals(14_713_536 + vggHead, NetworkFactory.build(spec(Learner.VGG16, Head.CLS, 64), 1).numParams());
        // ResNet-50 without fc, 1-channel conv1: 23,501,760 trainable; DL4J adds running mean/var of
        // its 26,560 BatchNorm channels; + Linear 2048→256, BatchNorm, Linear 256→512, Linear 512→8
        long resnetHead = (2048 * 256 + 256) + 4 * 256 + (256 * 512 + 512) + (512 * 8 + 8);
        assertEquals(23_501_760 + 2 * 26_560 + resnetHead,
                NetworkFactory.build(spec(Learner.RESNET50, Head.CLS, 64), 1).numParams());
    }

    static Stream<Arguments> allNetworks() {
        return Stream.of(Learner.CNN, Learner.VGG16, Learner.RESNET50)
                .flatMap(l -> Stream.of(Head.values()).map(h -> Arguments.of(l, h)));
    }

    @ParameterizedTest(name = "{0}/{1}")
    @MethodSource("allNetworks")
    void everyEncoderAndHeadMapsA64x64BatchToTheHeadsOutput(Learner learner, Head head) {
        ComputationGraph net = NetworkFactory.build(spec(learner, head, 64), 7);
        INDArray out = net.outputSingle(false, Nd4j.rand(DataType.FLOAT, 2, 64, 64, 1)); // NHWC
        assertArrayEquals(new long[] {2, head.outputSize()}, out.shape());
        double[][] v = out.toDoubleMatrix();
        for (double[] row : v) {
            for (double x : row) {
                assertTrue(Double.isFinite(x));
            }
            if (head == Head.CLS) {
                assertEquals(1.0, row[0] + row[1] + row[2] + row[3] + row[4] + row[5] + row[6] + row[7], 1e-5);
            } else if (head == Head.REG) {
                assertTrue(Math.abs(row[0]) <= 1 && Math.abs(row[1]) <= 1, "tanh outputs");
            }
        }
    }

    @Test
    void sameSeedGivesTheSameInitialisation() {
        INDArray a = NetworkFactory.build(spec(Learner.CNN, Head.PROTO, 16), 42).params();
        INDArray b = NetworkFactory.build(spec(Learner.CNN, Head.PROTO, 16), 42).params();
        INDArray c = NetworkFactory.build(spec(Learner.CNN, Head.PROTO, 16), 43).params();
        assertEquals(a, b);
        assertTrue(!a.equals(c));
    }
}
