package org.polar4d.knime.workflow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.polar4d.knime.MapConfig;
import org.polar4d.knime.node.NodeDefinition;
import org.polar4d.knime.node.Polar4DNodeFactory;
import org.polar4d.knime.settings.Setting;

/**
 * Checks an exploded workflow directory the way KNIME would load it, against the node bundle: every node's factory
 * exists, its saved settings are exactly the node's setting keys with valid values (also with the workflow variables
 * that override them), every flow-variable binding names a workflow variable of the right type, and every
 * connection joins existing ports of the same port type, each required input connected exactly once.
 */
public final class WorkflowValidator {

    private final Path dir;
    private final List<String> problems = new ArrayList<>();
    private final Map<Integer, NodeDefinition> nodes = new HashMap<>();
    private final Map<String, KnimeConfig.Entry> variables = new HashMap<>();

    private WorkflowValidator(Path dir) {
        this.dir = dir;
    }

    /** Problems found, one sentence each; empty if the workflow is valid. */
    public static List<String> validate(Path dir) {
        WorkflowValidator v = new WorkflowValidator(dir);
        try {
            v.run();
        } catch (Exception e) {
            v.problems.add(dir.getFileName() + ": " + e);
        }
        return v.problems;
    }

    private void problem(String text) {
        problems.add(dir.getFileName() + ": " + text);
    }

    private void run() throws Exception {
        KnimeConfig wf = KnimeConfig.parse(dir.resolve("workflow.knime"));
        for (String key : List.of("created_by", "version", "workflow_credentials", "nodes", "connections")) {
            if (!wf.has(key)) {
                problem("workflow.knime lacks '" + key + "'");
            }
        }
        if (wf.has("workflow_variables")) {
            for (Object o : wf.config("workflow_variables").children().values()) {
                KnimeConfig var = (KnimeConfig) o;
                String type = var.string("class");
                KnimeConfig.Entry value = var.entry("value");
                if (!KnimeConfig.variableType(value.type()).equals(type)) {
                    problem("workflow variable " + var.string("name") + " is " + type + " but stores " + value.type());
                }
                variables.put(var.string("name"), value);
            }
        }
        for (Object o : wf.config("nodes").children().values()) {
            checkNode((KnimeConfig) o);
        }
        checkConnections(wf.config("connections"));
    }

    private void checkNode(KnimeConfig entry) throws Exception {
        int id = Integer.parseInt(entry.entry("id").value());
        String file = entry.string("node_settings_file");
        if (!"NativeNode".equals(entry.string("node_type"))) {
            problem("node " + id + " is not a native node");
            return;
        }
        Path settingsFile = dir.resolve(file);
        if (!Files.isRegularFile(settingsFile)) {
            problem("node " + id + ": missing " + file);
            return;
        }
        KnimeConfig settings = KnimeConfig.parse(settingsFile);
        String factoryName = settings.string("factory");
        Class<?> factory;
        try {
            factory = Class.forName(factoryName, false, getClass().getClassLoader());
        } catch (ClassNotFoundException e) {
            problem("node " + id + ": factory " + factoryName + " does not exist");
            return;
        }
        if (!Polar4DNodeFactory.class.isAssignableFrom(factory)) {
            problem("node " + id + ": " + factoryName + " is not a Polar4D node");
            return;
        }
        NodeDefinition def = ((Polar4DNodeFactory<?>) factory.getConstructor().newInstance()).definition();
        nodes.put(id, def);
        if (!def.name().equals(settings.string("node-name"))) {
            problem("node " + id + ": node-name '" + settings.string("node-name") + "' is not '" + def.name() + "'");
        }
        if (!file.startsWith(WorkflowWriter.nodeDirectory(def.name(), id) + "/")) {
            problem("node " + id + ": directory of " + file + " does not match the node's name and id");
        }
        checkModel(id, def, settings);
    }

