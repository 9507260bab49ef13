package org.polar4d.core.io.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.ElementType;
import org.polar4d.core.data.FrameShape;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.io.DatasetIO;
import org.polar4d.core.io.Format;
import org.polar4d.core.io.FormatException;
import org.polar4d.core.io.RawLayout;
import org.polar4d.core.io.ReadOptions;

class RawReaderTest {

    @TempDir
    Path dir;

    /** 12 frames of 3x5 big-endian int16, 100-byte file header, 7-byte frame headers and 3-byte footers. */
    private Path write() throws IOException {
        ByteBuffer b = ByteBuffer.allocate(100 + 12 * (7 + 30 + 3)).order(ByteOrder.BIG_ENDIAN);
        b.position(100);
        for (int f = 0; f < 12; f++) {
            b.put(new byte[] {9, 9, 9, 9, 9, 9, 9});
            for (int p = 0; p < 15; p++) {
                b.putShort((short) (f * 100 - p));
            }
            b.put(new byte[] {8, 8, 8});
        }
        Path p = dir.resolve("frames.bin");
        Files.write(p, b.array());
        return p;
    }

    private static final RawLayout LAYOUT = new RawLayout(100, 7, 3, ElementType.I16, ByteOrder.BIG_ENDIAN,
            new FrameShape(3, 5));

    @Test
    void readsTheDescribedLayout() throws IOException {
        Path p = write();
        try (Dataset4D ds = DatasetIO.open(p, ReadOptions.DEFAULT.withRawLayout(LAYOUT)
                .withScanShape(new ScanShape(3, 4)))) {
            assertEquals(new ScanShape(3, 4), ds.scanShape());
            float[] f = new float[12 * 15];
            ds.readFrames(0, 12, f);
            for (int i = 0; i < f.length; i++) {
                assertEquals((i / 15) * 100 - (i % 15), f[i], 0.0);
            }
        }
        try (Dataset4D ds = DatasetIO.open(p, ReadOptions.DEFAULT.withFormat(Format.RAW).withRawLayout(LAYOUT))) {
            assertEquals(new ScanShape(1, 12), ds.scanShape(), "no square: one line");
        }
    }

    @Test
    void layoutIsCheckedAgainstTheFileSize() throws IOException {
        Path p = write();
        RawLayout wrong = new RawLayout(100, 7, 4, ElementType.I16, ByteOrder.BIG_ENDIAN, new FrameShape(3, 5));
        FormatException e = assertThrows(FormatException.class,
                () -> DatasetIO.open(p, ReadOptions.DEFAULT.withRawLayout(wrong)));
        assertTrue(e.getMessage().contains("frames.bin") && e.getMessage().contains("raw layout"), e.getMessage());
        e = assertThrows(FormatException.class, () -> DatasetIO.open(p, ReadOptions.DEFAULT.withFormat(Format.RAW)));
        assertTrue(e.getMessage().contains("layout"), e.getMessage());
        e = assertThrows(FormatException.class, () -> DatasetIO.open(p, ReadOptions.DEFAULT.withRawLayout(LAYOUT)
                .withScanShape(new ScanShape(4, 4))));
        assertTrue(e.getMessage().contains("4x4") && e.getMessage().contains("12 frames"), e.getMessage());
    }
}
