package org.knime.core.data;

public final class RowKey {

    public RowKey(final String id) {
    }
}
