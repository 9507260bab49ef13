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

/**
 * The "Polarization Model" port: any learner's trained model as its complete archive bytes (written by the
 * learner's archive writer) plus a descriptive {@link ModelPortObjectSpec}. Predictors turn the archive back into a
 * model with the learner bundle's archive reader.
 */
public final class ModelPortObject extends AbstractPortObject {

    /** Framework serializer; registered in plugin.xml. */
    public static final class Serializer extends AbstractPortObjectSerializer<ModelPortObject> {
    }

    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(ModelPortObject.class);

    public static final PortType TYPE_OPTIONAL =
        PortTypeRegistry.getInstance().getPortType(ModelPortObject.class, true);

    private ModelPortObjectSpec spec;
    private byte[] archive;

    /** Framework constructor; do not use. */
    public ModelPortObject() {
    }

    public ModelPortObject(ModelPortObjectSpec spec, byte[] archive) {
        this.spec = spec;
        this.archive = archive.clone();
    }

    /** The complete model archive (a copy). */
    public byte[] archive() {
        return archive.clone();
    }

    @Override
    public ModelPortObjectSpec getSpec() {
        return spec;
    }

    @Override
    public String getSummary() {
        return spec.summary();
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[] {SummaryView.of("Model", spec.summary(), "Training: " + spec.details(),
                "Recipe: " + spec.recipe(), "Archive: " + SpecContent.count(archive.length) + " bytes")};
    }

    @Override
    protected void save(PortObjectZipOutputStream out, ExecutionMonitor exec)
            throws IOException, CanceledExecutionException {
        ModelPortContent.write(out, archive);
    }

    @Override
    protected void load(PortObjectZipInputStream in, PortObjectSpec loadedSpec, ExecutionMonitor exec)
            throws IOException, CanceledExecutionException {
        spec = (ModelPortObjectSpec) loadedSpec;
        archive = ModelPortContent.read(in);
    }
}
