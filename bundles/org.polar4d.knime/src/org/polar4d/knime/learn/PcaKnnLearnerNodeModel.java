package org.polar4d.knime.learn;

import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.polar4d.knime.node.Polar4DNodeModel;
import org.polar4d.knime.settings.SettingValues;
import org.polar4d.learn.train.TrainingRun;

/** Trains the paper's PCA-informed kNN baseline (standardise, PCA, kNN), one model per seed. */
final class PcaKnnLearnerNodeModel extends Polar4DNodeModel {

    PcaKnnLearnerNodeModel() {
        super(PcaKnnLearnerNodeFactory.DEFINITION);
    }

    @Override
    protected PortObjectSpec[] configureNode(PortObjectSpec[] inSpecs, SettingValues settings)
            throws InvalidSettingsException {
        PcaKnnLearnerNodeFactory.settings(settings);
        return new PortObjectSpec[] {null, TrainingTables.metrics().spec()};
    }

    @Override
    protected PortObject[] executeNode(PortObject[] inObjects, ExecutionContext exec, SettingValues settings)
            throws Exception {
        TrainingRun run = Training.train(inObjects, PcaKnnLearnerNodeFactory.settings(settings), exec);
        return new PortObject[] {ModelArchives.toPort(run), TrainingTables.metrics(run, exec)};
    }
}
