package org.polar4d.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polar4d.core.augment.Augmentation;
import org.polar4d.core.patterns.ArrayPatternSet;
import org.polar4d.core.predict.PredictionCsv;
import org.polar4d.core.predict.PredictionTable;
import org.polar4d.core.preprocess.PreprocessingRecipe;
import org.polar4d.core.progress.Progress;
import org.polar4d.learn.archive.ModelArchive;
import org.polar4d.learn.model.Head;
import org.polar4d.learn.model.Learner;
import org.polar4d.learn.train.Trainer;
import org.polar4d.learn.train.TrainingListener;
import org.polar4d.learn.train.TrainingSettings;

/**
 * predict → evaluate → render on a small generated scan with a PCA-kNN archive trained on the same
 * kind of patterns: a bright disk shifted towards the class direction.
 */
class PredictCommandTest {

    private static final int SCAN = 8;
    private static final int FRAME = 80;

    @TempDir
    static Path dir;

    private static Path model;
    private static Path model48;
    private static Path cnn;
    private static Path data;

    /** Class of scan position (r, c): every class equally often, so the global CoM is the frame centre. */
    private static int classAt(int r, int c) {
        return (r + c) % 8;
    }

    /** A frame (or pattern) of {@code size} with the disk shifted 3 px towards class k, plus noise. */
    private static void disk(float[] dst, int offset, int size, int k, Random rnd) {
        double t = Math.toRadians(45 * k);
        double cy = size / 2.0 - 3 * Math.sin(t);
        double cx = size / 2.0 + 3 * Math.cos(t);
        for (int r = 0; r < size; r++) {
            for (int c = 0; c < size; c++) {
                boolean in = (r - cy) * (r - cy) + (c - cx) * (c - cx) <= 100;
                dst[offset + r * size + c] = (in ? 50f : 2f) + (float) rnd.nextGaussian();
            }
        }
    }

    @BeforeAll
    static void fixtures() throws Exception {
        Random rnd = new Random(5);
        int n = 160;
        int s = 64;
        float[] patterns = new float[n * s * s];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % 8;
            disk(patterns, i * s * s, s, labels[i], rnd);
            float min = Float.MAX_VALUE;
            float max = -Float.MAX_VALUE;
            for (int p = i * s * s; p < (i + 1) * s * s; p++) {
                min = Math.min(min, patterns[p]);
                max = Math.max(max, patterns[p]);
            }
            for (int p = i * s * s; p < (i + 1) * s * s; p++) {
                patterns[p] = (patterns[p] - min) / (max - min + 1e-8f);
            }
        }
        int[] zeros = new int[n];
        ArrayPatternSet set = new ArrayPatternSet(s, s, patterns, labels, zeros, zeros, zeros, List.of("generated"),
                PreprocessingRecipe.PAPER.toProperties());
        TrainingSettings pca = TrainingSettings.builder().learner(Learner.PCAKNN).pcaComponents(10).knnK(3).seeds(1, 2)
                .build();
        model = dir.resolve("pca.zip");
        ModelArchive.write(model, Trainer.train(set, pca, Augmentation.NONE, Progress.NONE, TrainingListener.NONE));
        // the same patterns declared as log-scaled: a different recipe
        ArrayPatternSet other = new ArrayPatternSet(s, s, patterns, labels, zeros, zeros, zeros, List.of("generated"),
                PreprocessingRecipe.PAPER.withLogScale(true).toProperties());
        model48 = dir.resolve("pca-log.zip");
        ModelArchive.write(model48, Trainer.train(other, pca, Augmentation.NONE, Progress.NONE, TrainingListener.NONE));
        // a network is slow to train: one epoch on 48 patterns, two seeds
        int few = 48;
        ArrayPatternSet small = new ArrayPatternSet(s, s, java.util.Arrays.copyOf(patterns, few * s * s),
                java.util.Arrays.copyOf(labels, few), new int[few], new int[few], new int[few], List.of("generated"),
                PreprocessingRecipe.PAPER.toProperties());
        TrainingSettings tiny = TrainingSettings.builder().learner(Learner.CNN).head(Head.CLS).maxEpochs(1).batchSize(16)
                .seeds(7, 8).build();
        cnn = dir.resolve("cnn.zip");
        ModelArchive.write(cnn, Trainer.train(small, tiny, Augmentation.NONE, Progress.NONE, TrainingListener.NONE));

