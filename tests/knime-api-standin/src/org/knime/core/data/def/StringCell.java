package org.knime.core.data.def;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;

public final class StringCell extends DataCell {

    /** Placeholder; the real constant is KNIME's string cell type. */
    public static final DataType TYPE = null;

    public StringCell(final String str) {
    }
}
