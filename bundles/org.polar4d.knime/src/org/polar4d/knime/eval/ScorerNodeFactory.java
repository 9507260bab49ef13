package org.polar4d.knime.eval;

import static org.polar4d.knime.node.NodeDefinition.port;

import java.util.List;

import org.polar4d.core.eval.AcceptedLabels;
import org.polar4d.knime.node.NodeDefinition;
import org.polar4d.knime.node.PortKind;
import org.polar4d.knime.node.Polar4DNodeFactory;
import org.polar4d.knime.settings.SettingsSchema;
import org.polar4d.knime.settings.StringSetting;

/** Factory of the "Polarization Scorer" node. */
public final class ScorerNodeFactory extends Polar4DNodeFactory<ScorerNodeModel> {

    static final StringSetting ACCEPTED = StringSetting.text("acceptedLabels", "Accepted classes", "", true,
            ScorerNodeFactory::checkLabels);

    static final NodeDefinition DEFINITION = new NodeDefinition("Polarization Scorer",
            SettingsSchema.builder().group("Ground truth", ACCEPTED).build(),
            List.of(port(PortKind.PREDICTIONS, "Predictions")),
            List.of(port(PortKind.TABLE, "Accuracy"), port(PortKind.TABLE, "Confusion"),
                    port(PortKind.TABLE, "Results")));

    private static String checkLabels(String text) {
        try {
            AcceptedLabels.parse(text);
            return null;
        } catch (IllegalArgumentException e) {
            return "must list classes such as RM or RM,RD (" + e.getMessage() + ")";
        }
    }

    @Override
    public NodeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ScorerNodeModel createNodeModel() {
        return new ScorerNodeModel();
    }
}
