package org.polar4d.knime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.polar4d.knime.port.PortContentTest;

class DatasetMetadataTest {

    @Test
    void rowsCoverShapesCalibrationLabelAndProvenance() {
        Map<String, String> rows = new LinkedHashMap<>();
        DatasetMetadata.rows(PortContentTest.simulated()).forEach(r -> rows.put(r.property(), r.value()));
        assertEquals("3x5", rows.get("Scan shape"));
        assertEquals("4x6", rows.get("Frame shape"));
        assertEquals("15", rows.get("Frames"));
        assertEquals("f32", rows.get("Element type"));
        assertEquals(Long.toString(15 * 24 * 4), rows.get("Data size (bytes)"));
        assertEquals("simulated", rows.get("Format"));
        assertEquals("0.4 nm", rows.get("Scan step"));
        assertEquals("200.0", rows.get("Beam energy (keV)"));
        assertEquals("RD (Right-Down)", rows.get("Label"));
        assertEquals("20 nm", rows.get("Detail: thickness"));
    }
}
