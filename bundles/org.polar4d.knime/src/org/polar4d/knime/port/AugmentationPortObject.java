package org.polar4d.knime.port;

import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.swing.JComponent;

import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;
import org.polar4d.core.augment.AugmentationSettings;
import org.polar4d.core.progress.Progress;

/**
 * The "Augmentation Settings" port: which training-time augmentations a learner applies. Everything is in the spec,
 * so learners see the settings before execution; the port object itself stores nothing more.
 */
public final class AugmentationPortObject extends Polar4DPortObject<AugmentationPortObjectSpec> {

    /** Framework serializer; registered in plugin.xml. */
    public static final class Serializer extends AbstractPortObjectSerializer<AugmentationPortObject> {
    }

    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(AugmentationPortObject.class);

    public static final PortType TYPE_OPTIONAL =
        PortTypeRegistry.getInstance().getPortType(AugmentationPortObject.class, true);

    /** Framework constructor; do not use. */
    public AugmentationPortObject() {
        super(AugmentationPortObjectSpec.class);
    }

    public AugmentationPortObject(AugmentationPortObjectSpec spec) {
        super(AugmentationPortObjectSpec.class, spec);
    }

    public AugmentationSettings settings() {
        return getSpec().settings();
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[] {SummaryView.of("Augmentation", getSummary(), settings().toProperties().toString())};
    }

    @Override
    protected void writeContent(ZipOutputStream out, Progress progress) {
        // the settings live in the spec
    }

    @Override
    protected void readContent(ZipInputStream in) {
        // the settings live in the spec
    }
}
