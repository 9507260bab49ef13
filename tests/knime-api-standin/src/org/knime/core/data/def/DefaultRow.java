package org.knime.core.data.def;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowKey;

public class DefaultRow implements DataRow {

    public DefaultRow(final RowKey key, final DataCell... cells) {
    }
}
