package org.polar4d.knime.prep;

import static org.polar4d.knime.node.NodeDefinition.optionalPort;
import static org.polar4d.knime.node.NodeDefinition.port;

import java.util.ArrayList;
import java.util.List;

import org.polar4d.knime.node.Choices;
import org.polar4d.knime.node.NodeDefinition;
import org.polar4d.knime.node.PortKind;
import org.polar4d.knime.node.Polar4DNodeFactory;
import org.polar4d.knime.settings.SettingsSchema;
import org.polar4d.knime.settings.StringSetting;

/** Factory of the "Label &amp; Combine" node. */
public final class LabelCombineNodeFactory extends Polar4DNodeFactory<LabelCombineNodeModel> {

    static final int INPUTS = 8;
    static final String KEEP = "keep";

    static final List<StringSetting> LABELS = new ArrayList<>();
    static final List<NodeDefinition.Port> PORTS = new ArrayList<>();

    static {
        for (int i = 1; i <= INPUTS; i++) {
            LABELS.add(StringSetting.choice("label" + i, "Label of input " + i, KEEP, Choices.classes(KEEP)));
            PORTS.add(i == 1 ? port(PortKind.PATTERN_SET, "Patterns 1")
                    : optionalPort(PortKind.PATTERN_SET, "Patterns " + i));
        }
    }

    static final SettingsSchema SCHEMA = SettingsSchema.builder()
            .group("Labels", LABELS.toArray(new StringSetting[0])).build();

    static final NodeDefinition DEFINITION = new NodeDefinition("Label & Combine", SCHEMA, PORTS,
            List.of(port(PortKind.PATTERN_SET, "Training patterns")));

    @Override
    public NodeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public LabelCombineNodeModel createNodeModel() {
        return new LabelCombineNodeModel();
    }
}
