package org.polar4d.knime.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A KNIME config tree (what KNIME's {@code NodeSettings}/{@code ModelContent} write as XML: namespace
 * {@code http://www.knime.org/2008/09/XMLConfig}, typed {@code <entry>} leaves, nested {@code <config>}s, arrays as
 * configs with {@code array-size} and entries {@code 0..n-1}), written and parsed byte-for-byte the way KNIME
 * 5.5 writes workflow files. Keys keep insertion order, as in KNIME.
 */
public final class KnimeConfig {

    static final String NAMESPACE = "http://www.knime.org/2008/09/XMLConfig";

    /** A typed leaf: KNIME type name (xstring, xint, ...) and the value as written (null = isnull). */
    public record Entry(String type, String value) {
    }

    private final Map<String, Object> children = new LinkedHashMap<>();

    public KnimeConfig addString(String key, String value) {
        return put(key, new Entry("xstring", value));
    }

    public KnimeConfig addInt(String key, int value) {
        return put(key, new Entry("xint", Integer.toString(value)));
    }

    public KnimeConfig addLong(String key, long value) {
        return put(key, new Entry("xlong", Long.toString(value)));
    }

    public KnimeConfig addDouble(String key, double value) {
        return put(key, new Entry("xdouble", Double.toString(value)));
    }

    public KnimeConfig addBoolean(String key, boolean value) {
        return put(key, new Entry("xboolean", Boolean.toString(value)));
    }

    public KnimeConfig addIntArray(String key, int... values) {
        KnimeConfig array = addConfig(key).addInt("array-size", values.length);
        for (int i = 0; i < values.length; i++) {
            array.addInt(Integer.toString(i), values[i]);
        }
        return this;
    }

    /** Adds (or replaces) a child config and returns it. */
    public KnimeConfig addConfig(String key) {
        KnimeConfig child = new KnimeConfig();
        children.put(key, child);
        return child;
    }

    private KnimeConfig put(String key, Entry entry) {
        children.put(key, entry);
        return this;
    }

    public Map<String, Object> children() {
        return children;
    }

    public Entry entry(String key) {
        Object o = children.get(key);
        if (!(o instanceof Entry)) {
            throw new IllegalArgumentException("no entry '" + key + "' in config " + children.keySet());
        }
        return (Entry) o;
    }

    public KnimeConfig config(String key) {
        Object o = children.get(key);
        if (!(o instanceof KnimeConfig)) {
            throw new IllegalArgumentException("no config '" + key + "' in config " + children.keySet());
        }
        return (KnimeConfig) o;
    }

    public boolean has(String key) {
        return children.containsKey(key);
    }

    /** The value of a string entry. */
    public String string(String key) {
        return entry(key).value();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KnimeConfig && ((KnimeConfig) o).children.equals(children);
    }

    @Override
    public int hashCode() {
        return children.hashCode();
    }

    // ---- XML

    /** The XML document KNIME writes for this config as root with key {@code rootKey}. */
    public String toXml(String rootKey) {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        s.append("<config xmlns=\"").append(NAMESPACE).append("\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(" xsi:schemaLocation=\"").append(NAMESPACE).append(" http://www.knime.org/XMLConfig_2008_09.xsd\"")
                .append(" key=\"").append(escape(rootKey)).append("\">\n");
        writeChildren(s, 1);
        return s.append("</config>\n").toString();
    }

    private void writeChildren(StringBuilder s, int depth) {
        String indent = "    ".repeat(depth);
        for (Map.Entry<String, Object> c : children.entrySet()) {
            if (c.getValue() instanceof Entry e) {
                s.append(indent).append("<entry key=\"").append(escape(c.getKey())).append("\" type=\"")
                        .append(e.type()).append('"');
                if (e.value() == null) {
                    s.append(" isnull=\"true\" value=\"\"");
                } else {
                    s.append(" value=\"").append(escape(e.value())).append('"');
                }
                s.append("/>\n");
            } else {
                KnimeConfig child = (KnimeConfig) c.getValue();
                s.append(indent).append("<config key=\"").append(escape(c.getKey())).append('"');
                if (child.children.isEmpty()) {
                    s.append("/>\n");
                } else {
                    s.append(">\n");
                    child.writeChildren(s, depth + 1);
                    s.append(indent).append("</config>\n");
                }
            }
        }
    }

    private static String escape(String text) {
        StringBuilder s = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\n' -> s.append("%%00010");
                case '\r' -> s.append("%%00013");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    public void write(Path file, String rootKey) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, toXml(rootKey), StandardCharsets.UTF_8);
    }

    /** Parses a KNIME config XML file; fails on anything KNIME would not write. */
    public static KnimeConfig parse(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Element root = f.newDocumentBuilder().parse(in).getDocumentElement();
            if (!"config".equals(root.getLocalName()) || !NAMESPACE.equals(root.getNamespaceURI())) {
                throw new IllegalArgumentException(file + ": root must be <config> in namespace " + NAMESPACE);
            }
            return read(root, file);
        }
    }

    private static KnimeConfig read(Element element, Path file) {
        KnimeConfig config = new KnimeConfig();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element child)) {
                continue;
            }
            String key = child.getAttribute("key");
            if (config.children.containsKey(key)) {
                throw new IllegalArgumentException(file + ": key '" + key + "' twice");
            }
            switch (child.getLocalName()) {
                case "config" -> config.children.put(key, read(child, file));
                case "entry" -> {
                    String type = child.getAttribute("type");
                    if (!type.matches("x(string|int|long|double|float|boolean|char|short|byte|password|transientstring)")) {
                        throw new IllegalArgumentException(file + ": entry '" + key + "' has unknown type " + type);
                    }
                    boolean isNull = "true".equals(child.getAttribute("isnull"));
                    String value = isNull ? null : child.getAttribute("value").replace("%%00010", "\n")
                            .replace("%%00013", "\r");
                    config.children.put(key, new Entry(type, value));
                }
                default -> throw new IllegalArgumentException(file + ": unexpected <" + child.getLocalName() + ">");
            }
        }
        return config;
    }

    /** A workflow-variable type name for a KNIME entry type ("INTEGER" for xint, ...). */
    static String variableType(String entryType) {
        return switch (entryType) {
            case "xint" -> "INTEGER";
            case "xdouble" -> "DOUBLE";
            case "xstring" -> "STRING";
            case "xboolean" -> "BOOLEAN";
            case "xlong" -> "LONG";
            default -> entryType.substring(1).toUpperCase(Locale.ROOT);
        };
    }
}
