package org.polar4d.knime.port;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.polar4d.core.data.Calibration;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.FrameShape;
import org.polar4d.core.data.InMemoryDataset;
import org.polar4d.core.data.Provenance;
import org.polar4d.core.data.Quantity;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.patterns.ArrayPatternSet;
import org.polar4d.core.patterns.PatternSet;
import org.polar4d.core.predict.PredictionTable;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;
import org.polar4d.knime.MapConfig;

/** Port contents survive save and load exactly as KNIME's port zip streams carry them. */
public class PortContentTest {

    public static InMemoryDataset simulated() {
        ScanShape scan = new ScanShape(3, 5);
        FrameShape frame = new FrameShape(4, 6);
        float[] data = new float[(int) scan.positions() * frame.pixels()];
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) Math.sin(i) * 1000f;
        }
        Calibration cal = Calibration.NONE.withScanStep(new Quantity(0.4, "nm")).withBeamEnergyKeV(200.0);
        Provenance prov = Provenance.generated("simulated", Map.of("thickness", "20 nm"));
        return new InMemoryDataset(scan, frame, data, cal, prov, PolarizationClass.RD);
    }

    private static byte[] zip(ZipWriter writer) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            writer.write(out);
        }
        return bytes.toByteArray();
    }

    interface ZipWriter {
        void write(ZipOutputStream out) throws Exception;
    }

    /** Saves the spec to model content and loads it into a fresh instance, as KNIME does. */
    static DatasetPortObjectSpec roundTrip(DatasetPortObjectSpec spec) throws Exception {
        MapConfig content = new MapConfig();
        spec.save(content);
        DatasetPortObjectSpec loaded = new DatasetPortObjectSpec();
        loaded.load(content);
        return loaded;
    }

    @Test
    void embeddedDatasetRoundTripsWithSpec() throws Exception {
        InMemoryDataset d = simulated();
        DatasetPortObjectSpec spec = roundTrip(DatasetPortObjectSpec.of(d));
        byte[] zip = zip(out -> DatasetPortContent.write(out, d, DatasetPortContent.Storage.EMBEDDED, Map.of(), Progress.NONE));
        DatasetPortContent.Loaded loaded = DatasetPortContent.read(new ZipInputStream(new ByteArrayInputStream(zip)),
                spec, ref -> {
                    throw new AssertionError("embedded data must not be re-read from files");
                });
        assertEquals(DatasetPortContent.Storage.EMBEDDED, loaded.storage());
        Dataset4D back = loaded.dataset();
        assertEquals(d.scanShape(), back.scanShape());
        assertEquals(d.frameShape(), back.frameShape());
        assertEquals(d.calibration(), back.calibration());
        assertEquals(d.provenance(), back.provenance());
        assertEquals(d.label(), back.label());
        float[] all = new float[d.data().length];
        back.readFrames(0, 15, all);
        assertArrayEquals(d.data(), all);
    }

    @Test
    void fileBackedDatasetStoresOnlyTheReference() throws Exception {
        InMemoryDataset d = simulated();
        Provenance prov = new Provenance(List.of(Path.of("/data/scan_001.mib")), "MIB",
                Map.of("scanShape", "3x5", "flip", "none"), Map.of("counterDepth", "12"));
        DatasetPortObjectSpec spec = roundTrip(new DatasetPortObjectSpec(d.scanShape(), d.frameShape(),
                d.elementType(), d.calibration(), prov, null));
        assertEquals(prov, spec.provenance());
        Map<String, String> reference = Map.of("file", "knime://knime.workflow/../data/scan 001.mib", "scanShape",
                "3x5", "flipFrameY", "true");
        byte[] zip = zip(out -> DatasetPortContent.write(out, d, DatasetPortContent.Storage.FILES, reference,
                Progress.NONE));
        assertTrue(zip.length < 600, "only a reference is stored, got " + zip.length + " bytes");
        AtomicBoolean reopened = new AtomicBoolean();
        DatasetPortContent.Loaded loaded = DatasetPortContent.read(new ZipInputStream(new ByteArrayInputStream(zip)),
                spec, ref -> {
                    reopened.set(true);
                    assertEquals(reference, ref);
                    return d;
                });
        assertTrue(reopened.get());
        assertEquals(DatasetPortContent.Storage.FILES, loaded.storage());
        assertEquals(reference, loaded.reference());
    }

    @Test
    void truncatedFramesAreAClearError() throws Exception {
        InMemoryDataset d = simulated();
        byte[] zip = zip(out -> {
            out.putNextEntry(new ZipEntry(DatasetPortContent.STORAGE_ENTRY));
            out.write("embedded".getBytes());
            out.putNextEntry(new ZipEntry(DatasetPortContent.FRAMES_ENTRY));
            out.write(new byte[100]);
        });
        IOException e = assertThrows(IOException.class, () -> DatasetPortContent.read(
                new ZipInputStream(new ByteArrayInputStream(zip)), DatasetPortObjectSpec.of(d), ref -> d));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void savingHonoursCancel() {
        InMemoryDataset d = simulated();
        assertThrows(CanceledException.class, () -> zip(out -> DatasetPortContent.write(out, d,
                DatasetPortContent.Storage.EMBEDDED, Map.of(), Progress.CANCELED)));
    }

    static ArrayPatternSet patterns() {
        int n = 5;
        float[] data = new float[n * 2 * 3];
        for (int i = 0; i < data.length; i++) {
            data[i] = i / 7f;
        }
        return new ArrayPatternSet(2, 3, data, new int[] {0, 7, 7, PatternSet.NO_LABEL, 3}, new int[] {0, 1, 1, 0, 1},
                new int[] {0, 0, 1, 2, 9}, new int[] {4, 3, 2, 1, 0}, List.of("RM.mib", "RD.mib"),
                Map.of("crop", "64", "cropMode", "CENTERED"));
    }

    @Test
    void patternSetRoundTripsWithSpec() throws Exception {
        ArrayPatternSet set = patterns();
        MapConfig content = new MapConfig();
        PatternSetPortObjectSpec.of(set).save(content);
        PatternSetPortObjectSpec spec = new PatternSetPortObjectSpec();
        spec.load(content);
        assertEquals("5 patterns 2×3 from 2 datasets; RM 1 · LU 1 · RD 2 · unlabelled 1", spec.summary());
        byte[] zip = zip(out -> PatternSetPortContent.write(out, set, Progress.NONE));
        PatternSet back = PatternSetPortContent.read(new ZipInputStream(new ByteArrayInputStream(zip)), spec);
        assertEquals(set.size(), back.size());
        assertEquals(set.sources(), back.sources());
        assertEquals(set.recipe(), back.recipe());
        float[] a = new float[6];
        float[] b = new float[6];
        for (int i = 0; i < set.size(); i++) {
            set.read(i, a, 0);
            back.read(i, b, 0);
            assertArrayEquals(a, b);
            assertEquals(set.label(i), back.label(i));
            assertEquals(set.sourceIndex(i), back.sourceIndex(i));
            assertEquals(set.row(i), back.row(i));
            assertEquals(set.col(i), back.col(i));
        }
    }

    @Test
    void modelArchiveRoundTripsUnchanged() throws Exception {
        byte[] archive = new byte[100_000];
        new java.util.Random(888).nextBytes(archive);
        ModelPortObjectSpec spec = new ModelPortObjectSpec("cnn/proto seed 888", 64, 64,
                List.of("RM", "RU", "MU", "LU", "LM", "LD", "MD", "RD"), Map.of("crop", "64"),
                Map.of("epochs", "20", "valLoss", "0.31"));
        MapConfig content = new MapConfig();
        spec.save(content);
        ModelPortObjectSpec loaded = new ModelPortObjectSpec();
        loaded.load(content);
        assertEquals("cnn/proto seed 888 · 64×64 patterns · 8 classes", loaded.summary());
        assertEquals(spec.details(), loaded.details());
        assertEquals(spec.recipe(), loaded.recipe());
        byte[] zip = zip(out -> ModelPortContent.write(out, archive));
        assertArrayEquals(archive, ModelPortContent.read(new ZipInputStream(new ByteArrayInputStream(zip))));
    }

    @Test
    void predictionsRoundTripThroughTheEngineCsv() throws Exception {
        PredictionTable.Builder b = PredictionTable.builder(new ScanShape(2, 3));
        b.metadata(PredictionTable.KEY_DATASET, "5S-RU");
        b.metadata(PredictionTable.KEY_MODEL, "cnn/proto");
        b.put(4, new org.polar4d.core.predict.PatternPrediction(2, 90, 0.75f, new float[] {0, 0, 1, 0, 0, 0, 0, 0}));
        PredictionTable t = b.build();
        Map<String, PredictionTable> tables = new java.util.LinkedHashMap<>();
        tables.put("cnn/proto seed 888", t);
        tables.put("ensemble", t.withMetadata(PredictionTable.KEY_MODEL, "ensemble"));
        byte[] zip = zip(out -> PredictionsPortContent.write(out, tables));
        Map<String, PredictionTable> back = PredictionsPortContent.read(
                new ZipInputStream(new ByteArrayInputStream(zip)), List.copyOf(tables.keySet()));
        assertEquals(tables.keySet(), back.keySet());
        assertEquals(t.scanShape(), back.get("ensemble").scanShape());
        assertEquals("ensemble", back.get("ensemble").metadata(PredictionTable.KEY_MODEL).orElseThrow());
        PredictionTable first = back.get("cnn/proto seed 888");
        assertEquals(1, first.predictedCount());
        assertEquals(2, first.classIndex(1, 1));
        assertEquals(0.75, first.confidence(4), 1e-6);
    }

    @Test
    void datasetSummaryIsReadable() {
        assertEquals("3×5 scan of 4×6 frames (f32), simulated, scan step 0.4 nm, label RD",
                DatasetPortObjectSpec.of(simulated()).summary());
    }
}
