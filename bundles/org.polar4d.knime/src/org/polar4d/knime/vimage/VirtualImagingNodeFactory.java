package org.polar4d.knime.vimage;

import static org.polar4d.knime.node.NodeDefinition.port;

import java.util.List;

import org.polar4d.knime.node.NodeDefinition;
import org.polar4d.knime.node.PortKind;
import org.polar4d.knime.node.Polar4DNodeFactory;
import org.polar4d.knime.settings.DoubleSetting;
import org.polar4d.knime.settings.SettingsSchema;
import org.polar4d.knime.settings.StringSetting;

/** Factory of the "Virtual Imaging" node. */
public final class VirtualImagingNodeFactory extends Polar4DNodeFactory<VirtualImagingNodeModel> {

    /** Negative values of the geometry settings mean "automatic". */
    static DoubleSetting auto(String key, String label) {
        return new DoubleSetting(key, label, -1, -1, 1e5, 1);
    }

    static final DoubleSetting CENTRE_ROW = auto("centreRow", "Centre row");
    static final DoubleSetting CENTRE_COL = auto("centreCol", "Centre column");
    static final DoubleSetting BF_RADIUS = auto("bfRadius", "Bright-field radius");
    static final DoubleSetting ADF_INNER = auto("adfInner", "Annulus inner radius");
    static final DoubleSetting ADF_OUTER = auto("adfOuter", "Annulus outer radius");
    static final DoubleSetting COM_RADIUS = auto("comRadius", "Centre-of-mass radius");
    static final StringSetting IMAGE = StringSetting.choice("image", "Image port shows", "bf",
            List.of("bf", "adf", "com-magnitude", "com-x", "com-y"));

    static final SettingsSchema SCHEMA = SettingsSchema.builder()
            .group("Detectors (-1 = automatic)", CENTRE_ROW, CENTRE_COL, BF_RADIUS, ADF_INNER, ADF_OUTER, COM_RADIUS)
            .group("Output", IMAGE).build();

    static final NodeDefinition DEFINITION = new NodeDefinition("Virtual Imaging", SCHEMA,
            List.of(port(PortKind.DATASET, "4D-STEM dataset")),
            List.of(port(PortKind.TABLE, "Per position"), port(PortKind.TABLE, "Images"),
                    port(PortKind.IMAGE, "Image")));

    @Override
    public NodeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public VirtualImagingNodeModel createNodeModel() {
        return new VirtualImagingNodeModel();
    }
}
