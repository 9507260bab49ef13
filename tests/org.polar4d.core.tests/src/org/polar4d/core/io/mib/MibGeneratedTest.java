package org.polar4d.core.io.mib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.ElementType;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.io.DatasetIO;
import org.polar4d.core.io.FormatException;
import org.polar4d.core.io.ScanShapeSource;

/** RAW depths and quad layouts without a real sample, multi-file acquisitions and scan-shape sources. */
class MibGeneratedTest {

    @TempDir
    Path dir;

    private static int[] frame(int pixels, int depth, long seed) {
        Random r = new Random(seed);
        int[] f = new int[pixels];
        int max = depth == 24 ? 1 << 24 : 1 << depth;
        for (int i = 0; i < pixels; i++) {
            f[i] = r.nextInt(max);
        }
        return f;
    }

    private static void assertFrames(Dataset4D ds, int[][] expected) throws IOException {
        double[] d = new double[ds.frameShape().pixels()];
        for (int f = 0; f < expected.length; f++) {
            ds.readFramesExact(f, 1, d);
            for (int i = 0; i < d.length; i++) {
                if (d[i] != expected[f][i]) {
                    throw new AssertionError("frame " + f + " pixel " + i + ": " + d[i] + " != " + expected[f][i]);
                }
            }
        }
    }

    @ParameterizedTest(name = "single chip RAW {0}-bit")
    @CsvSource({"1", "6", "12", "24"})
    void rawSingleChip(int depth) throws IOException {
        int chip = 64;
        int[][] frames = new int[3][];
        byte[][] payloads = new byte[3][];
        for (int f = 0; f < 3; f++) {
            frames[f] = frame(chip * chip, depth, depth * 10 + f);
            payloads[f] = TestMibWriter.rawSingle(frames[f], depth);
        }
        Path p = dir.resolve("raw" + depth + ".mib");
        new TestMibWriter(1, "1x1", "R64", depth).write(p, 1, depth == 24 ? 2 * chip : chip, chip, payloads, 1000, 0, 0);
        try (Dataset4D ds = DatasetIO.open(p)) {
            assertEquals(chip, ds.frameShape().height());
            assertEquals(chip, ds.frameShape().width());
            assertEquals(depth <= 6 ? ElementType.U8 : depth == 12 ? ElementType.U16 : ElementType.U32, ds.elementType());
            assertFrames(ds, frames);
        }
    }

    @ParameterizedTest(name = "quad RAW {0}-bit")
    @CsvSource({"1", "6", "12"})
    void rawQuad(int depth) throws IOException {
        int chip = 64;
        int[][] frames = new int[2][];
        byte[][] payloads = new byte[2][];
        for (int f = 0; f < 2; f++) {
            frames[f] = frame(4 * chip * chip, depth, depth * 100 + f);
            payloads[f] = TestMibWriter.rawQuad(frames[f], chip, depth);
        }
        Path p = dir.resolve("quad" + depth + ".mib");
        new TestMibWriter(4, "2x2", "R64", depth).write(p, 1, 4 * chip, chip, payloads, 1000, 0, 0);
        try (Dataset4D ds = DatasetIO.open(p)) {
            assertEquals(2 * chip, ds.frameShape().height());
            assertEquals(2 * chip, ds.frameShape().width());
            assertFrames(ds, frames);
        }
    }

    @Test
    void quad24BitRawIsRejectedClearly() throws IOException {
        Path p = dir.resolve("quad24.mib");
        new TestMibWriter(4, "2x2", "R64", 24).write(p, 1, 4 * 64, 64, new byte[][] {new byte[4 * 64 * 64 * 4]}, 1000,
                0, 0);
        FormatException e = assertThrows(FormatException.class, () -> DatasetIO.open(p));
        assertTrue(e.getMessage().contains("quad24.mib") && e.getMessage().contains("24-bit RAW quad"), e.getMessage());
    }

