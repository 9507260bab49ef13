package org.knime.core.node;

import org.knime.core.data.DataRow;

public class BufferedDataContainer {

    private BufferedDataContainer() {
    }

    public void addRowToTable(final DataRow row) {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }

    public void close() {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }

    public BufferedDataTable getTable() {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }
}
