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
import org.polar4d.core.patterns.PatternSet;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.knime.node.KnimeProgress;

/** The "Pattern Set" port: preprocessed patterns with labels, scan positions, sources and recipe. */
public final class PatternSetPortObject extends AbstractPortObject {

    /** Framework serializer; registered in plugin.xml. */
    public static final class Serializer extends AbstractPortObjectSerializer<PatternSetPortObject> {
    }

    public static final PortType TYPE = PortTypeRegistry.getInstance().getPortType(PatternSetPortObject.class);

    public static final PortType TYPE_OPTIONAL =
        PortTypeRegistry.getInstance().getPortType(PatternSetPortObject.class, true);

    private PatternSetPortObjectSpec spec;
    private PatternSet patterns;

    /** Framework constructor; do not use. */
    public PatternSetPortObject() {
    }

    public PatternSetPortObject(PatternSet patterns) {
        this.patterns = patterns;
        this.spec = PatternSetPortObjectSpec.of(patterns);
    }

    public PatternSet patterns() {
        return patterns;
    }

    @Override
    public PatternSetPortObjectSpec getSpec() {
        return spec;
    }

    @Override
    public String getSummary() {
        return spec.summary();
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[] {SummaryView.of("Patterns", spec.summary(), "Sources: " + spec.sources(),
                "Recipe: " + spec.recipe())};
    }

    @Override
    protected void save(PortObjectZipOutputStream out, ExecutionMonitor exec)
            throws IOException, CanceledExecutionException {
        try {
            PatternSetPortContent.write(out, patterns, new KnimeProgress(exec));
        } catch (CanceledException e) {
            throw new CanceledExecutionException(e.getMessage());
        }
    }

    @Override
    protected void load(PortObjectZipInputStream in, PortObjectSpec loadedSpec, ExecutionMonitor exec)
            throws IOException, CanceledExecutionException {
        spec = (PatternSetPortObjectSpec) loadedSpec;
        patterns = PatternSetPortContent.read(in, spec);
    }
}
