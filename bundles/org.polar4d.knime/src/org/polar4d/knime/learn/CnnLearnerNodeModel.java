package org.polar4d.knime.learn;

import java.nio.file.Files;
import java.nio.file.Path;

import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.polar4d.knime.node.KnimeFiles;
import org.polar4d.knime.node.Polar4DNodeModel;
import org.polar4d.knime.settings.SettingValues;
import org.polar4d.learn.train.TrainingRun;
import org.polar4d.learn.train.TrainingSettings;

/** Trains the paper's networks (custom CNN, VGG16, ResNet-50 × classification, regression, prototype heads). */
final class CnnLearnerNodeModel extends Polar4DNodeModel {

    CnnLearnerNodeModel() {
        super(CnnLearnerNodeFactory.DEFINITION);
    }

    private static String weights(SettingValues v) throws InvalidSettingsException {
        String location = v.get(CnnLearnerNodeFactory.PRETRAINED);
        if (location.isBlank()) {
            return "";
        }
        Path path = KnimeFiles.resolve(location, CnnLearnerNodeFactory.PRETRAINED.label());
        if (!Files.isRegularFile(path)) {
            throw new InvalidSettingsException("Setting '" + CnnLearnerNodeFactory.PRETRAINED.label() + "': " + path
                    + " does not exist");
        }
        return path.toString();
    }

    @Override
    protected PortObjectSpec[] configureNode(PortObjectSpec[] inSpecs, SettingValues settings)
            throws InvalidSettingsException {
        CnnLearnerNodeFactory.settings(settings, weights(settings));
        return new PortObjectSpec[] {null, TrainingTables.curve().spec(), TrainingTables.metrics().spec()};
    }

    @Override
    protected PortObject[] executeNode(PortObject[] inObjects, ExecutionContext exec, SettingValues settings)
            throws Exception {
        TrainingSettings s = CnnLearnerNodeFactory.settings(settings, weights(settings));
        TrainingRun run = Training.train(inObjects, s, exec);
        return new PortObject[] {ModelArchives.toPort(run), TrainingTables.curve(run, exec),
            TrainingTables.metrics(run, exec)};
    }
}
