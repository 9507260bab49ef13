package org.polar4d.knime.port;

import org.knime.core.node.port.AbstractSimplePortObjectSpec;

/** Base of the Polar4D port specs: each describes its port in one line, which is also its {@link #toString()}. */
public abstract class Polar4DPortObjectSpec extends AbstractSimplePortObjectSpec {

    /** One line describing the port's content, e.g. "12,345 patterns 64×64 from 8 datasets; ...". */
    public abstract String summary();

    @Override
    public String toString() {
        return summary();
    }
}
