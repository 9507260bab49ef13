package org.polar4d.knime.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.knime.core.node.InvalidSettingsException;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.sim.SimulationMode;
import org.polar4d.core.sim.SimulationSettings;
import org.polar4d.knime.MapConfig;
import org.polar4d.knime.settings.SettingValues;

class SimulatorSettingsTest {

    @Test
    void settingsReachTheSimulator() throws Exception {
        SettingValues v = SimulatorNodeFactory.SCHEMA.defaults().with(SimulatorNodeFactory.POLARIZATION, "LD")
                .with(SimulatorNodeFactory.THICKNESS, 5.0).with(SimulatorNodeFactory.SCAN_ROWS, 4)
                .with(SimulatorNodeFactory.SCAN_COLS, 6).with(SimulatorNodeFactory.FRAME, 64)
                .with(SimulatorNodeFactory.MODE, "multislice").with(SimulatorNodeFactory.DOSE, 1e4)
                .with(SimulatorNodeFactory.SEED, 7000);
        SimulationSettings s = SimulatorNodeModel.simulation(v);
        assertEquals(PolarizationClass.LD, s.label());
        assertEquals(50.0, s.model().thicknessA(), 1e-9);
        assertEquals(4, s.scanRows());
        assertEquals(6, s.scanCols());
        assertEquals(64, s.frameSize());
        assertEquals(SimulationMode.MULTISLICE, s.mode());
        assertEquals(1e4, s.dose());
        assertEquals(7000, s.seed());
        assertEquals(200, s.beamEnergyKeV());
        assertEquals(24, s.convergenceMrad());
    }

    @Test
    void inconsistentSettingsAreRejectedWithTheSettingName() {
        MapConfig c = new MapConfig();
        SimulatorNodeFactory.SCHEMA.save(SimulatorNodeFactory.SCHEMA.defaults(), c);
        c.with("frameSize", 63);
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> SimulatorNodeFactory.SCHEMA.load(c));
        assertEquals("Setting 'Frame size (pixels)' (frameSize) must be even, got 63", e.getMessage());
        c.with("frameSize", 64).with("mode", "multislice").with("prismFactor", 2);
        e = assertThrows(InvalidSettingsException.class, () -> SimulatorNodeFactory.SCHEMA.load(c));
        assertTrue(e.getMessage().startsWith("Setting 'PRISM interpolation factor' (prismFactor) must be 1"),
                e.getMessage());
    }
}
