package org.polar4d.knime.vimage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.polar4d.core.vimage.VirtualImages;

class VirtualImagingSettingsTest {

    @Test
    void negativeMeansAutomatic() {
        VirtualImages.Settings auto = VirtualImagingNodeModel.settings(VirtualImagingNodeFactory.SCHEMA.defaults());
        assertTrue(Double.isNaN(auto.centreRow()) && Double.isNaN(auto.bfRadius()) && Double.isNaN(auto.comRadius()));
        VirtualImages.Settings set = VirtualImagingNodeModel.settings(VirtualImagingNodeFactory.SCHEMA.defaults()
                .with(VirtualImagingNodeFactory.CENTRE_ROW, 120.5).with(VirtualImagingNodeFactory.ADF_OUTER, 90.0));
        assertEquals(120.5, set.centreRow());
        assertEquals(90.0, set.adfOuter());
        assertTrue(Double.isNaN(set.centreCol()));
    }
}
