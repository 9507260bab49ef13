package org.polar4d.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polar4d.core.patterns.ArrayPatternSet;
import org.polar4d.core.patterns.PatternSetFile;
import org.polar4d.core.progress.Progress;
import org.polar4d.learn.archive.ModelArchive;
import org.polar4d.learn.model.Head;
import org.polar4d.learn.model.Learner;
import org.polar4d.learn.train.TrainingRun;

class TrainCommandTest {

    @TempDir
    static Path dir;
    static Path data;

    record Result(int exit, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(exit, out.toString(), err.toString());
    }

    /** 48 labelled 16×16 patterns: a bright pixel block displaced towards the class direction. */
    @BeforeAll
    static void writeSet() throws Exception {
        int n = 48;
        int s = 16;
        SplittableRandom r = new SplittableRandom(1);
        float[] x = new float[n * s * s];
        int[] y = new int[n];
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 8;
            rows[i] = i;
            int cx = 8 + (int) Math.round(3 * Math.cos(Math.toRadians(45 * y[i])));
            int cy = 8 - (int) Math.round(3 * Math.sin(Math.toRadians(45 * y[i])));
            for (int p = 0; p < s * s; p++) {
                int px = p % s;
                int py = p / s;
                x[i * s * s + p] = (float) ((Math.abs(px - cx) <= 2 && Math.abs(py - cy) <= 2 ? 1 : 0)
                        + 0.05 * r.nextGaussian());
            }
        }
        ArrayPatternSet set = new ArrayPatternSet(s, s, x, y, new int[n], rows, new int[n], List.of("blocks"),
                Map.of("crop", "centered"));
        data = dir.resolve("train.p4ps");
        PatternSetFile.write(set, data, Progress.NONE).close();
    }

    @Test
    void trainsACnnWithThePrototypeHeadAndWritesOneArchive() throws Exception {
        Path out = dir.resolve("cnn.zip");
        Result r = run("train", "--data", data.toString(), "--model", "cnn", "--head", "proto", "--seeds", "1,2",
                "--epochs", "1", "--batch", "8", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("seed 1 epoch 1") && r.out().contains("wrote " + out), r.out());
        TrainingRun run = ModelArchive.read(out);
        assertEquals(Head.PROTO, run.settings().head());
        assertEquals(2, run.models().size());
        assertEquals(Map.of("crop", "centered"), run.recipe());
    }

    @Test
    void trainsPcaKnn() throws Exception {
        Path out = dir.resolve("pca.zip");
        Result r = run("train", "--data", data.toString(), data.toString(), "--model", "pcaknn", "--seeds", "888",
                "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        TrainingRun run = ModelArchive.read(out);
        assertEquals(Learner.PCAKNN, run.settings().learner());
        assertEquals("86", run.models().get(0).metrics().get("trainSize")); // 90 % of 2 × 48
    }

    @Test
    void badOptionsAreUsageErrorsAndNothingIsWritten() {
        Path out = dir.resolve("never.zip");
        Result r = run("train", "--data", data.toString(), "--model", "alexnet", "--out", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("alexnet"), r.err());
        r = run("train", "--data", data.toString(), "--model", "pcaknn", "--epochs", "3", "--out", out.toString());
        assertEquals(2, r.exit());
        r = run("train", "--data", data.toString(), "--model", "cnn", "--batch", "0", "--out", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("batchSize"), r.err());
        r = run("train", "--data", dir.resolve("nope.p4ps").toString(), "--model", "cnn", "--out", out.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("nope.p4ps"), r.err());
        r = run("train", "--data", data.toString(), "--model", "cnn", "--batch", "64", "--out", out.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("fewer than one batch"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void benchPcaKnnPrintsThePeersKeysOnItsLastLine() {
        Result r = run("bench", "pcaknn", "--random", "400", "64");
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().strip().split("\n");
        String json = lines[lines.length - 1];
        for (String key : List.of("\"n\": 400", "\"d\": 64", "\"scale_pca_s\"", "\"knn_fit_predict_s\"", "\"total_s\"",
                "\"accuracy\"")) {
            assertTrue(json.contains(key), json);
        }
    }

    @Test
    void benchTrainAndInferPrintThePeersKeys() {
        Result r = run("bench", "train", "--batch", "4", "--steps", "1", "--size", "16");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().strip().endsWith("}") && r.out().contains("\"train_patterns_per_s\""), r.out());
        r = run("bench", "infer", "--batch", "4", "--steps", "1", "--size", "16", "--head", "reg");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"infer_patterns_per_s\""), r.out());
    }
}
