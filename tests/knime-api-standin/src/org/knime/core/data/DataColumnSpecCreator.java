package org.knime.core.data;

public final class DataColumnSpecCreator {

    public DataColumnSpecCreator(final String name, final DataType type) {
    }

    public DataColumnSpec createSpec() {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }
}
