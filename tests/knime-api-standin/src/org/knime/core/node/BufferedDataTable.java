package org.knime.core.node;

import org.knime.core.data.DataTableSpec;

public final class BufferedDataTable {

    private BufferedDataTable() {
    }

    public DataTableSpec getDataTableSpec() {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }
}
