package org.knime.core.data.container;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;

public class DataContainer {

    public DataContainer(final DataTableSpec spec) {
    }

    public void addRowToTable(final DataRow row) {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }

    public void close() {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }
}
