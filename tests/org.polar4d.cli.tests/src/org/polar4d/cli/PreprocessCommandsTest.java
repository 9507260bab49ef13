package org.polar4d.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polar4d.core.data.Calibration;
import org.polar4d.core.data.FrameShape;
import org.polar4d.core.data.InMemoryDataset;
import org.polar4d.core.data.Provenance;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.io.DatasetIO;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.patterns.MappedPatternSet;
import org.polar4d.core.patterns.PatternSetFile;
import org.polar4d.core.progress.Progress;

/** The preprocess, vimage and bench preprocess commands on small NPY scans. */
class PreprocessCommandsTest {

    @TempDir
    Path dir;

    /** A 6x5 scan of 40x48 frames: Gaussian disks that wander by up to 3 px, plus noise. */
    private Path scan(String name, long seed) throws Exception {
        Random rnd = new Random(seed);
        int h = 40;
        int w = 48;
        float[] data = new float[30 * h * w];
        for (int f = 0; f < 30; f++) {
            double cy = 20 + 3 * (2 * rnd.nextDouble() - 1);
            double cx = 23 + 3 * (2 * rnd.nextDouble() - 1);
            for (int r = 0; r < h; r++) {
                for (int c = 0; c < w; c++) {
                    data[f * h * w + r * w + c] = (float) (50 * Math.exp(-((r - cy) * (r - cy) + (c - cx) * (c - cx)) / 20)
                            + rnd.nextDouble());
                }
            }
        }
        Path file = dir.resolve(name);
        DatasetIO.write(new InMemoryDataset(new ScanShape(6, 5), new FrameShape(h, w), data, Calibration.NONE,
                Provenance.generated("test", Map.of()), null), file, Progress.NONE);
        return file;
    }

    @Test
    void preprocessWritesALabelledFilteredSet() throws Exception {
        Path a = scan("a.npy", 1);
        Path b = scan("b.npy", 2);
        Path out = dir.resolve("train.p4ps");
        CliTestSupport.Run r = CliTestSupport.run("preprocess", a.toString(), b.toString(), "--label", "RM", "--label",
                "RU", "--filter", "com", "--crop", "16", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("patterns filtered out (CoM shift"), r.out());
        try (MappedPatternSet set = PatternSetFile.open(out)) {
            assertTrue(set.size() > 0 && set.size() < 60, "filtered: " + set.size());
            assertEquals(16, set.height());
            assertEquals(PolarizationClass.RM.index(), set.label(0));
            assertEquals(PolarizationClass.RU.index(), set.label(set.size() - 1));
            assertEquals("true", set.recipe().get("filter.comShift"));
            assertEquals("centered", set.recipe().get("preprocess.cropMode"));
            assertTrue(r.out().contains("Wrote " + set.size() + " patterns of 16x16"), r.out());
        }
        try (var files = Files.list(dir)) {
            assertEquals(3, files.count(), "only the inputs and the set; no scratch files left");
        }
    }

    @Test
    void preprocessOptionsAreValidated() throws Exception {
        Path a = scan("a.npy", 3);
        String out = dir.resolve("x.p4ps").toString();
        assertEquals(2, CliTestSupport.run("preprocess", a.toString(), "--label", "XY", "--out", out).exitCode());
        assertEquals(2, CliTestSupport.run("preprocess", a.toString(), "--crop-mode", "sideways", "--out", out)
                .exitCode());
        assertEquals(2, CliTestSupport.run("preprocess", a.toString(), a.toString(), a.toString(), "--label", "RM",
                "--label", "RU", "--out", out).exitCode());
        assertEquals(2, CliTestSupport.run("preprocess", a.toString(), "--filter", "magic", "--out", out).exitCode());
        CliTestSupport.Run big = CliTestSupport.run("preprocess", a.toString(), "--out", out); // 64 > 40 rows
        assertEquals(1, big.exitCode());
        assertTrue(big.err().contains("a.npy") && big.err().contains("smaller than the 64x64 crop"), big.err());
        CliTestSupport.Run missing = CliTestSupport.run("preprocess", dir.resolve("none.npy").toString(), "--out", out);
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("none.npy"), missing.err());
        assertTrue(Files.notExists(Path.of(out)));
    }

    @Test
    void preprocessReferenceMirroredCropAndBinning() throws Exception {
        Path a = scan("a.npy", 4);
        Path out = dir.resolve("m.p4ps");
        CliTestSupport.Run r = CliTestSupport.run("preprocess", a.toString(), "--crop", "8", "--bin", "2", "--log",
                "--crop-mode", "reference-mirrored", "--align", "per-frame", "--threads", "1", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        try (MappedPatternSet set = PatternSetFile.open(out)) {
            assertEquals(30, set.size());
            assertEquals("reference-mirrored", set.recipe().get("preprocess.cropMode"));
            assertEquals("2", set.recipe().get("preprocess.binning"));
            assertEquals("true", set.recipe().get("preprocess.logScale"));
        }
    }

    @Test
    void vimageWritesMapsAndTheRotationEstimate() throws Exception {
        Path a = scan("a.npy", 5);
        Path maps = dir.resolve("maps");
        CliTestSupport.Run r = CliTestSupport.run("vimage", a.toString(), "--out", maps.toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        for (String name : new String[] {"bf", "adf", "com-x", "com-y", "com-magnitude"}) {
            assertTrue(Files.size(maps.resolve(name + ".npy")) == 128 + 4 * 30, name + ".npy: 6x5 float32");
            assertTrue(Files.size(maps.resolve(name + ".png")) > 0);
        }
        assertTrue(r.out().contains("Scan rotation estimate: scan rotation"), r.out());
        assertEquals(2, CliTestSupport.run("vimage", a.toString(), "--adf", "9,3", "--out", maps.toString()).exitCode());
    }

    @Test
    void benchPreprocessEndsWithOneJsonLine() throws Exception {
        Path a = scan("a.npy", 6);
        CliTestSupport.Run r = CliTestSupport.run("bench", "preprocess", a.toString(), "--size", "16");
        assertEquals(0, r.exitCode(), r.out() + r.err());
        String[] lines = r.out().trim().split("\n");
        String last = lines[lines.length - 1];
        for (String key : new String[] {"\"patterns\": 30", "\"frame\": [40, 48]", "\"global_com\"", "\"crop_origin\"",
            "\"com_pass_s\"", "\"crop_normalise_s\"", "\"patterns_per_s\""}) {
            assertTrue(last.startsWith("{") && last.contains(key), key + " in " + last);
        }
    }
}