        float[] frames = new float[SCAN * SCAN * FRAME * FRAME];
        for (int r = 0; r < SCAN; r++) {
            for (int c = 0; c < SCAN; c++) {
                disk(frames, (r * SCAN + c) * FRAME * FRAME, FRAME, classAt(r, c), rnd);
            }
        }
        data = npy(dir.resolve("scan.npy"), frames, SCAN, SCAN, FRAME, FRAME);
    }

    static Path npy(Path f, float[] values, int... shape) throws IOException {
        StringBuilder dims = new StringBuilder();
        for (int d : shape) {
            dims.append(d).append(", ");
        }
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + dims.toString().replaceAll(", $", "")
                + "), }";
        int total = 10 + dict.length() + 1;
        String header = dict + " ".repeat((64 - total % 64) % 64) + "\n";
        ByteBuffer b = ByteBuffer.allocate(10 + header.length() + 4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}).putShort((short) header.length());
        b.put(header.getBytes(StandardCharsets.US_ASCII));
        for (float v : values) {
            b.putFloat(v);
        }
        Files.write(f, b.array());
        return f;
    }

    @Test
    void predictEvaluateAndRender() throws IOException {
        Path out = dir.resolve("pred.csv");
        CliTestSupport.Run r = CliTestSupport.run("predict", "--model", model.toString(), "--data", data.toString(),
                "--out", out.toString(), "--each", "--label", "RM,RD");
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("predicted 64 of 64 positions of scan (8x8) with 2 models"), r.out());
        PredictionTable vote = PredictionCsv.read(out);
        assertEquals("pcaknn", vote.metadata("model").orElseThrow());
        assertEquals("scan", vote.metadata("dataset").orElseThrow());
        assertEquals("RM,RD", vote.metadata("label").orElseThrow());
        assertEquals("2", vote.metadata("models").orElseThrow());
        int correct = 0;
        for (int i = 0; i < 64; i++) {
            correct += vote.classIndex(i) == classAt(i / SCAN, i % SCAN) ? 1 : 0;
        }
        assertTrue(correct >= 58, correct + " of 64 positions predicted as generated");

        Path seed1 = dir.resolve("pred.pcaknn.seed1.csv");
        Path seed2 = dir.resolve("pred.pcaknn.seed2.csv");
        assertEquals("1", PredictionCsv.read(seed1).metadata("seed").orElseThrow());
        CliTestSupport.Run e = CliTestSupport.run("evaluate", seed1.toString(), seed2.toString());
        assertEquals(0, e.exitCode(), e.err());
        // RM and RD are accepted: 16 of the 64 generated positions
        assertTrue(e.out().contains("| scan | RM,RD |"), e.out());

        Path png = dir.resolve("pred.png");
        CliTestSupport.Run m = CliTestSupport.run("render", out.toString(), "--style", "arrows", "--background",
                data.toString(), "--out", png.toString());
        assertEquals(0, m.exitCode(), m.err());
        assertTrue(Files.size(png) > 1000);
    }

    @Test
    void cnnArchivePredictsAndShowsItsTrainingCurves() throws IOException {
        Path out = dir.resolve("cnn.csv");
        CliTestSupport.Run r = CliTestSupport.run("predict", "--model", cnn.toString(), "--data", data.toString(),
                "--out", out.toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        PredictionTable t = PredictionCsv.read(out);
        assertEquals("cnn/cls", t.metadata("model").orElseThrow());
        assertEquals(64, t.predictedCount());
        Path svg = dir.resolve("curves.svg");
        CliTestSupport.Run c = CliTestSupport.run("render", cnn.toString(), "--style", "curves", "--out", svg.toString());
        assertEquals(0, c.exitCode(), c.err());
        String text = Files.readString(svg);
        assertTrue(text.contains(">cnn/cls seed 7</text>") && text.contains(">cnn/cls seed 8</text>")
                && text.contains(">validation</text>"), "one series per seed");
        CliTestSupport.Run none = CliTestSupport.run("render", model.toString(), "--style", "curves", "--out",
                svg.toString());
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("no training curves"), none.err());
    }

    @Test
    void differentRecipesCannotVote() {
        CliTestSupport.Run r = CliTestSupport.run("predict", "--model", model.toString(), "--model",
                model48.toString(), "--data", data.toString(), "--out", dir.resolve("x.csv").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("trained with different preprocessing"), r.err());
        assertTrue(r.err().contains("log scale"), r.err());
    }

    @Test
    void badArchiveAndDataAreClearErrors() throws IOException {
        Path junk = dir.resolve("junk.zip");
        Files.writeString(junk, "not a zip");
        CliTestSupport.Run r = CliTestSupport.run("predict", "--model", junk.toString(), "--data", data.toString(),
                "--out", dir.resolve("x.csv").toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("junk.zip"), r.err());
        CliTestSupport.Run d = CliTestSupport.run("predict", "--model", model.toString(), "--data",
                dir.resolve("missing.npy").toString(), "--out", dir.resolve("x.csv").toString());
        assertEquals(1, d.exitCode());
        assertTrue(d.err().contains("missing.npy"), d.err());
        assertTrue(!Files.exists(dir.resolve("x.csv")));
    }
}
