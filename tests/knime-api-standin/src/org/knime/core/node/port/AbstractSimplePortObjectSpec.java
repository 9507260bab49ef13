package org.knime.core.node.port;

import java.io.IOException;

import javax.swing.JComponent;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;

public abstract class AbstractSimplePortObjectSpec implements PortObjectSpec {

    public abstract static class AbstractSimplePortObjectSpecSerializer<T extends AbstractSimplePortObjectSpec>
            extends PortObjectSpecSerializer<T> {

        @Override
        public T loadPortObjectSpec(final PortObjectSpecZipInputStream in) throws IOException {
            throw new UnsupportedOperationException("KNIME API stand-in");
        }

        @Override
        public void savePortObjectSpec(final T portObjectSpec, final PortObjectSpecZipOutputStream out)
                throws IOException {
            throw new UnsupportedOperationException("KNIME API stand-in");
        }
    }

    public AbstractSimplePortObjectSpec() {
    }

    protected abstract void save(final ModelContentWO model);

    protected abstract void load(final ModelContentRO model) throws InvalidSettingsException;

    @Override
    public JComponent[] getViews() {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }
}
