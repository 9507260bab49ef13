package org.knime.core.node;

import org.knime.core.data.container.DataContainer;

public class BufferedDataContainer extends DataContainer {

    private BufferedDataContainer() {
        super(null);
    }

    public BufferedDataTable getTable() {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }
}
