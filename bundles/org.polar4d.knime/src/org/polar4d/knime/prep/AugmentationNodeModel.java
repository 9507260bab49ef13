package org.polar4d.knime.prep;

import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.polar4d.knime.node.Polar4DNodeModel;
import org.polar4d.knime.port.AugmentationPortObject;
import org.polar4d.knime.port.AugmentationPortObjectSpec;
import org.polar4d.knime.settings.SettingValues;

/** Publishes training-time augmentation settings for the learners. */
final class AugmentationNodeModel extends Polar4DNodeModel {

    AugmentationNodeModel() {
        super(AugmentationNodeFactory.DEFINITION);
    }

    @Override
    protected PortObjectSpec[] configureNode(PortObjectSpec[] inSpecs, SettingValues settings)
            throws InvalidSettingsException {
        return new PortObjectSpec[] {new AugmentationPortObjectSpec(AugmentationNodeFactory.settings(settings))};
    }

    @Override
    protected PortObject[] executeNode(PortObject[] inObjects, ExecutionContext exec, SettingValues settings)
            throws Exception {
        return new PortObject[] {new AugmentationPortObject(
                new AugmentationPortObjectSpec(AugmentationNodeFactory.settings(settings)))};
    }
}
