package org.knime.core.data;

public final class DataColumnSpec {

    private DataColumnSpec() {
    }
}
