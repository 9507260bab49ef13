package org.polar4d.core.io.frames;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polar4d.core.data.ElementType;
import org.polar4d.core.data.FrameShape;
import org.polar4d.core.io.FormatException;

/** Window crossing with tiny windows, so the logic that serves files beyond 2 GiB is exercised on small ones. */
class MappedFileTest {

    @TempDir
    Path dir;

    @Test
    void slicesAcrossWindowBoundaries() throws IOException {
        byte[] bytes = new byte[50_000];
        new Random(3).nextBytes(bytes);
        Path p = dir.resolve("bytes.bin");
        Files.write(p, bytes);
        try (MappedFile f = new MappedFile(p, 4096, 1024)) {
            Random r = new Random(4);
            for (int i = 0; i < 2000; i++) {
                int len = r.nextInt(1025);
                long off = r.nextInt(bytes.length - len + 1);
                byte[] got = new byte[len];
                f.slice(off, len, ByteOrder.BIG_ENDIAN).get(0, got);
                assertArrayEquals(Arrays.copyOfRange(bytes, (int) off, (int) off + len), got, "at " + off);
            }
            FormatException e = assertThrows(FormatException.class, () -> f.slice(49_990, 20, ByteOrder.BIG_ENDIAN));
            assertTrue(e.getMessage().contains("bytes.bin") && e.getMessage().contains("49990"), e.getMessage());
        }
    }

    @Test
    void recordsAndStridesDecodeAcrossWindows() throws IOException {
        int frames = 40;
        int h = 7;
        int w = 9;
        int header = 13;
        ByteBuffer b = ByteBuffer.allocate(5 + frames * (header + h * w * 2)).order(ByteOrder.BIG_ENDIAN);
        b.position(5);
        for (int f = 0; f < frames; f++) {
            b.put(new byte[header]);
            for (int p = 0; p < h * w; p++) {
                b.putShort((short) (f * 100 + p));
            }
        }
        Path p = dir.resolve("records.bin");
        Files.write(p, b.array());
        FrameShape shape = new FrameShape(h, w);
        try (RecordFrames r = RecordFrames.single(new MappedFile(p, 256, 64), 5, frames, header + h * w * 2, header,
                shape, ElementType.I16, ByteOrder.BIG_ENDIAN)) {
            float[] all = new float[frames * h * w];
            r.read(0, frames, all, 0);
            for (int i = 0; i < all.length; i++) {
                assertEquals((i / (h * w)) * 100 + i % (h * w), all[i], 0.0);
            }
        }
        // the same values as one packed array (no headers), read through tiny windows in bulk
        ByteBuffer packed = ByteBuffer.allocate(frames * h * w * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames * h * w; i++) {
            packed.putFloat(i * 0.5f);
        }
        Path q = dir.resolve("packed.bin");
        Files.write(q, packed.array());
        try (RecordFrames r = RecordFrames.single(new MappedFile(q, 1000, 200), 0, frames, h * w * 4, 0, shape,
                ElementType.F32, ByteOrder.LITTLE_ENDIAN)) {
            float[] all = new float[(frames - 3) * h * w];
            r.read(3, frames - 3, all, 0);
            for (int i = 0; i < all.length; i++) {
                assertEquals((i + 3 * h * w) * 0.5f, all[i], 0.0);
            }
        }
    }
}
