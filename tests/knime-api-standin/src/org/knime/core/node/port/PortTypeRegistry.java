package org.knime.core.node.port;

public final class PortTypeRegistry {

    private PortTypeRegistry() {
    }

    public static PortTypeRegistry getInstance() {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }

    public PortType getPortType(final Class<? extends PortObject> objectClass) {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }

    public PortType getPortType(final Class<? extends PortObject> objectClass, final boolean isOptional) {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }
}
