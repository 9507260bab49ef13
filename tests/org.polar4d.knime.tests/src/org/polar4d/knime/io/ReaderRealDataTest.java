package org.polar4d.knime.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.io.DatasetIO;
import org.polar4d.core.progress.Progress;
import org.polar4d.core.vimage.VirtualImages;
import org.polar4d.knime.settings.SettingValues;
import org.polar4d.knime.vimage.VirtualImagingTestAccess;

/** The reader node's settings reach the engine correctly on a real Merlin quad file (shared fixtures). */
class ReaderRealDataTest {

    static Path shared(String relative) {
        String root = System.getProperty("polar4d.shared");
        Path p = Path.of(root == null ? "../shared" : root).resolve("data/formats").resolve(relative);
        assertTrue(Files.isRegularFile(p), "shared fixture missing: " + p
                + " (set -Dpolar4d.shared=/path/to/shared)");
        return p;
    }

    private static Dataset4D open(Path file, SettingValues v) throws Exception {
        return DatasetIO.open(file, ReaderSettings.readOptions(ReaderSettings.reference(v)));
    }

    @Test
    void mibWithScanShapeAndFlipMatchesThePlainRead() throws Exception {
        Path mib = shared("mib/Quad_9_Frame_CounterDepth_24_Rows_256.mib");
        SettingValues plain = ReaderSettings.SCHEMA.defaults().with(ReaderSettings.FILE, mib.toString())
                .with(ReaderSettings.SCAN_SHAPE, "3x3");
        SettingValues flipped = plain.with(ReaderSettings.FLIP_FRAME_Y, true);
        try (Dataset4D a = open(mib, plain); Dataset4D b = open(mib, flipped)) {
            assertEquals(new ScanShape(3, 3), a.scanShape());
            assertEquals(512, a.frameShape().height());
            int h = a.frameShape().height();
            int w = a.frameShape().width();
            float[] fa = new float[h * w];
            float[] fb = new float[h * w];
            a.readFrame(4, fa);
            b.readFrame(4, fb);
            float[] rowA = new float[w];
            float[] rowB = new float[w];
            System.arraycopy(fa, 0, rowA, 0, w);
            System.arraycopy(fb, (h - 1) * w, rowB, 0, w);
            assertArrayEquals(rowA, rowB, "top row of the plain frame is the bottom row of the flipped one");

            Map<String, String> rows = new LinkedHashMap<>();
            DatasetMetadata.rows(b).forEach(r -> rows.put(r.property(), r.value()));
            assertEquals("3x3", rows.get("Scan shape"));
            assertEquals("u32", rows.get("Element type"));
            assertEquals("true", rows.get("Reader option: flipFrameY"));

            VirtualImages.Result vi = VirtualImages.compute(a,
                    VirtualImagingTestAccess.settings(VirtualImagingTestAccess.defaults()), 2, Progress.NONE);
            assertEquals(3, vi.brightField().rows());
            assertEquals(3, vi.darkField().cols());
        }
    }
}
