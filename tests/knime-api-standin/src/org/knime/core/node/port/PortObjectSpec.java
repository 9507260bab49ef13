package org.knime.core.node.port;

import java.io.IOException;

import javax.swing.JComponent;

public interface PortObjectSpec {

    abstract static class PortObjectSpecSerializer<T extends PortObjectSpec> {

        public abstract void savePortObjectSpec(final T portObjectSpec, final PortObjectSpecZipOutputStream out)
                throws IOException;

        public abstract T loadPortObjectSpec(final PortObjectSpecZipInputStream in) throws IOException;
    }

    public JComponent[] getViews();
}
