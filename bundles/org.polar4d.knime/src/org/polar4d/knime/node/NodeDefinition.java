package org.polar4d.knime.node;

import java.util.List;

import org.knime.core.node.port.PortType;
import org.polar4d.knime.settings.SettingsSchema;

/**
 * What a node is, independent of KNIME's runtime: its name, settings and ports. The node description XML must agree
 * with it (checked by tests): option names are the setting labels, port names and order are the declared ones.
 */
public record NodeDefinition(String name, SettingsSchema settings, List<Port> inPorts, List<Port> outPorts) {

    /** One port: its kind, the name in the node description, and whether it may stay unconnected. */
    public record Port(PortKind kind, String name, boolean optional) {
    }

    public NodeDefinition {
        inPorts = List.copyOf(inPorts);
        outPorts = List.copyOf(outPorts);
    }

    public static Port port(PortKind kind, String name) {
        return new Port(kind, name, false);
    }

    public static Port optionalPort(PortKind kind, String name) {
        return new Port(kind, name, true);
    }

    PortType[] inTypes() {
        return types(inPorts);
    }

    PortType[] outTypes() {
        return types(outPorts);
    }

    private static PortType[] types(List<Port> ports) {
        return ports.stream().map(p -> p.kind().type(p.optional())).toArray(PortType[]::new);
    }
}
