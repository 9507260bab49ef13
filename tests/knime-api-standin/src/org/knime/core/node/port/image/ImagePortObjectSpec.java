package org.knime.core.node.port.image;

import org.knime.core.data.DataType;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObjectSpec;

public final class ImagePortObjectSpec extends AbstractSimplePortObjectSpec {

    public ImagePortObjectSpec(final DataType type) {
    }

    public ImagePortObjectSpec() {
    }

    @Override
    protected void load(final ModelContentRO model) throws InvalidSettingsException {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }

    @Override
    protected void save(final ModelContentWO model) {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }
}
