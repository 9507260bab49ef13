package org.polar4d.knime.sim;

import static org.polar4d.knime.node.NodeDefinition.port;

import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.polar4d.knime.node.Choices;
import org.polar4d.knime.node.NodeDefinition;
import org.polar4d.knime.node.PortKind;
import org.polar4d.knime.node.Polar4DNodeFactory;
import org.polar4d.knime.settings.DoubleSetting;
import org.polar4d.knime.settings.IntSetting;
import org.polar4d.knime.settings.SettingsSchema;
import org.polar4d.knime.settings.StringSetting;

/** Factory of the "4D-STEM Simulator" node. */
public final class SimulatorNodeFactory extends Polar4DNodeFactory<SimulatorNodeModel> {

    static final StringSetting POLARIZATION = StringSetting.choice("polarization", "Polarization class", "RM",
            Choices.classes());
    static final IntSetting CELLS = new IntSetting("cells", "Unit cells per side", 2, 1, 32);
    static final DoubleSetting THICKNESS = new DoubleSetting("thicknessNm", "Thickness (nm)", 20, 0.4, 1000, 1);
    static final DoubleSetting ENERGY = new DoubleSetting("beamEnergyKeV", "Beam energy (keV)", 200, 10, 1000, 10);
    static final DoubleSetting CONVERGENCE = new DoubleSetting("convergenceMrad", "Convergence semi-angle (mrad)", 24,
            0.1, 200, 1);
    static final DoubleSetting DEFOCUS = new DoubleSetting("defocusA", "Defocus (Å)", 0, -1e5, 1e5, 10);
    static final IntSetting SCAN_ROWS = new IntSetting("scanRows", "Scan rows", 16, 1, 1024);
    static final IntSetting SCAN_COLS = new IntSetting("scanCols", "Scan columns", 16, 1, 1024);
    static final IntSetting FRAME = new IntSetting("frameSize", "Frame size (pixels)", 128, 8, 2048);
    static final StringSetting MODE = StringSetting.choice("mode", "Method", "prism", List.of("prism", "multislice"));
    static final IntSetting PRISM_FACTOR = new IntSetting("prismFactor", "PRISM interpolation factor", 1, 1, 64);
    static final DoubleSetting DOSE = new DoubleSetting("dose", "Dose (electrons per pattern)", 0, 0, 1e15, 1000);
    static final IntSetting SEED = new IntSetting("seed", "Seed", 0, 0, Integer.MAX_VALUE);

    static final SettingsSchema SCHEMA = SettingsSchema.builder()
            .group("Specimen", POLARIZATION, CELLS, THICKNESS)
            .group("Microscope", ENERGY, CONVERGENCE, DEFOCUS)
            .group("Scan", SCAN_ROWS, SCAN_COLS, FRAME)
            .group("Simulation", MODE, PRISM_FACTOR, DOSE, SEED)
            .crossCheck(v -> {
                if (v.get(FRAME) % 2 != 0) {
                    throw new InvalidSettingsException("Setting '" + FRAME.label() + "' (" + FRAME.key()
                            + ") must be even, got " + v.get(FRAME));
                }
                if (v.get(PRISM_FACTOR) != 1 && !"prism".equals(v.get(MODE))) {
                    throw new InvalidSettingsException("Setting '" + PRISM_FACTOR.label() + "' (" + PRISM_FACTOR.key()
                            + ") must be 1 unless '" + MODE.label() + "' is prism");
                }
            }).build();

    static final NodeDefinition DEFINITION = new NodeDefinition("4D-STEM Simulator", SCHEMA, List.of(),
            List.of(port(PortKind.DATASET, "Simulated scan")));

    @Override
    public NodeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public SimulatorNodeModel createNodeModel() {
        return new SimulatorNodeModel();
    }
}
