package org.knime.core.node.port.image;

import java.io.IOException;

import javax.swing.JComponent;

import org.knime.core.data.image.ImageContent;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.port.AbstractPortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortObjectZipInputStream;
import org.knime.core.node.port.PortObjectZipOutputStream;
import org.knime.core.node.port.PortType;

public class ImagePortObject extends AbstractPortObject {

    /** Placeholder; the real constant is KNIME's image port type. */
    public static final PortType TYPE = null;

    public ImagePortObject() {
    }

    public ImagePortObject(final ImageContent content, final ImagePortObjectSpec spec) {
    }

    @Override
    public String getSummary() {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }

    @Override
    public ImagePortObjectSpec getSpec() {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }

    @Override
    public JComponent[] getViews() {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }

    @Override
    protected void load(final PortObjectZipInputStream in, final PortObjectSpec spec, final ExecutionMonitor exec)
            throws IOException, CanceledExecutionException {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }

    @Override
    protected void save(final PortObjectZipOutputStream out, final ExecutionMonitor exec)
            throws IOException, CanceledExecutionException {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }
}
