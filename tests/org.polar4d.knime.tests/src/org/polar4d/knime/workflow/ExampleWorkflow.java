package org.polar4d.knime.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.polar4d.knime.node.Polar4DNodeFactory;

/**
 * An example workflow as data: workflow variables (exposed to {@code -workflow.variable=} in batch runs), nodes
 * with their non-default settings and the settings bound to workflow variables, and connections between data ports
 * (0-based here; KNIME's files count the flow-variable port as 0).
 */
public record ExampleWorkflow(String name, List<Variable> variables, List<NodeUse> nodes, List<Link> links) {

    /** A workflow variable; {@code type} is STRING, INTEGER or DOUBLE (the batch executor's String/int/double). */
    public record Variable(String name, String type, String value) {
    }

    /** A node instance. */
    public record NodeUse(int id, Class<? extends Polar4DNodeFactory<?>> factory, Map<String, Object> settings,
            Map<String, String> variables, int x, int y) {
    }

    /** A connection from data out-port {@code sourcePort} to data in-port {@code destPort}. */
    public record Link(int sourceId, int sourcePort, int destId, int destPort) {
    }

    /** Builds an example workflow. */
    public static final class Builder {
        private final String name;
        private final List<Variable> variables = new ArrayList<>();
        private final List<NodeUse> nodes = new ArrayList<>();
        private final List<Link> links = new ArrayList<>();

        public Builder(String name) {
            this.name = name;
        }

        public Builder variable(String variable, String type, Object value) {
            variables.add(new Variable(variable, type, String.valueOf(value)));
            return this;
        }

        /** Adds node {@code id}; {@code settings} alternate key, value; a value "$name" binds workflow variable name. */
        public Builder node(int id, Class<? extends Polar4DNodeFactory<?>> factory, int x, int y, Object... settings) {
            Map<String, Object> values = new LinkedHashMap<>();
            Map<String, String> bound = new LinkedHashMap<>();
            for (int i = 0; i < settings.length; i += 2) {
                String key = (String) settings[i];
                Object value = settings[i + 1];
                if (value instanceof String s && s.startsWith("$")) {
                    String variable = s.substring(1);
                    bound.put(key, variable);
                    values.put(key, variableValue(variable));
                } else {
                    values.put(key, value);
                }
            }
            nodes.add(new NodeUse(id, factory, values, bound, x, y));
            return this;
        }

        private Object variableValue(String variable) {
            Variable v = variables.stream().filter(w -> w.name().equals(variable)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("declare workflow variable " + variable + " first"));
            return switch (v.type()) {
                case "INTEGER" -> Integer.valueOf(v.value());
                case "DOUBLE" -> Double.valueOf(v.value());
                default -> v.value();
            };
        }

        public Builder link(int sourceId, int sourcePort, int destId, int destPort) {
            links.add(new Link(sourceId, sourcePort, destId, destPort));
            return this;
        }

        public ExampleWorkflow build() {
            return new ExampleWorkflow(name, List.copyOf(variables), List.copyOf(nodes), List.copyOf(links));
        }
    }
}
