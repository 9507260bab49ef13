package org.polar4d.knime.prep;

import static org.polar4d.knime.node.NodeDefinition.port;

import java.util.List;

import org.polar4d.core.filter.FilterSettings;
import org.polar4d.knime.node.NodeDefinition;
import org.polar4d.knime.node.PortKind;
import org.polar4d.knime.node.Polar4DNodeFactory;
import org.polar4d.knime.settings.BooleanSetting;
import org.polar4d.knime.settings.DoubleSetting;
import org.polar4d.knime.settings.SettingValues;
import org.polar4d.knime.settings.SettingsSchema;

/** Factory of the "Pattern Filter" node. */
public final class PatternFilterNodeFactory extends Polar4DNodeFactory<PatternFilterNodeModel> {

    static final BooleanSetting COM = new BooleanSetting("comShift", "Centre-of-mass shift filter",
            FilterSettings.PAPER.comShift());
    static final BooleanSetting INTENSITY = new BooleanSetting("intensityOutliers", "Intensity outlier filter",
            FilterSettings.PAPER.intensityOutliers());
    static final DoubleSetting MAX_Z = new DoubleSetting("intensityMaxZ", "Largest intensity z-score",
            FilterSettings.PAPER.intensityMaxZ(), 0.1, 1000, 0.5);

    static final SettingsSchema SCHEMA = SettingsSchema.builder().group("Filters", COM, INTENSITY, MAX_Z).build();

    static final NodeDefinition DEFINITION = new NodeDefinition("Pattern Filter", SCHEMA,
            List.of(port(PortKind.DATASET, "4D-STEM dataset"), port(PortKind.PATTERN_SET, "Patterns")),
            List.of(port(PortKind.PATTERN_SET, "Kept patterns")));

    static FilterSettings filters(SettingValues v) {
        return new FilterSettings(v.get(COM), v.get(INTENSITY), v.get(MAX_Z));
    }

    @Override
    public NodeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public PatternFilterNodeModel createNodeModel() {
        return new PatternFilterNodeModel();
    }
}
