package org.polar4d.learn.diagnostics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.polar4d.learn.runtime.NativeRuntime;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.Dataset;
import smile.classification.KNN;
import smile.feature.extraction.PCA;

/**
 * Three end-to-end checks that the library stack works where Polar4D runs (plain class path or
 * OSGi): a tiny DL4J CNN trains and predicts on the native backend; Smile PCA + kNN classify
 * separable data; jHDF writes and reads back an HDF5 file.
 */
public final class SelfTest {

    /** Outcome of one check. */
    public record Result(String name, boolean passed, long millis, String detail) {
    }

    private SelfTest() {
    }

    /** Runs all checks; never throws, failures are reported in the results. */
    public static List<Result> runAll(Path workDir) {
        List<Result> results = new ArrayList<>();
        results.add(run("DL4J CNN train + predict", SelfTest::checkCnn));
        results.add(run("Smile PCA + kNN", SelfTest::checkPcaKnn));
        results.add(run("jHDF write + read", () -> checkHdf5(workDir)));
        return results;
    }

    private static Result run(String name, Callable<String> check) {
        long t0 = System.nanoTime();
        try {
            String detail = check.call();
            return new Result(name, true, (System.nanoTime() - t0) / 1_000_000, detail);
        } catch (Exception | Error e) {
            return new Result(name, false, (System.nanoTime() - t0) / 1_000_000,
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Builds a 1×16×16 CNN, trains two iterations and checks the softmax output. */
    public static String checkCnn() {
        NativeRuntime.ensureInitialised();
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(42)
                .updater(new Adam(1e-3))
                .list()
                .layer(new ConvolutionLayer.Builder(3, 3).nOut(4).activation(Activation.RELU).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2)
                        .build())
                .layer(new DenseLayer.Builder().nOut(16).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(2)
                        .activation(Activation.SOFTMAX).build())
                .setInputType(InputType.convolutional(16, 16, 1))
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        Nd4j.getRandom().setSeed(7);
        INDArray x = Nd4j.rand(new int[] {8, 1, 16, 16});
        INDArray y = Nd4j.zeros(8, 2);
        for (int i = 0; i < 8; i++) {
            y.putScalar(i, i % 2, 1.0);
        }
        DataSet batch = new DataSet(x, y);
        net.fit(batch);
        net.fit(batch);
        INDArray out = net.output(x);
        INDArray sums = out.sum(1);
        for (int i = 0; i < 8; i++) {
            if (Math.abs(sums.getDouble(i) - 1.0) > 1e-4 || !Double.isFinite(out.getDouble(i, 0))) {
                throw new IllegalStateException("softmax rows do not sum to 1: " + sums);
            }
        }
        return net.numParams() + " parameters, output " + Arrays.toString(out.shape()) + ", backend "
                + Nd4j.getBackend().getClass().getSimpleName();
    }

    /** Two Gaussian clusters in 10-D → PCA(2) → kNN(5); expects near-perfect accuracy. */
    public static String checkPcaKnn() {
        Random rnd = new Random(3);
        int n = 200;
        double[][] x = new double[n][10];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            for (int d = 0; d < 10; d++) {
                x[i][d] = rnd.nextGaussian() + (y[i] == 1 ? 4.0 : 0.0);
            }
        }
        PCA pca = PCA.fit(Arrays.copyOf(x, 150)).getProjection(2);
        double[][] train = pca.apply(Arrays.copyOf(x, 150));
        KNN<double[]> knn = KNN.fit(train, Arrays.copyOf(y, 150), 5);
        int correct = 0;
        for (int i = 150; i < n; i++) {
            if (knn.predict(pca.apply(x[i])) == y[i]) {
                correct++;
            }
        }
        double accuracy = correct / 50.0;
        if (accuracy < 0.95) {
            throw new IllegalStateException("accuracy " + accuracy + " on separable clusters");
        }
        return "accuracy " + accuracy + " on 50 held-out points";
    }

    /** Writes a 4×5 float dataset with jHDF, reads it back and compares. */
    public static String checkHdf5(Path workDir) throws IOException {
        Path file = Files.createTempFile(workDir, "polar4d-selftest", ".h5");
        try {
            float[][] data = new float[4][5];
            for (int r = 0; r < 4; r++) {
                for (int c = 0; c < 5; c++) {
                    data[r][c] = r * 10 + c + 0.5f;
                }
            }
            try (WritableHdfFile out = HdfFile.write(file)) {
                out.putDataset("values", data);
            }
            try (HdfFile in = new HdfFile(file)) {
                Dataset ds = in.getDatasetByPath("/values");
                float[][] back = (float[][]) ds.getData();
                if (!Arrays.deepEquals(data, back)) {
                    throw new IllegalStateException("read back " + Arrays.deepToString(back));
                }
                return "4x5 float32 round trip, " + Files.size(file) + " bytes";
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
