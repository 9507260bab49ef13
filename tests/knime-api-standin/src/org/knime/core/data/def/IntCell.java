package org.knime.core.data.def;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;

public final class IntCell extends DataCell {

    /** Placeholder; the real constant is KNIME's cell type. */
    public static final DataType TYPE = null;

    public IntCell(final int i) {
    }
}
