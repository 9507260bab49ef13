package org.polar4d.core.io.hdf5;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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
import org.polar4d.core.data.FrameShape;
import org.polar4d.core.data.InMemoryDataset;
import org.polar4d.core.data.Provenance;
import org.polar4d.core.data.Quantity;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.io.DatasetIO;
import org.polar4d.core.io.ReferenceCheck;
import org.polar4d.core.io.TestData;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.dataset.ContiguousDataset;

class EmdWriterTest {

    @TempDir
    Path dir;

    private static InMemoryDataset sample() {
        float[] data = new float[2 * 3 * 4 * 5];
        for (int i = 0; i < data.length; i++) {
            data[i] = i * 0.25f - 7;
        }
        Calibration cal = Calibration.NONE.withScanStep(new Quantity(0.5, "nm"))
                .withReciprocalPixel(new Quantity(0.02, "1/Å")).withBeamEnergyKeV(300.0)
                .withConvergenceSemiAngleMrad(21.4).withCameraLengthMm(115.0).withScanRotationDeg(3.5);
        return new InMemoryDataset(new ScanShape(2, 3), new FrameShape(4, 5), data, cal,
                Provenance.generated("simulated", Map.of("seed", "7")), null);
    }

    @Test
    void roundTripThroughOurReader() throws Exception {
        InMemoryDataset ds = sample();
        Path out = dir.resolve("cube.h5");
        DatasetIO.write(ds, out, Progress.NONE);
        try (Dataset4D back = DatasetIO.open(out)) {
            assertEquals("emd", back.provenance().format());
            assertEquals(ds.scanShape(), back.scanShape());
            assertEquals(ds.frameShape(), back.frameShape());
            float[] all = new float[ds.data().length];
            back.readFrames(0, 6, all);
            assertArrayEquals(ds.data(), all);
            Calibration c = back.calibration();
            assertEquals(new Quantity(0.5, "nm"), c.scanStep());
            assertEquals(new Quantity(0.02, "1/Å"), c.reciprocalPixel());
            assertEquals(300.0, c.beamEnergyKeV());
            assertEquals(21.4, c.convergenceSemiAngleMrad());
            assertEquals(115.0, c.cameraLengthMm());
            assertEquals(3.5, c.scanRotationDeg());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    /** The py4DSTEM/emdfile layout of FORMATS.md §4, checked with jHDF (an independent HDF5 reader). */
    @Test
    void fileStructureIsPy4dstemEmd() throws Exception {
        Path out = dir.resolve("cube.emd");
        DatasetIO.write(sample(), out, Progress.NONE);
        try (HdfFile f = new HdfFile(out)) {
            assertEquals("file", f.getAttribute("emd_group_type").getData());
            assertEquals(1L, f.getAttribute("version_major").getData());
            assertEquals(0L, f.getAttribute("version_minor").getData());
            assertInstanceOf(String.class, f.getAttribute("UUID").getData());
            Group root = (Group) f.getChild("datacube_root");
            assertEquals("root", root.getAttribute("emd_group_type").getData());
            Group cube = (Group) root.getChild("datacube");
            assertEquals("array", cube.getAttribute("emd_group_type").getData());
            assertEquals("DataCube", cube.getAttribute("python_class").getData());
            Dataset data = (Dataset) cube.getChild("data");
            assertArrayEquals(new int[] {2, 3, 4, 5}, data.getDimensions());
            assertInstanceOf(ContiguousDataset.class, data);
            assertEquals("pixel intensity", data.getAttribute("units").getData());
            String[] names = {"Rx", "Ry", "Qx", "Qy"};
            for (int i = 0; i < 4; i++) {
                Dataset dim = (Dataset) cube.getChild("dim" + i);
                assertEquals(names[i], dim.getAttribute("name").getData());
                double[] v = (double[]) dim.getData();
                assertEquals(0.0, v[0]);
                assertEquals(i < 2 ? 0.5 : 0.02, v[1], 0.0);
                assertEquals(i < 2 ? "nm" : "A^-1", dim.getAttribute("units").getData());
            }
            Group cal = (Group) f.getByPath("/datacube_root/metadatabundle/calibration");
            assertEquals("metadata", cal.getAttribute("emd_group_type").getData());
            assertEquals("Calibration", cal.getAttribute("python_class").getData());
            assertEquals(0.02, ((Dataset) cal.getChild("Q_pixel_size")).getData());
            assertEquals("A^-1", ((Dataset) cal.getChild("Q_pixel_units")).getData());
            assertEquals("number", cal.getChild("R_pixel_size").getAttribute("type").getData());
            assertEquals("FALSE", ((Dataset) cal.getChild("QR_flip")).getData());
            assertEquals("metadatabundle", f.getByPath("/datacube_root/metadatabundle").getAttribute("emd_group_type")
                    .getData());
        }
    }

    @Test
    void convertsASharedFileAndKeepsTheValues() throws Exception {
        Path src = TestData.formats("mib/Quad_9_Frame_CounterDepth_24_Rows_256.mib");
        Path out = dir.resolve("quad.h5");
        try (Dataset4D ds = DatasetIO.open(src,
                org.polar4d.core.io.ReadOptions.DEFAULT.withOrientation(org.polar4d.core.io.Orientation.FLIP_FRAME_Y))) {
            DatasetIO.write(ds, out, Progress.NONE);
        }
        try (Dataset4D back = DatasetIO.open(out)) {
            assertEquals(org.polar4d.core.data.ElementType.U32, back.elementType());
            ReferenceCheck.assertMatches(back, copyWithReference(src, "quad.h5"));
        }
    }

    /** The reference files of {@code src}, renamed for {@code name} in the temp folder. */
    private Path copyWithReference(Path src, String name) throws IOException {
        Files.copy(src.resolveSibling(src.getFileName() + ".ref.json"), dir.resolve(name + ".ref.json"));
        Files.copy(src.resolveSibling(src.getFileName() + ".ref.npy"), dir.resolve(name + ".ref.npy"));
        return dir.resolve(name);
    }

    @Test
    void cancelLeavesNothing() {
        float[] data = new float[32 * 32 * 64 * 64];
        InMemoryDataset big = new InMemoryDataset(new ScanShape(32, 32), new FrameShape(64, 64), data,
                Calibration.NONE, Provenance.generated("t", Map.of()), null);
        Path out = dir.resolve("never.h5");
        Progress cancel = new Progress() {
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
        assertThrows(CanceledException.class, () -> DatasetIO.write(big, out, cancel));
        assertFalse(Files.exists(out));
        assertTrue(dir.toFile().list().length == 0);
    }
}
