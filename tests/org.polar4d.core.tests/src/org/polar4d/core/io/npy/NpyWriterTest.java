package org.polar4d.core.io.npy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polar4d.core.data.Calibration;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.ElementType;
import org.polar4d.core.data.FrameShape;
import org.polar4d.core.data.InMemoryDataset;
import org.polar4d.core.data.Provenance;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.io.DatasetIO;
import org.polar4d.core.io.RefNpy;
import org.polar4d.core.io.TestNpyWriter;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;

class NpyWriterTest {

    @TempDir
    Path dir;

    static InMemoryDataset sample(int rows, int cols, int h, int w) {
        float[] data = new float[rows * cols * h * w];
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) Math.sin(i) * 100;
        }
        return new InMemoryDataset(new ScanShape(rows, cols), new FrameShape(h, w), data, Calibration.NONE,
                Provenance.generated("test", Map.of()), null);
    }

    @Test
    void roundTripIsExactAndAligned() throws Exception {
        InMemoryDataset ds = sample(3, 5, 7, 4);
        Path out = dir.resolve("out.npy");
        DatasetIO.write(ds, out, Progress.NONE);
        RefNpy ref = RefNpy.read(out);
        assertEquals("<f4", ref.descr);
        assertArrayEquals(new long[] {3, 5, 7, 4}, ref.shape);
        assertEquals(0, (Files.size(out) - ref.data.length) % 64, "data must start at a multiple of 64");
        for (int i = 0; i < ds.data().length; i++) {
            assertEquals(ds.data()[i], ref.value(i), 0.0);
        }
        try (Dataset4D back = DatasetIO.open(out)) {
            float[] all = new float[ds.data().length];
            back.readFrames(0, 15, all);
            assertArrayEquals(ds.data(), all);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file may remain");
        }
    }

    @Test
    void keepsTheStoredIntegerType() throws Exception {
        Path src = dir.resolve("u4.npy");
        TestNpyWriter.write(src, ">u4", new long[] {2, 2, 3, 3}, true, 2, 64, i -> 4_000_000_000L + i);
        Path out = dir.resolve("copy.npy");
        try (Dataset4D ds = DatasetIO.open(src)) {
            assertEquals(ElementType.U32, ds.elementType());
            DatasetIO.write(ds, out, Progress.NONE);
        }
        RefNpy ref = RefNpy.read(out);
        assertEquals("<u4", ref.descr);
        for (int i = 0; i < 36; i++) {
            assertEquals(4_000_000_000L + i, ref.value(i), 0.0);
        }
    }

    @Test
    void cancelLeavesNothingBehind() throws IOException {
        InMemoryDataset ds = sample(64, 64, 32, 32);
        Path out = dir.resolve("never.npy");
        Progress cancelAfterFirstBlock = new Progress() {
            private boolean started;

            @Override
            public void update(double fraction, String message) {
                started = true;
            }

            @Override
            public boolean isCanceled() {
                return started;
            }
        };
        assertThrows(CanceledException.class, () -> DatasetIO.write(ds, out, cancelAfterFirstBlock));
        assertFalse(Files.exists(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "the temporary file must be deleted");
        }
    }

    @Test
    void unknownExtensionIsRejected() {
        var e = assertThrows(IOException.class, () -> DatasetIO.write(sample(1, 1, 2, 2), dir.resolve("x.tif"),
                Progress.NONE));
        assertTrue(e.getMessage().contains("x.tif"), e.getMessage());
    }
}
