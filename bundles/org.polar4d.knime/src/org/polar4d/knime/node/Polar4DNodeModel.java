package org.polar4d.knime.node;

import java.io.File;

import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.polar4d.knime.settings.SettingValues;
import org.polar4d.knime.settings.SettingsSchema;

/**
 * Base of every Polar4D node model: ports and settings come from the node's {@link NodeDefinition}; settings are
 * saved, validated and loaded through its {@link SettingsSchema}. Subclasses implement {@link #configureNode} and
 * {@link #executeNode} with the current validated values: settings → one engine call → port objects.
 */
public abstract class Polar4DNodeModel extends NodeModel {

    private final SettingsSchema schema;
    private SettingValues values;

    protected Polar4DNodeModel(NodeDefinition definition) {
        super(definition.inTypes(), definition.outTypes());
        this.schema = definition.settings();
        this.values = schema.defaults();
    }

    /** Output specs for the given input specs, or null entries where they are only known after execution. */
    protected abstract PortObjectSpec[] configureNode(PortObjectSpec[] inSpecs, SettingValues settings)
            throws InvalidSettingsException;

    /** Runs the node; wrap engine calls in {@link EngineCall#run} and report progress via {@link KnimeProgress}. */
    protected abstract PortObject[] executeNode(PortObject[] inObjects, ExecutionContext exec, SettingValues settings)
            throws Exception;

    @Override
    protected final PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        return configureNode(inSpecs, values);
    }

    @Override
    protected final PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        return executeNode(inObjects, exec, values);
    }

    /** Shows a warning on the node (e.g. "3,112 patterns filtered out"). */
    protected final void warn(String message) {
        setWarningMessage(message);
    }

    @Override
    protected final void saveSettingsTo(NodeSettingsWO settings) {
        schema.save(values, settings);
    }

    @Override
    protected final void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException {
        schema.load(settings);
    }

    @Override
    protected final void loadValidatedSettingsFrom(NodeSettingsRO settings) throws InvalidSettingsException {
        values = schema.load(settings);
    }

    @Override
    protected void loadInternals(File nodeInternDir, ExecutionMonitor exec) {
        // results live in the output ports only
    }

    @Override
    protected void saveInternals(File nodeInternDir, ExecutionMonitor exec) {
        // results live in the output ports only
    }

    @Override
    protected void reset() {
        // nothing cached outside the output ports
    }
}
