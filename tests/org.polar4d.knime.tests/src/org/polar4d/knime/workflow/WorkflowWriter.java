package org.polar4d.knime.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.polar4d.knime.node.NodeDefinition;
import org.polar4d.knime.node.Polar4DNodeFactory;
import org.polar4d.knime.settings.Setting;
import org.polar4d.knime.settings.SettingValues;

/**
 * Writes an {@link ExampleWorkflow} as the exploded workflow directory KNIME 5.5 saves for a configured, not executed
 * workflow: {@code workflow.knime} (FileWorkflowPersistor: header, author, state, workflow variables, credentials,
 * nodes with UI bounds, connections, editor settings) and one {@code Name (#id)/settings.xml} per node
 * (FileSingleNodeContainerPersistor + FileNativeNodeContainerPersistor: flow stack, memory policy, model settings,
 * flow-variable bindings, state, factory and bundle information, ports, file stores).
 */
public final class WorkflowWriter {

    static final String CREATED_BY = "5.5.0";
    /** The workflow format version KNIME 5.1 and later write. */
    static final String FORMAT_VERSION = "5.1.0";
    static final String AUTHORED_WHEN = "2026-11-28 00:00:00 +0000";

    private WorkflowWriter() {
    }

    public static void write(ExampleWorkflow workflow, Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        KnimeConfig wf = new KnimeConfig();
        wf.addString("created_by", CREATED_BY).addBoolean("created_by_nightly", false)
                .addString("version", FORMAT_VERSION).addString("name", null);
        wf.addConfig("authorInformation").addString("authored-by", "Polar4D")
                .addString("authored-when", AUTHORED_WHEN).addString("lastEdited-by", null)
                .addString("lastEdited-when", null);
        wf.addString("customDescription", null).addString("state", "CONFIGURED");
        if (!workflow.variables().isEmpty()) {
            KnimeConfig vars = wf.addConfig("workflow_variables");
            int i = 0;
            for (ExampleWorkflow.Variable v : workflow.variables()) {
                KnimeConfig var = vars.addConfig("Var_" + i++).addString("name", v.name()).addString("class", v.type());
                switch (v.type()) {
                    case "INTEGER" -> var.addInt("value", Integer.parseInt(v.value()));
                    case "DOUBLE" -> var.addDouble("value", Double.parseDouble(v.value()));
                    default -> var.addString("value", v.value());
                }
            }
        }
        wf.addConfig("workflow_credentials");
        KnimeConfig nodes = wf.addConfig("nodes");
        for (ExampleWorkflow.NodeUse node : workflow.nodes()) {
            NodeDefinition def = node.factory().getConstructor().newInstance().definition();
            String dirName = nodeDirectory(def.name(), node.id());
            writeNodeSettings(node, def, dir.resolve(dirName).resolve("settings.xml"));
            KnimeConfig n = nodes.addConfig("node_" + node.id()).addInt("id", node.id())
                    .addString("node_settings_file", dirName + "/settings.xml").addBoolean("node_is_meta", false)
                    .addString("node_type", "NativeNode")
                    .addString("ui_classname", "org.knime.core.node.workflow.NodeUIInformation");
            n.addConfig("ui_settings").addIntArray("extrainfo.node.bounds", node.x(), node.y(), 75, 80);
        }
        KnimeConfig connections = wf.addConfig("connections");
        int c = 0;
        for (ExampleWorkflow.Link link : workflow.links()) {
            KnimeConfig con = connections.addConfig("connection_" + c++).addInt("sourceID", link.sourceId())
                    .addInt("destID", link.destId()).addInt("sourcePort", link.sourcePort() + 1)
                    .addInt("destPort", link.destPort() + 1)
                    .addString("ui_classname", "org.knime.core.node.workflow.ConnectionUIInformation");
            con.addConfig("ui_settings").addInt("extrainfo.conn.bendpoints_size", 0);
        }
        wf.addConfig("workflow_editor_settings").addBoolean("workflow.editor.snapToGrid", true)
                .addBoolean("workflow.editor.ShowGrid", false).addInt("workflow.editor.gridX", 20)
                .addInt("workflow.editor.gridY", 20).addDouble("workflow.editor.zoomLevel", 1.0)
                .addBoolean("workflow.editor.curvedConnections", false).addInt("workflow.editor.connectionWidth", 1);
        wf.write(dir.resolve("workflow.knime"), "workflow.knime");
    }

    private static void writeNodeSettings(ExampleWorkflow.NodeUse node, NodeDefinition def, Path file)
            throws IOException {
        KnimeConfig s = new KnimeConfig();
        s.addString("node_file", "settings.xml");
        s.addConfig("flow_stack");
        s.addConfig("internal_node_subsettings").addString("memory_policy", "CacheSmallInMemory");
        SettingValues values = def.settings().defaults();
        for (Map.Entry<String, Object> e : node.settings().entrySet()) {
            values = with(values, setting(def, e.getKey()), e.getValue());
        }
        def.settings().save(values, new ConfigWriter(s.addConfig("model")));
        if (!node.variables().isEmpty()) {
            KnimeConfig variables = s.addConfig("variables").addString("version", "V_2019_09_13");
            KnimeConfig tree = variables.addConfig("tree");
            node.variables().forEach((key, variable) -> tree.addConfig(setting(def, key).key())
                    .addString("used_variable", variable).addString("exposed_variable", null));
        }
        s.addString("customDescription", null).addString("state", "CONFIGURED");
        Class<?> factory = node.factory();
        s.addString("factory", factory.getName()).addString("node-name", def.name())
                .addString("node-bundle-name", "Polar4D nodes for KNIME Analytics Platform")
                .addString("node-bundle-symbolic-name", "org.polar4d.knime").addString("node-bundle-vendor", "Polar4D")
                .addString("node-bundle-version", "1.0.0").addString("node-feature-name", "Polar4D")
                .addString("node-feature-symbolic-name", "org.polar4d.feature.feature.group")
                .addString("node-feature-vendor", "Polar4D").addString("node-feature-version", "1.0.0");
        s.addConfig("factory_settings");
        s.addString("name", def.name()).addBoolean("hasContent", false).addBoolean("isInactive", false);
        KnimeConfig ports = s.addConfig("ports");
        for (int i = 1; i <= def.outPorts().size(); i++) {
            ports.addConfig("port_" + i).addInt("index", i).addString("port_dir_location", null);
        }
        s.addConfig("filestores").addString("file_store_location", null).addString("file_store_id", null);
        s.write(file, "settings.xml");
    }

    /** KNIME's node folder name: the node name with every character but letters, digits and space as '_'. */
    static String nodeDirectory(String nodeName, int id) {
        return nodeName.replaceAll("[^a-zA-Z0-9 ]", "_") + " (#" + id + ")";
    }

    static Setting<?> setting(NodeDefinition def, String key) {
        return def.settings().settings().stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(def.name() + " has no setting '" + key + "'"));
    }

    @SuppressWarnings("unchecked")
    private static <T> SettingValues with(SettingValues values, Setting<T> setting, Object value) {
        if (!setting.defaultValue().getClass().isInstance(value)) {
            throw new IllegalArgumentException("setting " + setting + " takes a "
                    + setting.defaultValue().getClass().getSimpleName() + ", got " + value);
        }
        return values.with(setting, (T) value);
    }
}
