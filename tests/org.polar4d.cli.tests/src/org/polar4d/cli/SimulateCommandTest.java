package org.polar4d.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.io.DatasetIO;

class SimulateCommandTest {

    private static final String[] TINY = {"--scan", "2x3", "--frame", "16", "--cells", "1", "--thickness", "1nm"};

    private static String[] args(String[] head, String... tail) {
        String[] all = new String[head.length + TINY.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(TINY, 0, all, head.length, TINY.length);
        System.arraycopy(tail, 0, all, head.length + TINY.length, tail.length);
        return all;
    }

    @Test
    void writesOneLabelledDatasetAndMetadataPerClass(@TempDir Path dir) throws Exception {
        CliTestSupport.Run r = CliTestSupport.run(args(new String[] {"simulate", "--class", "RM,LU"}, "--dose", "1e4",
                "--out", dir.toString()));
        assertEquals(0, r.exitCode(), r.out() + r.err());
        for (String id : new String[] {"RM", "LU"}) {
            try (Dataset4D d = DatasetIO.open(dir.resolve(id + ".npy"))) {
                assertEquals(2, d.scanShape().rows());
                assertEquals(3, d.scanShape().cols());
                assertEquals(16, d.frameShape().width());
                float[] f = new float[256];
                d.readFrame(0, f);
                double counts = 0;
                for (float v : f) {
                    counts += v;
                }
                assertEquals(1e4, counts, 0.15e4, "dose per pattern");
            }
            String json = Files.readString(dir.resolve(id + ".json"));
            assertTrue(json.contains("\"label\": \"" + id + "\""), json);
            assertTrue(json.contains("\"detector_pixel_mrad\""), json);
            assertTrue(json.contains("\"shape\": [2, 3, 16, 16]"), json);
            assertTrue(json.contains("\"seed\": \"0\""), json);
        }
        assertTrue(r.out().contains("LU"), r.out());
    }

    @Test
    void badOptionsAreUsageErrors(@TempDir Path dir) {
        String out = dir.toString();
        assertEquals(2, CliTestSupport.run(args(new String[] {"simulate", "--class", "XX"}, "--out", out)).exitCode());
        CliTestSupport.Run r = CliTestSupport.run(args(new String[] {"simulate", "--thickness", "20 furlongs"},
                "--out", out));
        assertEquals(2, r.exitCode());
        r = CliTestSupport.run("simulate", "--scan", "2x2", "--frame", "15", "--out", out);
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("frame size"), r.err());
        r = CliTestSupport.run(args(new String[] {"simulate"}, "--format", "tiff", "--out", out));
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--format"), r.err());
    }

    @Test
    void benchPrintsOneJsonLineLast() {
        CliTestSupport.Run r = CliTestSupport.run(args(new String[] {"bench", "simulate"}, "--runs", "1", "--sample",
                "2"));
        assertEquals(0, r.exitCode(), r.out() + r.err());
        String[] lines = r.out().trim().split("\n");
        String last = lines[lines.length - 1];
        assertTrue(last.startsWith("{") && last.endsWith("}"), last);
        for (String key : new String[] {"patterns_per_s_multislice", "patterns_per_s_prism", "flops_per_pattern",
            "fraction_of_peak", "peak_gflops"}) {
            assertTrue(last.contains("\"" + key + "\":"), key + " in " + last);
        }
    }

    @Test
    void unitsParse() throws UsageException {
        assertEquals(200, Units.lengthA("20nm", "nm", "--thickness"), 1e-12);
        assertEquals(200, Units.lengthA("20", "nm", "--thickness"), 1e-12);
        assertEquals(3.95, Units.lengthA("3.95A", "nm", "--lattice"), 1e-12);
        assertEquals(3.95, Units.lengthA("3.95 Å", "nm", "--lattice"), 1e-12);
        assertEquals(24, Units.angleMrad("24mrad", "--alpha"), 1e-12);
        assertEquals(24, Units.angleMrad("0.024rad", "--alpha"), 1e-12);
        assertEquals(300, Units.kiloVolts("300kV", "--kv"), 1e-12);
    }
}
