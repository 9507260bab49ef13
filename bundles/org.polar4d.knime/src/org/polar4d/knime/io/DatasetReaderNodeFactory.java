package org.polar4d.knime.io;

import static org.polar4d.knime.node.NodeDefinition.port;

import java.util.List;

import org.polar4d.knime.node.NodeDefinition;
import org.polar4d.knime.node.PortKind;
import org.polar4d.knime.node.Polar4DNodeFactory;

/** Factory of the "4D-STEM Reader" node. */
public final class DatasetReaderNodeFactory extends Polar4DNodeFactory<DatasetReaderNodeModel> {

    static final NodeDefinition DEFINITION = new NodeDefinition("4D-STEM Reader", ReaderSettings.SCHEMA, List.of(),
            List.of(port(PortKind.DATASET, "4D-STEM dataset")));

    @Override
    public NodeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public DatasetReaderNodeModel createNodeModel() {
        return new DatasetReaderNodeModel();
    }
}
