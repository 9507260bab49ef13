package org.knime.core.node.port;

import java.io.IOException;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

public abstract class AbstractPortObject implements PortObject {

    public abstract static class AbstractPortObjectSerializer<T extends AbstractPortObject>
            extends PortObjectSerializer<T> {

        @Override
        public final T loadPortObject(final PortObjectZipInputStream in, final PortObjectSpec spec,
                final ExecutionMonitor exec) throws IOException, CanceledExecutionException {
            throw new UnsupportedOperationException("KNIME API stand-in");
        }

        @Override
        public final void savePortObject(final T portObject, final PortObjectZipOutputStream out,
                final ExecutionMonitor exec) throws IOException, CanceledExecutionException {
            throw new UnsupportedOperationException("KNIME API stand-in");
        }
    }

    public AbstractPortObject() {
    }

    protected abstract void save(final PortObjectZipOutputStream out, ExecutionMonitor exec)
            throws IOException, CanceledExecutionException;

    protected abstract void load(final PortObjectZipInputStream in, final PortObjectSpec spec,
            final ExecutionMonitor exec) throws IOException, CanceledExecutionException;
}
