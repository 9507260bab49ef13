package org.knime.core.data;

public final class DataTableSpec {

    public DataTableSpec(final DataColumnSpec... colSpecs) {
    }
}
