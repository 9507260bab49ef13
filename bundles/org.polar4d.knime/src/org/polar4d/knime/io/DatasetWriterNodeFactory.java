package org.polar4d.knime.io;

import static org.polar4d.knime.node.NodeDefinition.port;

import java.util.List;

import org.polar4d.knime.node.NodeDefinition;
import org.polar4d.knime.node.PortKind;
import org.polar4d.knime.node.Polar4DNodeFactory;
import org.polar4d.knime.settings.BooleanSetting;
import org.polar4d.knime.settings.SettingsSchema;
import org.polar4d.knime.settings.StringSetting;

/** Factory of the "Dataset Writer" node. */
public final class DatasetWriterNodeFactory extends Polar4DNodeFactory<DatasetWriterNodeModel> {

    static final StringSetting FILE = StringSetting.path("file", "Output file", StringSetting.Editor.SAVE_FILE, false,
            ".npy", ".emd|.h5|.hdf5");
    static final BooleanSetting OVERWRITE = new BooleanSetting("overwrite", "Overwrite existing file", false);

    static final NodeDefinition DEFINITION = new NodeDefinition("Dataset Writer",
            SettingsSchema.builder().group("Output", FILE, OVERWRITE).build(),
            List.of(port(PortKind.DATASET, "4D-STEM dataset")), List.of());

    @Override
    public NodeDefinition definition() {
        return DEFINITION;
    }

    @Override
    public DatasetWriterNodeModel createNodeModel() {
        return new DatasetWriterNodeModel();
    }
}
