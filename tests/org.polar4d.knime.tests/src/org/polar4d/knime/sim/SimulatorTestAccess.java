package org.polar4d.knime.sim;

import org.knime.core.node.InvalidSettingsException;
import org.polar4d.core.sim.SimulationSettings;
import org.polar4d.knime.settings.SettingValues;

/** Opens the simulator node's settings translation to tests in other packages. */
public final class SimulatorTestAccess {

    private SimulatorTestAccess() {
    }

    /** A tiny, fast scan: 4×4 positions of 32×32 frames through 2 nm of KNN. */
    public static SettingValues defaults(String polarization, int seed) {
        return SimulatorNodeFactory.SCHEMA.defaults().with(SimulatorNodeFactory.POLARIZATION, polarization)
                .with(SimulatorNodeFactory.THICKNESS, 2.0).with(SimulatorNodeFactory.SCAN_ROWS, 4)
                .with(SimulatorNodeFactory.SCAN_COLS, 4).with(SimulatorNodeFactory.FRAME, 32)
                .with(SimulatorNodeFactory.SEED, seed);
    }

    public static SimulationSettings simulation(SettingValues v) throws InvalidSettingsException {
        return SimulatorNodeModel.simulation(v);
    }
}
