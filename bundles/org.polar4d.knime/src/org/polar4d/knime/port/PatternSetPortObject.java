package org.polar4d.knime.port;

import java.io.IOException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.swing.JComponent;

import org.knime.core.node.port.PortType;
import org.knime.core.node.port.PortTypeRegistry;
import org.polar4d.core.patterns.PatternSet;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;

/** The "Pattern Set" port: preprocessed patterns with labels, scan positions, sources and recipe. */
public final class PatternSetPortObject extends Polar4DPortObject<PatternSetPortObjectSpec> {

    /** Framework serializer; registered in plugin.xml. */
    public static final class Serializer extends AbstractPortObjectSerializer<PatternSetPortObject> {
    }

    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(PatternSetPortObject.class);

    public static final PortType TYPE_OPTIONAL =
        PortTypeRegistry.getInstance().getPortType(PatternSetPortObject.class, true);

    private PatternSet patterns;

    /** Framework constructor; do not use. */
    public PatternSetPortObject() {
        super(PatternSetPortObjectSpec.class);
    }

    public PatternSetPortObject(PatternSet patterns) {
        super(PatternSetPortObjectSpec.class, PatternSetPortObjectSpec.of(patterns));
        this.patterns = patterns;
    }

    public PatternSet patterns() {
        return patterns;
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[] {SummaryView.of("Patterns", getSummary(), "Sources: " + getSpec().sources(),
                "Recipe: " + getSpec().recipe())};
    }

    @Override
    protected void writeContent(ZipOutputStream out, Progress progress) throws IOException, CanceledException {
        PatternSetPortContent.write(out, patterns, progress);
    }

    @Override
    protected void readContent(ZipInputStream in) throws IOException {
        patterns = PatternSetPortContent.read(in, getSpec());
    }
}
