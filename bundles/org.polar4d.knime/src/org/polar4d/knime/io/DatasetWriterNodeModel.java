package org.polar4d.knime.io;

import java.nio.file.Files;
import java.nio.file.Path;

import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.polar4d.core.io.DatasetIO;
import org.polar4d.knime.node.EngineCall;
import org.polar4d.knime.node.KnimeProgress;
import org.polar4d.knime.node.KnimeFiles;
import org.polar4d.knime.node.Polar4DNodeModel;
import org.polar4d.knime.port.DatasetPortObject;
import org.polar4d.knime.settings.SettingValues;

/** Writes a dataset as NPY or EMD 1.0 (chosen by the file extension), atomically. */
final class DatasetWriterNodeModel extends Polar4DNodeModel {

    DatasetWriterNodeModel() {
        super(DatasetWriterNodeFactory.DEFINITION);
    }

    private static Path target(SettingValues settings) throws InvalidSettingsException {
        Path path = KnimeFiles.resolve(settings.get(DatasetWriterNodeFactory.FILE),
                DatasetWriterNodeFactory.FILE.label());
        if (Files.exists(path) && !settings.get(DatasetWriterNodeFactory.OVERWRITE)) {
            throw new InvalidSettingsException("Setting '" + DatasetWriterNodeFactory.FILE.label() + "': " + path
                    + " exists; tick '" + DatasetWriterNodeFactory.OVERWRITE.label() + "' to replace it");
        }
        return path;
    }

    @Override
    protected PortObjectSpec[] configureNode(PortObjectSpec[] inSpecs, SettingValues settings)
            throws InvalidSettingsException {
        target(settings);
        return new PortObjectSpec[0];
    }

    @Override
    protected PortObject[] executeNode(PortObject[] inObjects, ExecutionContext exec, SettingValues settings)
            throws Exception {
        Path target = target(settings);
        DatasetPortObject in = (DatasetPortObject) inObjects[0];
        EngineCall.run("writing " + target.getFileName(), () -> {
            DatasetIO.write(in.dataset(), target, new KnimeProgress(exec));
            return null;
        });
        return new PortObject[0];
    }
}
