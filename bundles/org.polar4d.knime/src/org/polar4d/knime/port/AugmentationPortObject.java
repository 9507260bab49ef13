package org.polar4d.knime.port;

import java.io.IOException;

import javax.swing.JComponent;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.port.AbstractPortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortObjectZipInputStream;
import org.knime.core.node.port.PortObjectZipOutputStream;
import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;
import org.polar4d.core.augment.AugmentationSettings;

/**
 * The "Augmentation Settings" port: which training-time augmentations a learner applies. Everything is in the spec,
 * so learners see the settings before execution; the port object itself stores nothing more.
 */
public final class AugmentationPortObject extends AbstractPortObject {

    /** Framework serializer; registered in plugin.xml. */
    public static final class Serializer extends AbstractPortObjectSerializer<AugmentationPortObject> {
    }

    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(AugmentationPortObject.class);

    public static final PortType TYPE_OPTIONAL =
        PortTypeRegistry.getInstance().getPortType(AugmentationPortObject.class, true);

    private AugmentationPortObjectSpec spec;

    /** Framework constructor; do not use. */
    public AugmentationPortObject() {
    }

    public AugmentationPortObject(AugmentationPortObjectSpec spec) {
        this.spec = spec;
    }

    public AugmentationSettings settings() {
        return spec.settings();
    }

    @Override
    public AugmentationPortObjectSpec getSpec() {
        return spec;
    }

    @Override
    public String getSummary() {
        return spec.summary();
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[] {SummaryView.of("Augmentation", spec.summary(), settings().toProperties().toString())};
    }

    @Override
    protected void save(PortObjectZipOutputStream out, ExecutionMonitor exec) {
        // the settings live in the spec
    }

    @Override
    protected void load(PortObjectZipInputStream in, PortObjectSpec loadedSpec, ExecutionMonitor exec)
            throws IOException, CanceledExecutionException {
        spec = (AugmentationPortObjectSpec) loadedSpec;
    }
}
