package org.polar4d.knime.viz;

import static org.polar4d.knime.node.NodeDefinition.port;

import java.util.List;

import org.polar4d.knime.node.NodeDefinition;
import org.polar4d.knime.node.PortKind;
import org.polar4d.knime.node.Polar4DNodeFactory;
import org.polar4d.knime.settings.DoubleSetting;
import org.polar4d.knime.settings.IntSetting;
import org.polar4d.knime.settings.SettingsSchema;
import org.polar4d.knime.settings.StringSetting;

/** Factory of the "Polarization Map" node. */
public final class MapNodeFactory extends Polar4DNodeFactory<MapNodeModel> {

    static final List<String> STYLES = List.of("classes", "wheel", "confidence", "irregularity", "arrows");

    static final StringSetting IMAGE = StringSetting.choice("image", "Image port shows", "classes", STYLES);
    static final StringSetting TABLE = StringSetting.text("table", "Predictions shown in the image port", "", true,
            v -> null);
    static final StringSetting PALETTE = StringSetting.choice("palette", "Palette", "okabe-ito",
            List.of("okabe-ito", "paper"));
    static final StringSetting BRIGHTNESS = StringSetting.choice("brightness", "Wheel brightness", "confidence",
            List.of("confidence", "agreement", "uniform"));
    static final StringSetting IRREGULARITY = StringSetting.choice("irregularity", "Irregularity measure",
            "neighbours", List.of("neighbours", "entropy"));
    static final IntSetting ARROW_STEP = new IntSetting("arrowStep", "Arrow block size", 0, 0, 1024);
    static final DoubleSetting SCAN_STEP = new DoubleSetting("scanStepNm", "Scan step (nm)", 0, 0, 1e6, 0.1);

    static final SettingsSchema SCHEMA = SettingsSchema.builder()
            .group("Output", IMAGE, TABLE)
            .group("Style", PALETTE, BRIGHTNESS, IRREGULARITY, ARROW_STEP, SCAN_STEP).build();

    static final NodeDefinition DEFINITION = new NodeDefinition("Polarization Map", SCHEMA,
            List.of(port(PortKind.PREDICTIONS, "Predictions")),
            List.of(port(PortKind.TABLE, "Maps"), port(PortKind.IMAGE, "Map")));

    @Override
    public NodeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public MapNodeModel createNodeModel() {
        return new MapNodeModel();
    }
}
