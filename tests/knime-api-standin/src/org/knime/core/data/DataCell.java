package org.knime.core.data;

public abstract class DataCell {

    protected DataCell() {
    }
}
