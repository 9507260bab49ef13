package org.polar4d.knime.info;

import static org.polar4d.knime.node.NodeDefinition.port;

import java.util.List;

import org.polar4d.knime.node.NodeDefinition;
import org.polar4d.knime.node.PortKind;
import org.polar4d.knime.node.Polar4DNodeFactory;
import org.polar4d.knime.settings.SettingsSchema;

/** Factory of the "Polar4D Library Info" node. */
public final class LibraryInfoNodeFactory extends Polar4DNodeFactory<LibraryInfoNodeModel> {

    static final NodeDefinition DEFINITION = new NodeDefinition("Polar4D Library Info", SettingsSchema.EMPTY,
            List.of(), List.of(port(PortKind.TABLE, "Library versions")));

    @Override
    public NodeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public LibraryInfoNodeModel createNodeModel() {
        return new LibraryInfoNodeModel();
    }
}
