package org.polar4d.core.io.hdf5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polar4d.core.data.Calibration;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.ElementType;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.io.DatasetIO;
import org.polar4d.core.io.Format;
import org.polar4d.core.io.FormatException;
import org.polar4d.core.io.ReadOptions;
import org.polar4d.core.io.ReferenceCheck;
import org.polar4d.core.io.ScanShapeSource;
import org.polar4d.core.io.TestData;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.DatasetCreationOptions;
import io.jhdf.api.WritableGroup;

class Hdf5ReaderTest {

    @TempDir
    Path dir;

    @Test
    void py4dstemEmdMatchesTheReference() throws IOException {
        Path file = TestData.formats("emd/py4DSTEM_size2x3x4x5.h5");
        try (Dataset4D ds = DatasetIO.open(file)) {
            ReferenceCheck.assertMatches(ds, file);
            assertEquals("emd", ds.provenance().format());
            assertEquals(new ScanShape(2, 3), ds.scanShape());
            assertEquals(ElementType.F32, ds.elementType());
            Calibration c = ds.calibration();
            assertEquals(0.126796875, c.scanStep().value(), 0.0);
            assertEquals("nm", c.scanStep().unit());
            assertEquals(0.044251566616087125, c.reciprocalPixel().value(), 1e-17);
            assertEquals("1/Å", c.reciprocalPixel().unit());
            assertEquals("Rx,Ry,Qx,Qy", ds.provenance().details().get("dimNames"));
            assertEquals("header", ds.provenance().details().get(ScanShapeSource.PROVENANCE_KEY));
        }
    }

    @Test
    void arinaMatchesTheReferenceAndKeepsUint32() throws IOException {
        Path master = TestData.formats("arina/test_00_master.h5");
        try (Dataset4D ds = DatasetIO.open(master)) {
            ReferenceCheck.assertMatches(ds, master);
            assertEquals("arina", ds.provenance().format());
            assertEquals(ElementType.U32, ds.elementType(), "uint32 on disk is kept (RosettaSciIO casts to uint16)");
            assertEquals(new ScanShape(4, 4), ds.scanShape());
            assertEquals("sidecar", ds.provenance().details().get(ScanShapeSource.PROVENANCE_KEY));
            assertTrue(ds.provenance().files().stream().anyMatch(p -> p.getFileName().toString()
                    .equals("test_00_data_000001.h5")));
            // reference axes: 1.3915206 Å per scan step
            assertEquals(0.13915206, ds.calibration().scanStep().value(), 1e-12);
            assertEquals(300.0, ds.calibration().beamEnergyKeV(), 0.0);
            assertEquals(115.0, ds.calibration().cameraLengthMm(), 1e-9);
        }
    }

    @Test
    void arinaWithoutItsDataFileNamesTheLink() throws IOException {
        Path master = dir.resolve("x_master.h5");
        Files.copy(TestData.formats("arina/test_00_master.h5"), master);
        FormatException e = assertThrows(FormatException.class, () -> DatasetIO.open(master));
        assertTrue(e.getMessage().contains("x_master.h5") && e.getMessage().contains("data_000001"), e.getMessage());
    }

    /** A chunked, deflated, unsigned 16-bit 4-D cube written by jHDF's own writer. */
    @Test
    void chunkedCompressedUnsignedCubeByPath() throws IOException {
        Path p = dir.resolve("cube.h5");
        short[][][][] data = new short[3][5][6][7];
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 5; b++) {
                for (int y = 0; y < 6; y++) {
                    for (int x = 0; x < 7; x++) {
                        data[a][b][y][x] = (short) (65535 - (((a * 5 + b) * 6 + y) * 7 + x));
                    }
                }
            }
        }
        try (WritableHdfFile w = HdfFile.write(p)) {
            WritableGroup g = w.putGroup("scans");
            g.putDataset("cube", data, DatasetCreationOptions.builder().unsigned().chunkDimensions(2, 2, 6, 7)
                    .deflate().build());
            g.putDataset("other", new int[] {1, 2, 3});
        }
        try (Dataset4D ds = DatasetIO.open(p, ReadOptions.DEFAULT.withDatasetPath("/scans/cube"))) {
            assertEquals(new ScanShape(3, 5), ds.scanShape());
            assertEquals(ElementType.U16, ds.elementType());
            assertEquals("hdf5", ds.provenance().format());
            for (int first = 0; first < 15; first += 4) {
                int count = Math.min(4, 15 - first);
                float[] f = new float[count * 42];
                ds.readFrames(first, count, f);
                for (int i = 0; i < f.length; i++) {
                    assertEquals(65535 - (first * 42 + i), f[i], 0.0);
                }
            }
        }
        try (Dataset4D ds = DatasetIO.open(p)) {
            assertEquals(new ScanShape(3, 5), ds.scanShape(), "the only 4-D dataset is found without a path");
        }
        FormatException e = assertThrows(FormatException.class,
                () -> DatasetIO.open(p, ReadOptions.DEFAULT.withDatasetPath("/scans/other")));
        assertTrue(e.getMessage().contains("/scans/other") && e.getMessage().contains("rank 1"), e.getMessage());
        e = assertThrows(FormatException.class,
                () -> DatasetIO.open(p, ReadOptions.DEFAULT.withDatasetPath("/nope")));
        assertTrue(e.getMessage().contains("/nope"), e.getMessage());
    }

    @Test
    void stackWithScanShapeAndContiguousMapping() throws IOException {
        Path p = dir.resolve("stack.h5");
        float[][][] data = new float[12][4][3];
        for (int n = 0; n < 12; n++) {
            for (int y = 0; y < 4; y++) {
                for (int x = 0; x < 3; x++) {
                    data[n][y][x] = n * 100 + y * 10 + x + 0.5f;
                }
            }
        }
        try (WritableHdfFile w = HdfFile.write(p)) {
            w.putDataset("frames", data);
        }
        try (Dataset4D ds = DatasetIO.open(p, ReadOptions.DEFAULT.withFormat(Format.HDF5)
                .withDatasetPath("/frames").withScanShape(new ScanShape(3, 4)))) {
            assertEquals(new ScanShape(3, 4), ds.scanShape());
            assertEquals("contiguous", ds.provenance().details().get("layout"));
            float[] f = new float[12];
            ds.readFrame(2, 1, f);
            assertEquals(900.5f, f[0], 0.0);
            assertEquals(932.5f, f[11], 0.0);
        }
    }
}