    @Test
    void multiFileAcquisitionFollowsSequenceNumbers() throws IOException {
        TestMibWriter w = new TestMibWriter(1, "1x1", "U16", 12);
        int[][] frames = new int[8][];
        byte[][] first = new byte[4][];
        byte[][] second = new byte[4][];
        for (int f = 0; f < 8; f++) {
            frames[f] = frame(16 * 16, 12, f);
            (f < 4 ? first : second)[f % 4] = TestMibWriter.processed(frames[f], "U16");
        }
        // file names sort the other way round than the sequence numbers
        w.write(dir.resolve("scan_2.mib"), 1, 16, 16, first, 1000, 0, 0);
        w.write(dir.resolve("scan_10.mib"), 5, 16, 16, second, 1000, 0, 0);
        TestMibWriter.hdr(dir.resolve("scan.hdr"), "Frames in Acquisition (Number):\t8", "ScanX:\t4", "ScanY:\t2");
        try (Dataset4D ds = DatasetIO.open(dir.resolve("scan_10.mib"))) {
            assertEquals(8, ds.frameCount());
            assertEquals(new ScanShape(2, 4), ds.scanShape());
            assertEquals(ScanShapeSource.SIDECAR.label(), ds.provenance().details().get(ScanShapeSource.PROVENANCE_KEY));
            assertEquals("hdr ScanX/ScanY", ds.provenance().details().get("scanShapeOrigin"));
            assertFrames(ds, frames);
        }
    }

    @Test
    void interruptedAcquisitionKeepsCompleteLines() throws IOException {
        TestMibWriter w = new TestMibWriter(1, "1x1", "U08", 6);
        byte[][] payloads = new byte[10][];
        for (int f = 0; f < 10; f++) {
            payloads[f] = TestMibWriter.processed(frame(8 * 8, 6, f), "U08");
        }
        Path p = dir.resolve("cut.mib");
        w.write(p, 1, 8, 8, payloads, 1000, 0, 0);
        byte[] all = Files.readAllBytes(p);
        Files.write(p, Arrays.copyOf(all, all.length + 100));
        TestMibWriter.hdr(dir.resolve("cut.hdr"), "Frames per Trigger (Number):\t4", "Frames in Acquisition (Number):\t12");
        try (Dataset4D ds = DatasetIO.open(p)) {
            assertEquals(new ScanShape(2, 4), ds.scanShape());
            assertTrue(ds.provenance().details().get("scanShapeNotes").contains("kept 2 complete lines"),
                    ds.provenance().details().toString());
            assertTrue(ds.provenance().details().get("incompleteLastFrame").contains("100 bytes"));
        }
    }

    @Test
    void flybackGapsGiveTheLineLength() throws IOException {
        TestMibWriter w = new TestMibWriter(1, "1x1", "U08", 6);
        byte[][] payloads = new byte[12][];
        for (int f = 0; f < 12; f++) {
            payloads[f] = TestMibWriter.processed(frame(8 * 8, 6, f), "U08");
        }
        Path p = dir.resolve("fly.mib");
        w.write(p, 1, 8, 8, payloads, 1_000_000, 4, 300_000);
        try (Dataset4D ds = DatasetIO.open(p)) {
            assertEquals(new ScanShape(3, 4), ds.scanShape());
            assertEquals("timestamp flyback gaps", ds.provenance().details().get("scanShapeOrigin"));
        }
    }

    @Test
    void truncatedAndGarbledHeadersAreNamed() throws IOException {
        TestMibWriter w = new TestMibWriter(1, "1x1", "U16", 12);
        Path p = dir.resolve("t.mib");
        w.write(p, 1, 16, 16, new byte[][] {TestMibWriter.processed(frame(256, 12, 1), "U16")}, 1000, 0, 0);
        byte[] good = Files.readAllBytes(p);
        Files.write(p, Arrays.copyOf(good, 600));
        FormatException e = assertThrows(FormatException.class, () -> DatasetIO.open(p));
        assertTrue(e.getMessage().contains("t.mib") && e.getMessage().contains("truncated"), e.getMessage());
        byte[] bad = good.clone();
        System.arraycopy("X99".getBytes(), 0, bad, 4 + 6 + 1 + 5 + 1 + 2 + 1 + 4 + 1 + 4 + 1, 3);
        Files.write(p, bad);
        e = assertThrows(FormatException.class, () -> DatasetIO.open(p));
        assertTrue(e.getMessage().contains("field [6]") && e.getMessage().contains("X99"), e.getMessage());
    }
}
