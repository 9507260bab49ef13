package org.polar4d.core.io.dm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.ElementType;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.io.DatasetIO;
import org.polar4d.core.io.FormatException;
import org.polar4d.core.io.dm.TestDmWriter.Tag;

class DmReaderTest {

    @TempDir
    Path dir;

    // scan 3 rows x 4 cols, frames 5 rows x 6 cols
    static final int SY = 3;
    static final int SX = 4;
    static final int H = 5;
    static final int W = 6;

    static double value(int sy, int sx, int y, int x) {
        return ((sy * SX + sx) * H + y) * W + x - 200.5;
    }

    /** Writes a DM file holding the 4-D cube (float32) in C order or in the legacy transposed order. */
    static Path write(Path p, int version, ByteOrder order, boolean cOrder) throws IOException {
        TestDmWriter w = new TestDmWriter(version, order);
        ByteBuffer data = w.buf(SY * SX * H * W * 4);
        long[] dims;
        if (cOrder) {
            dims = new long[] {W, H, SX, SY};
            for (int sy = 0; sy < SY; sy++) {
                for (int sx = 0; sx < SX; sx++) {
                    for (int y = 0; y < H; y++) {
                        for (int x = 0; x < W; x++) {
                            data.putFloat((float) value(sy, sx, y, x));
                        }
                    }
                }
            }
        } else {
            dims = new long[] {SX, SY, W, H};
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    for (int sy = 0; sy < SY; sy++) {
                        for (int sx = 0; sx < SX; sx++) {
                            data.putFloat((float) value(sy, sx, y, x));
                        }
                    }
                }
            }
        }
        Tag thumbnail = Tag.dir("", Tag.dir("ImageData", w.array("Data", 10, 4, new byte[4]), w.longTag("DataType", 6),
                Tag.dir("Dimensions", w.ulong("", 2), w.ulong("", 2))));
        Tag[] cal = new Tag[4];
        for (int i = 0; i < 4; i++) {
            boolean detector = cOrder ? i < 2 : i >= 2;
            cal[i] = Tag.dir("", w.floatTag("Origin", 0), w.floatTag("Scale", detector ? 0.25f : 1.5f),
                    w.text("Units", detector ? "1/nm" : "nm"));
        }
        Tag meta = cOrder ? Tag.dir("Meta Data", w.bool("Data Order Swapped", true), w.text("Format", "Diffraction image"))
                : Tag.dir("Meta Data", w.text("Format", "Diffraction image"));
        Tag image = Tag.dir("",
                Tag.dir("ImageData", Tag.dir("Calibrations", Tag.dir("Dimension", cal)),
                        w.array("Data", 6, SY * SX * H * W, data.array()), w.longTag("DataType", 2),
                        Tag.dir("Dimensions", w.ulong("", dims[0]), w.ulong("", dims[1]), w.ulong("", dims[2]),
                                w.ulong("", dims[3]))),
                Tag.dir("ImageTags", meta, Tag.dir("Microscope Info", w.doubleTag("Voltage", 300000.0))));
        w.write(p, Tag.dir("", w.bool("ApplicationBounds", false), Tag.dir("ImageList", thumbnail, image)));
        return p;
    }

    @ParameterizedTest(name = "DM{0} {1}-endian C-order={2}")
    @CsvSource({"4, little, true", "4, big, true", "4, little, false", "3, little, true", "3, big, false"})
    void readsCOrderAndLegacyTransposedCubes(int version, String endian, boolean cOrder) throws IOException {
        ByteOrder order = endian.equals("big") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        Path p = write(dir.resolve("cube.dm" + version), version, order, cOrder);
        try (Dataset4D ds = DatasetIO.open(p)) {
            assertEquals(new ScanShape(SY, SX), ds.scanShape());
            assertEquals(H, ds.frameShape().height());
            assertEquals(W, ds.frameShape().width());
            assertEquals(ElementType.F32, ds.elementType());
            float[] all = new float[SY * SX * H * W];
            // odd block boundaries exercise partial scan rows
            for (int first = 0; first < SY * SX; first += 5) {
                int count = Math.min(5, SY * SX - first);
                float[] block = new float[count * H * W];
                ds.readFrames(first, count, block);
                System.arraycopy(block, 0, all, first * H * W, block.length);
            }
            int i = 0;
            for (int sy = 0; sy < SY; sy++) {
                for (int sx = 0; sx < SX; sx++) {
                    for (int y = 0; y < H; y++) {
                        for (int x = 0; x < W; x++) {
                            assertEquals(value(sy, sx, y, x), all[i++], 0.0);
                        }
                    }
                }
            }
            assertEquals(1.5, ds.calibration().scanStep().value(), 0.0);
            assertEquals("nm", ds.calibration().scanStep().unit());
            assertEquals(0.25, ds.calibration().reciprocalPixel().value(), 0.0);
            assertEquals("1/nm", ds.calibration().reciprocalPixel().unit());
            assertEquals(300.0, ds.calibration().beamEnergyKeV(), 0.0);
            assertEquals(cOrder ? "C (Data Order Swapped)" : "legacy transposed",
                    ds.provenance().details().get("dataOrder"));
        }
    }

    @Test
    void inconsistentSizesAreRejected() throws IOException {
        TestDmWriter w = new TestDmWriter(4, ByteOrder.LITTLE_ENDIAN);
        Tag image = Tag.dir("", Tag.dir("ImageData", w.array("Data", 6, 10, new byte[40]), w.longTag("DataType", 2),
                Tag.dir("Dimensions", w.ulong("", 2), w.ulong("", 2), w.ulong("", 2), w.ulong("", 2))));
        Path p = dir.resolve("bad.dm4");
        w.write(p, Tag.dir("", Tag.dir("ImageList", image)));
        FormatException e = assertThrows(FormatException.class, () -> DatasetIO.open(p));
        assertTrue(e.getMessage().contains("bad.dm4") && e.getMessage().contains("Dimensions"), e.getMessage());
    }
}
