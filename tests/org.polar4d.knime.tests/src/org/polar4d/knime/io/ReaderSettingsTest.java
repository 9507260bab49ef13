package org.polar4d.knime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.knime.core.node.InvalidSettingsException;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.io.Format;
import org.polar4d.core.io.Orientation;
import org.polar4d.core.io.ReadOptions;
import org.polar4d.knime.MapConfig;
import org.polar4d.knime.settings.SettingValues;

class ReaderSettingsTest {

    @Test
    void defaultsDetectEverything() {
        ReadOptions o = ReaderSettings.readOptions(ReaderSettings.reference(ReaderSettings.SCHEMA.defaults()
                .with(ReaderSettings.FILE, "/data/scan.mib")));
        assertEquals(ReadOptions.DEFAULT, o);
    }

    @Test
    void everySettingReachesTheReadOptions() {
        SettingValues v = ReaderSettings.SCHEMA.defaults().with(ReaderSettings.FILE, "/d/x.h5")
                .with(ReaderSettings.FORMAT, "emd").with(ReaderSettings.SCAN_SHAPE, "256x128")
                .with(ReaderSettings.DATASET_PATH, "/data/frames").with(ReaderSettings.FRAME_OFFSET, -2)
                .with(ReaderSettings.FLIP_FRAME_Y, true).with(ReaderSettings.TRANSPOSE_SCAN, true);
        Map<String, String> reference = ReaderSettings.reference(v);
        assertEquals("/d/x.h5", reference.get("file"));
        ReadOptions o = ReaderSettings.readOptions(reference);
        assertEquals(Format.EMD, o.format());
        assertEquals(new ScanShape(256, 128), o.scanShape());
        assertEquals("/data/frames", o.datasetPath());
        assertEquals(-2, o.syncOffset());
        assertEquals(Orientation.NONE.withFlipFrameY(true).withTransposeScan(true), o.orientation());
        assertNull(o.rawLayout());
    }

    @Test
    void badValuesNameTheSetting() {
        MapConfig c = new MapConfig();
        ReaderSettings.SCHEMA.save(ReaderSettings.SCHEMA.defaults().with(ReaderSettings.FILE, "x.mib"), c);
        c.with("scanShape", "128 by 128");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> ReaderSettings.SCHEMA.load(c));
        assertTrue(e.getMessage().startsWith("Setting 'Scan shape' (scanShape) must look like ROWSxCOLS"),
                e.getMessage());
        c.with("scanShape", "").with("format", "tiff");
        e = assertThrows(InvalidSettingsException.class, () -> ReaderSettings.SCHEMA.load(c));
        assertTrue(e.getMessage().startsWith("Setting 'Format' (format) must be one of auto, mib"), e.getMessage());
        c.with("format", "raw");
        e = assertThrows(InvalidSettingsException.class, () -> ReaderSettings.SCHEMA.load(c));
        assertTrue(e.getMessage().contains("got 'raw'"), e.getMessage());
    }
}