    private void checkModel(int id, NodeDefinition def, KnimeConfig settings) {
        KnimeConfig model = settings.config("model");
        Set<String> keys = new HashSet<>();
        for (Setting<?> s : def.settings().settings()) {
            keys.add(s.key());
        }
        if (!keys.equals(model.children().keySet())) {
            problem("node " + id + " (" + def.name() + "): settings " + model.children().keySet()
                    + " are not the node's settings " + keys);
            return;
        }
        MapConfig values = toMap(model);
        if (settings.has("variables")) {
            KnimeConfig tree = settings.config("variables").config("tree");
            for (Map.Entry<String, Object> b : tree.children().entrySet()) {
                if (!keys.contains(b.getKey())) {
                    problem("node " + id + ": flow variable bound to unknown setting '" + b.getKey() + "'");
                    continue;
                }
                String variable = ((KnimeConfig) b.getValue()).string("used_variable");
                KnimeConfig.Entry value = variables.get(variable);
                String settingType = ((KnimeConfig.Entry) model.children().get(b.getKey())).type();
                if (value == null) {
                    problem("node " + id + ": setting '" + b.getKey() + "' uses undefined workflow variable " + variable);
                } else if (!value.type().equals(settingType)) {
                    problem("node " + id + ": setting '" + b.getKey() + "' (" + settingType + ") uses workflow variable "
                            + variable + " of type " + value.type());
                } else {
                    values.with(b.getKey(), toValue(value));
                }
            }
        }
        try {
            def.settings().load(values);
        } catch (Exception e) {
            problem("node " + id + " (" + def.name() + "): " + e.getMessage());
        }
    }

    private static MapConfig toMap(KnimeConfig model) {
        MapConfig map = new MapConfig();
        model.children().forEach((k, v) -> {
            if (v instanceof KnimeConfig.Entry e) {
                map.with(k, toValue(e));
            }
        });
        return map;
    }

    private static Object toValue(KnimeConfig.Entry e) {
        if (e.value() == null) {
            return null;
        }
        return switch (e.type()) {
            case "xint" -> Integer.valueOf(e.value());
            case "xdouble" -> Double.valueOf(e.value());
            case "xlong" -> Long.valueOf(e.value());
            case "xboolean" -> Boolean.valueOf(e.value());
            default -> e.value();
        };
    }

    private void checkConnections(KnimeConfig connections) {
        Map<String, Integer> inputUse = new HashMap<>();
        for (Object o : connections.children().values()) {
            KnimeConfig c = (KnimeConfig) o;
            int src = Integer.parseInt(c.entry("sourceID").value());
            int dst = Integer.parseInt(c.entry("destID").value());
            int srcPort = Integer.parseInt(c.entry("sourcePort").value()) - 1;
            int dstPort = Integer.parseInt(c.entry("destPort").value()) - 1;
            NodeDefinition from = nodes.get(src);
            NodeDefinition to = nodes.get(dst);
            if (from == null || to == null) {
                problem("connection " + src + "→" + dst + " joins a missing node");
                continue;
            }
            if (srcPort < 0 || srcPort >= from.outPorts().size() || dstPort < 0 || dstPort >= to.inPorts().size()) {
                problem("connection " + src + ":" + (srcPort + 1) + "→" + dst + ":" + (dstPort + 1)
                        + " uses a port the nodes do not have");
                continue;
            }
            NodeDefinition.Port out = from.outPorts().get(srcPort);
            NodeDefinition.Port in = to.inPorts().get(dstPort);
            if (out.kind() != in.kind()) {
                problem("connection " + src + "→" + dst + " joins " + out.kind().displayName() + " '" + out.name()
                        + "' to " + in.kind().displayName() + " '" + in.name() + "'");
            }
            inputUse.merge(dst + ":" + dstPort, 1, Integer::sum);
        }
        nodes.forEach((id, def) -> {
            for (int p = 0; p < def.inPorts().size(); p++) {
                int uses = inputUse.getOrDefault(id + ":" + p, 0);
                if (uses > 1 || (uses == 0 && !def.inPorts().get(p).optional())) {
                    problem("node " + id + " (" + def.name() + "): input '" + def.inPorts().get(p).name() + "' has "
                            + uses + " connections");
                }
            }
        });
    }
}
