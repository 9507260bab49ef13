package org.polar4d.knime.predict;

import static org.polar4d.knime.node.NodeDefinition.optionalPort;
import static org.polar4d.knime.node.NodeDefinition.port;

import java.util.List;

import org.polar4d.knime.node.NodeDefinition;
import org.polar4d.knime.node.PortKind;
import org.polar4d.knime.node.Polar4DNodeFactory;
import org.polar4d.knime.settings.SettingsSchema;
import org.polar4d.knime.settings.StringSetting;

/** Factory of the "Polarization Predictor" node. */
public final class PredictorNodeFactory extends Polar4DNodeFactory<PredictorNodeModel> {

    static final StringSetting DATASET_NAME = StringSetting.text("datasetName", "Dataset name", "", true, v -> null);

    static final NodeDefinition DEFINITION = new NodeDefinition("Polarization Predictor",
            SettingsSchema.builder().group("Output", DATASET_NAME).build(),
            List.of(port(PortKind.DATASET, "4D-STEM dataset"), port(PortKind.MODEL, "Model 1"),
                    optionalPort(PortKind.MODEL, "Model 2"), optionalPort(PortKind.MODEL, "Model 3"),
                    optionalPort(PortKind.MODEL, "Model 4")),
            List.of(port(PortKind.PREDICTIONS, "Predictions"), port(PortKind.TABLE, "Per position")));

    @Override
    public NodeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public PredictorNodeModel createNodeModel() {
        return new PredictorNodeModel();
    }
}
