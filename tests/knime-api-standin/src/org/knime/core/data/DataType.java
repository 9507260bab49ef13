package org.knime.core.data;

public final class DataType {

    private DataType() {
    }
}
