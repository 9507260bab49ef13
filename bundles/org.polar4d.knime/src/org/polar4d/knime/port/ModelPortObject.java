package org.polar4d.knime.port;

import java.io.IOException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.swing.JComponent;

import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;
import org.polar4d.core.progress.Progress;

/**
 * The "Polarization Model" port: any learner's trained model as its complete archive bytes (written by the
 * learner's archive writer) plus a descriptive {@link ModelPortObjectSpec}. Predictors turn the archive back into a
 * model with the learner bundle's archive reader.
 */
public final class ModelPortObject extends Polar4DPortObject<ModelPortObjectSpec> {

    /** Framework serializer; registered in plugin.xml. */
    public static final class Serializer extends AbstractPortObjectSerializer<ModelPortObject> {
    }

    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(ModelPortObject.class);

    public static final PortType TYPE_OPTIONAL =
        PortTypeRegistry.getInstance().getPortType(ModelPortObject.class, true);

    private byte[] archive;

    /** Framework constructor; do not use. */
    public ModelPortObject() {
        super(ModelPortObjectSpec.class);
    }

    public ModelPortObject(ModelPortObjectSpec spec, byte[] archive) {
        super(ModelPortObjectSpec.class, spec);
        this.archive = archive.clone();
    }

    /** The complete model archive (a copy). */
    public byte[] archive() {
        return archive.clone();
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[] {SummaryView.of("Model", getSummary(), "Training: " + getSpec().details(),
                "Recipe: " + getSpec().recipe(), "Archive: " + SpecContent.count(archive.length) + " bytes")};
    }

    @Override
    protected void writeContent(ZipOutputStream out, Progress progress) throws IOException {
        ModelPortContent.write(out, archive);
    }

    @Override
    protected void readContent(ZipInputStream in) throws IOException {
        archive = ModelPortContent.read(in);
    }
}
