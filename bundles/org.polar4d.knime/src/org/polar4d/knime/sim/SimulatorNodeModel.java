package org.polar4d.knime.sim;

import static org.polar4d.knime.sim.SimulatorNodeFactory.CELLS;
import static org.polar4d.knime.sim.SimulatorNodeFactory.CONVERGENCE;
import static org.polar4d.knime.sim.SimulatorNodeFactory.DEFOCUS;
import static org.polar4d.knime.sim.SimulatorNodeFactory.DOSE;
import static org.polar4d.knime.sim.SimulatorNodeFactory.ENERGY;
import static org.polar4d.knime.sim.SimulatorNodeFactory.FRAME;
import static org.polar4d.knime.sim.SimulatorNodeFactory.MODE;
import static org.polar4d.knime.sim.SimulatorNodeFactory.POLARIZATION;
import static org.polar4d.knime.sim.SimulatorNodeFactory.PRISM_FACTOR;
import static org.polar4d.knime.sim.SimulatorNodeFactory.SCAN_COLS;
import static org.polar4d.knime.sim.SimulatorNodeFactory.SCAN_ROWS;
import static org.polar4d.knime.sim.SimulatorNodeFactory.SEED;
import static org.polar4d.knime.sim.SimulatorNodeFactory.THICKNESS;

import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.progress.Progress;
import org.polar4d.core.sim.PerovskiteModel;
import org.polar4d.core.sim.SimulatedScan;
import org.polar4d.core.sim.SimulationMode;
import org.polar4d.core.sim.SimulationSettings;
import org.polar4d.knime.node.Choices;
import org.polar4d.knime.node.EngineCall;
import org.polar4d.knime.node.KnimeProgress;
import org.polar4d.knime.node.Polar4DNodeModel;
import org.polar4d.knime.port.DatasetPortObject;
import org.polar4d.knime.settings.SettingValues;

/** Simulates one labelled 4D-STEM scan of a polar KNN perovskite. */
final class SimulatorNodeModel extends Polar4DNodeModel {

    /** Scans up to this share of the maximum heap are simulated into memory; larger ones stay lazy. */
    private static final double IN_MEMORY_SHARE = 0.25;

    SimulatorNodeModel() {
        super(SimulatorNodeFactory.DEFINITION);
    }

    /** The engine's simulation settings; the engine's range checks become messages naming the node. */
    static SimulationSettings simulation(SettingValues v) throws InvalidSettingsException {
        try {
            PolarizationClass c = PolarizationClass.parse(v.get(POLARIZATION));
            return SimulationSettings.builder()
                    .model(PerovskiteModel.knn(c, v.get(CELLS), v.get(THICKNESS) * 10))
                    .beamEnergyKeV(v.get(ENERGY)).convergenceMrad(v.get(CONVERGENCE)).defocusA(v.get(DEFOCUS))
                    .scan(v.get(SCAN_ROWS), v.get(SCAN_COLS)).frameSize(v.get(FRAME))
                    .mode(SimulationMode.parse(v.get(MODE))).prismFactor(v.get(PRISM_FACTOR)).dose(v.get(DOSE))
                    .seed(v.get(SEED)).threads(Choices.threads()).build();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException("Invalid simulation settings: " + e.getMessage(), e);
        }
    }

    @Override
    protected PortObjectSpec[] configureNode(PortObjectSpec[] inSpecs, SettingValues settings)
            throws InvalidSettingsException {
        simulation(settings);
        return new PortObjectSpec[] {null};
    }

    @Override
    protected PortObject[] executeNode(PortObject[] inObjects, ExecutionContext exec, SettingValues settings)
            throws Exception {
        SimulationSettings s = simulation(settings);
        Progress progress = new KnimeProgress(exec);
        SimulatedScan scan = SimulatedScan.of(s);
        long bytes = 4L * s.scanRows() * s.scanCols() * s.frameSize() * s.frameSize();
        boolean inMemory = bytes <= IN_MEMORY_SHARE * Runtime.getRuntime().maxMemory();
        Dataset4D result = EngineCall.run("simulating the scan", () -> {
            scan.prepare(progress.slice(0, inMemory ? 0.2 : 1));
            return inMemory ? scan.materialize(progress.slice(0.2, 1)) : scan;
        });
        if (!inMemory) {
            warn(String.format(java.util.Locale.ROOT, "The scan (%,d MB) is too large to keep in memory: its frames "
                    + "are simulated whenever a node reads them; write it once with the Dataset Writer", bytes >> 20));
        }
        return new PortObject[] {DatasetPortObject.embedding(result)};
    }
}
