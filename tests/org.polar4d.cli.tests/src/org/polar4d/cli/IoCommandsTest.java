package org.polar4d.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.io.DatasetIO;
import org.polar4d.core.io.Orientation;
import org.polar4d.core.io.ReadOptions;

/** {@code info}, {@code convert} and {@code bench read} on shared and generated files. */
class IoCommandsTest {

    @TempDir
    Path dir;

    private static Path shared(String relative) {
        String s = System.getProperty("polar4d.shared");
        if (s == null) {
            throw new IllegalStateException("system property polar4d.shared is not set");
        }
        Path p = Path.of(s, "data", "formats", relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("shared fixture missing: " + p);
        }
        return p;
    }

    @Test
    void infoDescribesAFileAsJson() {
        CliTestSupport.Run r = CliTestSupport.run("info", shared("mib/Quad_9_Frame_CounterDepth_24_Rows_256.mib").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("\"format\": \"mib\""), r.out());
        assertTrue(r.out().contains("\"scan_shape\": [3, 3]"), r.out());
        assertTrue(r.out().contains("\"frame_shape\": [512, 512]"), r.out());
        assertTrue(r.out().contains("\"dtype\": \"u32\""), r.out());
        assertTrue(r.out().contains("\"scan_shape_source\": \"inferred\""), r.out());
        assertTrue(r.out().contains("\"data_bytes\": 9437184"), r.out());
    }

    @Test
    void infoOfSeveralFilesIsAnArrayWithCalibration() {
        CliTestSupport.Run r = CliTestSupport.run("info", shared("blo/test2.blo").toString(),
                shared("emd/py4DSTEM_size2x3x4x5.h5").toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().trim().startsWith("["), r.out());
        assertTrue(r.out().contains("\"beam_energy_kev\": 200"), r.out());
        assertTrue(r.out().contains("\"unit\": \"1/Å\""), r.out());
    }

    @Test
    void badInputAndBadOptions() {
        CliTestSupport.Run r = CliTestSupport.run("info", dir.resolve("missing.mib").toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("missing.mib"), r.err());
        r = CliTestSupport.run("info", "--scan", "12by4", shared("blo/test2.blo").toString());
        assertEquals(2, r.exitCode(), r.err());
        r = CliTestSupport.run("info", "--format", "jpeg", shared("blo/test2.blo").toString());
        assertEquals(2, r.exitCode(), r.err());
        r = CliTestSupport.run("convert", shared("blo/test2.blo").toString(), dir.resolve("out.txt").toString());
        assertEquals(2, r.exitCode(), r.err());
        r = CliTestSupport.run("info", "--raw-dtype", "u16", shared("blo/test2.blo").toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("--raw-frame"), r.err());
    }

    @Test
    void convertAppliesReaderOptions() throws IOException {
        Path in = shared("mib/Single_9_Frame_CounterDepth_12_Rows_256.mib");
        Path out = dir.resolve("out.npy");
        CliTestSupport.Run r = CliTestSupport.run("convert", "--flip-frame-y", "--scan", "3x3", in.toString(),
                out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("wrote"), r.out());
        try (Dataset4D a = DatasetIO.open(out);
                Dataset4D b = DatasetIO.open(in, ReadOptions.DEFAULT.withOrientation(Orientation.FLIP_FRAME_Y))) {
            assertEquals(new ScanShape(3, 3), a.scanShape());
            float[] fa = new float[9 * 65536];
            float[] fb = new float[9 * 65536];
            a.readFrames(0, 9, fa);
            b.readFrames(0, 9, fb);
            for (int i = 0; i < fa.length; i++) {
                if (fa[i] != fb[i]) {
                    throw new AssertionError("element " + i);
                }
            }
        }
    }

    @Test
    void convertRawLayoutToEmd() throws IOException {
        ByteBuffer b = ByteBuffer.allocate(16 + 4 * (2 + 3 * 2 * 2)).order(ByteOrder.BIG_ENDIAN);
        b.position(16);
        for (int f = 0; f < 4; f++) {
            b.putShort((short) 0);
            for (int p = 0; p < 6; p++) {
                b.putShort((short) (f * 10 + p));
            }
        }
        Path raw = dir.resolve("frames.dat");
        Files.write(raw, b.array());
        Path out = dir.resolve("cube.emd");
        CliTestSupport.Run r = CliTestSupport.run("convert", "--raw-dtype", "u16", "--raw-endian", "big", "--raw-frame",
                "2x3", "--raw-offset", "16", "--raw-frame-header", "2", "--scan", "2x2", raw.toString(), out.toString());
        assertEquals(0, r.exitCode(), r.err());
        try (Dataset4D ds = DatasetIO.open(out)) {
            float[] f = new float[4 * 6];
            ds.readFrames(0, 4, f);
            for (int i = 0; i < f.length; i++) {
                assertEquals((i / 6) * 10 + i % 6, f[i], 0.0);
            }
        }
    }

    @Test
    void benchReadPrintsOneJsonLineLast() throws IOException {
        Path in = shared("mib/Quad_9_Frame_CounterDepth_12_Rows_256.mib");
        CliTestSupport.Run r = CliTestSupport.run("bench", "read", "--threads", "2", "--warmup", "2", in.toString());
        assertEquals(0, r.exitCode(), r.err());
        String[] lines = r.out().trim().split("\n");
        String last = lines[lines.length - 1];
        assertTrue(last.startsWith("{") && last.contains("\"gb_per_s\": ") && last.contains("\"seconds\": ")
                && last.contains("\"bytes\": 4718592") && last.contains("\"warmup_passes\": 2")
                && last.contains("\"first_pass_gb_per_s\": "), last);
        double expected = 0;
        try (Dataset4D ds = DatasetIO.open(in)) {
            double[] d = new double[(int) ds.frameShape().pixels()];
            for (long f = 0; f < ds.frameCount(); f++) {
                ds.readFramesExact(f, 1, d);
                for (double v : d) {
                    expected += v;
                }
            }
        }
        assertTrue(last.contains("\"sum\": " + (long) expected), last + " expected sum " + (long) expected);
    }
}
