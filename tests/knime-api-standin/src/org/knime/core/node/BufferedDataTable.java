package org.knime.core.node;

import javax.swing.JComponent;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortType;

public final class BufferedDataTable implements PortObject {

    /** Placeholder; the real constant is KNIME's data table port type. */
    public static final PortType TYPE = null;

    private BufferedDataTable() {
    }

    @Override
    public DataTableSpec getSpec() {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }

    @Override
    public String getSummary() {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }

    @Override
    public JComponent[] getViews() {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }
}
