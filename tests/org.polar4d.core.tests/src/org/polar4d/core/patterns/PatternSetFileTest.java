package org.polar4d.core.patterns;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polar4d.core.progress.Progress;

class PatternSetFileTest {

    @TempDir
    Path dir;

    private static float value(int pattern, int pixel) {
        return pattern * 0.001f + pixel;
    }

    /** Writes n patterns of h×w with pattern i from source i % 2, label i % 9 - 1, position (i / 7, i % 7). */
    private Path write(String name, int n, int h, int w) throws IOException {
        Path file = dir.resolve(name);
        try (PatternSetWriter writer = PatternSetFile.create(file, n, h, w)) {
            float[] p = new float[h * w];
            for (int i = n - 1; i >= 0; i--) { // any slot order
                for (int j = 0; j < p.length; j++) {
                    p[j] = value(i, j);
                }
                writer.put(i, p, 0, i % 9 - 1, i % 2, i / 7, i % 7);
            }
            writer.finish(List.of("first.npy", "second = with spaces\nand a newline"),
                    Map.of("preprocess.cropSize", String.valueOf(h), "source.1.globalComRow", "127.5"));
        }
        return file;
    }

    @Test
    void roundTripsPatternsMetadataAndProperties() throws IOException {
        Path file = write("set.p4ps", 50, 6, 5);
        try (MappedPatternSet set = PatternSetFile.open(file)) {
            assertEquals(50, set.size());
            assertEquals(6, set.height());
            assertEquals(5, set.width());
            float[] p = new float[30];
            for (int i = 0; i < 50; i++) {
                set.read(i, p, 0);
                assertEquals(value(i, 29), p[29]);
                assertEquals(i % 9 - 1, set.label(i));
                assertEquals(i % 2, set.sourceIndex(i));
                assertEquals(i / 7, set.row(i));
                assertEquals(i % 7, set.col(i));
            }
            assertEquals(List.of("first.npy", "second = with spaces\nand a newline"), set.sources());
            assertEquals("127.5", set.recipe().get("source.1.globalComRow"));
            assertEquals(2, set.recipe().size());
        }
        assertEquals("POLAR4D-PATSET1\n", new String(Files.readAllBytes(file), 0, 16, "US-ASCII"));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void readsAcrossMappingChunks() throws IOException {
        Path file = write("chunks.p4ps", 23, 4, 4);
        try (MappedPatternSet set = MappedPatternSet.open(file, 3 * 64 + 5)) { // 3 patterns per mapping
            float[] p = new float[16];
            for (int i = 0; i < 23; i++) {
                set.read(i, p, 0);
                assertEquals(value(i, 0), p[0]);
                assertEquals(value(i, 15), p[15]);
            }
        }
    }

    @Test
    void unfinishedWritersLeaveNothingAndMissingSlotsAreRefused() throws IOException {
        Path file = dir.resolve("never.p4ps");
        try (PatternSetWriter writer = PatternSetFile.create(file, 2, 2, 2)) {
            writer.put(0, new float[4], 0, 0, 0, 0, 0);
            assertThrows(IllegalStateException.class, () -> writer.finish(List.of("a"), Map.of()));
        }
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void corruptFilesGiveMessagesNamingFileAndField() throws IOException {
        Path file = write("bad.p4ps", 10, 3, 3);
        Path truncated = dir.resolve("truncated.p4ps");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length - 40));
        IOException e = assertThrows(IOException.class, () -> PatternSetFile.open(truncated));
        assertTrue(e.getMessage().contains("truncated.p4ps") && e.getMessage().contains("truncated"), e.getMessage());

        Path label = dir.resolve("label.p4ps");
        Files.copy(file, label);
        try (FileChannel ch = FileChannel.open(label, StandardOpenOption.WRITE)) {
            long metaOffset = 4096 + 4L * 9 * 10;
            ch.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 12), metaOffset + 4 * 3);
        }
        e = assertThrows(IOException.class, () -> PatternSetFile.open(label));
        assertTrue(e.getMessage().contains("label of pattern 3 is 12"), e.getMessage());

        Path other = dir.resolve("other.p4ps");
        Files.writeString(other, "x".repeat(100));
        e = assertThrows(IOException.class, () -> PatternSetFile.open(other));
        assertTrue(e.getMessage().contains("not a Polar4D pattern-set file"), e.getMessage());
    }

    @Test
    void concatenationSubsetsAndCopiesToAFile() throws Exception {
        float[] a = {1, 1, 1, 1, 2, 2, 2, 2};
        float[] b = {3, 3, 3, 3};
        ArrayPatternSet sa = ArrayPatternSet.ofGrid(2, 2, a, 2, 0, "a", Map.of("k", "v", "source.0.globalComRow", "1"));
        ArrayPatternSet sb = ArrayPatternSet.ofGrid(2, 2, b, 1, 4, "b", Map.of("k", "v", "source.0.globalComRow", "2"));
        PatternSet empty = PatternSets.subset(sa, new int[0]);
        PatternSet all = PatternSets.concat(List.of(empty, sa, sb));
        assertEquals(3, all.size());
        assertEquals(List.of("a", "a", "b"), all.sources());
        assertEquals(2, all.sourceIndex(2));
        assertEquals(4, all.label(2));
        assertEquals("2", all.recipe().get("source.2.globalComRow"));
        assertEquals("1", all.recipe().get("source.1.globalComRow"));
        assertArrayEquals(new int[] {2, 0, 0, 0, 1, 0, 0, 0, 0}, PatternSets.labelCounts(all));
        PatternSet pick = PatternSets.subset(all, new int[] {2, 0});
        float[] p = new float[4];
        pick.read(0, p, 0);
        assertEquals(3f, p[0]);
        PatternSet relabelled = PatternSets.relabel(pick, PatternSet.NO_LABEL);
        assertEquals(PatternSet.NO_LABEL, relabelled.label(1));
        try (MappedPatternSet copy = PatternSetFile.write(all, dir.resolve("all.p4ps"), Progress.NONE)) {
            assertEquals(3, copy.size());
            copy.read(1, p, 0);
            assertEquals(2f, p[3]);
            assertEquals(all.recipe(), copy.recipe());
            assertEquals(all.sources(), copy.sources());
        }
        ArrayPatternSet sc = ArrayPatternSet.ofGrid(2, 2, b, 1, 4, "c", Map.of("k", "other"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PatternSets.concat(List.of(sa, sc)));
        assertTrue(e.getMessage().contains("'k'"), e.getMessage());
    }

    @Test
    void openingALargeSetKeepsItsPatternsOutOfTheHeap() throws IOException {
        int n = 3000;
        int s = 64; // 3000 x 64 x 64 floats = 49 MB of pattern data
        Path file = dir.resolve("large.p4ps");
        try (PatternSetWriter writer = PatternSetFile.create(file, n, s, s)) {
            float[] p = new float[s * s];
            for (int i = 0; i < n; i++) {
                p[0] = i;
                writer.put(i, p, 0, i % 8, 0, 0, i);
            }
            writer.finish(List.of("large"), Map.of()).close();
        }
        long before = usedHeap();
        try (MappedPatternSet set = PatternSetFile.open(file)) {
            float[] p = new float[s * s];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                set.read(i, p, 0);
                sum += p[0];
            }
            assertEquals(n * (n - 1) / 2.0, sum);
            long grown = usedHeap() - before;
            assertTrue(grown < 8L << 20, "heap grew by " + (grown >> 20) + " MB for 49 MB of patterns");
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
