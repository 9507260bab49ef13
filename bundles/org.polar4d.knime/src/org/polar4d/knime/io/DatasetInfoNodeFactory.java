package org.polar4d.knime.io;

import static org.polar4d.knime.node.NodeDefinition.port;

import java.util.List;

import org.polar4d.knime.node.NodeDefinition;
import org.polar4d.knime.node.PortKind;
import org.polar4d.knime.node.Polar4DNodeFactory;
import org.polar4d.knime.settings.SettingsSchema;

/** Factory of the "Dataset Info" node. */
public final class DatasetInfoNodeFactory extends Polar4DNodeFactory<DatasetInfoNodeModel> {

    static final NodeDefinition DEFINITION = new NodeDefinition("Dataset Info", SettingsSchema.EMPTY,
            List.of(port(PortKind.DATASET, "4D-STEM dataset")), List.of(port(PortKind.TABLE, "Metadata")));

    @Override
    public NodeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public DatasetInfoNodeModel createNodeModel() {
        return new DatasetInfoNodeModel();
    }
}
