package org.polar4d.knime.io;

import java.nio.file.Path;
import java.util.Map;

import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.io.DatasetIO;
import org.polar4d.knime.node.EngineCall;
import org.polar4d.knime.node.Polar4DNodeModel;
import org.polar4d.knime.port.DatasetPortObject;
import org.polar4d.knime.settings.SettingValues;

/** Opens a 4D-STEM file (any supported format) as a lazily read, file-backed dataset. */
final class DatasetReaderNodeModel extends Polar4DNodeModel {

    DatasetReaderNodeModel() {
        super(DatasetReaderNodeFactory.DEFINITION);
    }

    @Override
    protected PortObjectSpec[] configureNode(PortObjectSpec[] inSpecs, SettingValues settings)
            throws InvalidSettingsException {
        ReaderSettings.inputFile(ReaderSettings.reference(settings));
        return new PortObjectSpec[] {null}; // shapes are known once the file's headers are read
    }

    @Override
    protected PortObject[] executeNode(PortObject[] inObjects, ExecutionContext exec, SettingValues settings)
            throws Exception {
        Map<String, String> reference = ReaderSettings.reference(settings);
        Path file = ReaderSettings.inputFile(reference);
        exec.setMessage("Reading headers of " + file.getFileName());
        Dataset4D dataset = EngineCall.run("reading " + file.getFileName(),
                () -> DatasetIO.open(file, ReaderSettings.readOptions(reference)));
        return new PortObject[] {DatasetPortObject.referencing(dataset, reference)};
    }
}
