package org.polar4d.knime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.polar4d.knime.node.NodeDefinition;
import org.polar4d.knime.node.Polar4DNodeFactory;
import org.polar4d.knime.settings.Setting;
import org.w3c.dom.Element;

/**
 * Every node's description XML (schema Node_v4.1: element order, intro, options, ports) agrees with the node's
 * definition: option names are exactly the setting labels, ports have the declared names in the declared order,
 * nodes that implement the paper cite it, and every node has a 16×16 PNG icon.
 */
class NodeDescriptionTest {

    static final String NAMESPACE = "http://knime.org/node/v4.1";
    static final List<String> ROOT_ORDER =
        List.of("name", "shortDescription", "fullDescription", "interactiveView", "ports", "views", "keywords");
    static final Set<String> NODE_TYPES = Set.of("Source", "Sink", "Learner", "Predictor", "Manipulator",
            "Visualizer", "Other", "Loop", "ScopeStart", "ScopeEnd", "QuickForm", "Configuration", "Container");
    static final String PAPER_ID = "2603.15582";

    static List<Polar4DNodeFactory<?>> factories() throws Exception {
        List<Polar4DNodeFactory<?>> result = new ArrayList<>();
        for (String name : PluginXml.factoryClasses()) {
            Class<?> c = Class.forName(name, false, NodeDescriptionTest.class.getClassLoader());
            assertTrue(Polar4DNodeFactory.class.isAssignableFrom(c), name + " must extend Polar4DNodeFactory");
            result.add((Polar4DNodeFactory<?>) c.getConstructor().newInstance());
        }
        assertFalse(result.isEmpty());
        return result;
    }

    static Element description(Polar4DNodeFactory<?> factory) throws Exception {
        String xml = factory.getClass().getSimpleName() + ".xml";
        try (InputStream in = factory.getClass().getResourceAsStream(xml)) {
            assertNotNull(in, "missing node description " + xml);
            return PluginXml.parse(in).getDocumentElement();
        }
    }

    @Test
    void descriptionsFollowTheSchemaOrder() throws Exception {
        for (Polar4DNodeFactory<?> f : factories()) {
            Element root = description(f);
            String where = f.getClass().getSimpleName() + ".xml";
            assertEquals("knimeNode", root.getLocalName(), where);
            assertEquals(NAMESPACE, root.getNamespaceURI(), where);
            assertTrue(NODE_TYPES.contains(root.getAttribute("type")), where + ": bad type " + root.getAttribute("type"));
            int last = -1;
            for (Element child : PluginXml.children(root)) {
                int pos = ROOT_ORDER.indexOf(child.getLocalName());
                assertTrue(pos > last, where + ": <" + child.getLocalName() + "> out of order or repeated");
                last = pos;
            }
            List<String> names = PluginXml.children(root).stream().map(Element::getLocalName).toList();
            assertTrue(names.containsAll(List.of("name", "shortDescription", "fullDescription", "ports")), where);
            assertEquals(f.definition().name(), text(root, "name"), where);
            assertFalse(text(root, "shortDescription").isBlank(), where);
        }
    }

    @Test
    void optionsAreExactlyTheSettings() throws Exception {
        for (Polar4DNodeFactory<?> f : factories()) {
            Element full = child(description(f), "fullDescription");
            String where = f.getClass().getSimpleName() + ".xml";
            List<Element> parts = PluginXml.children(full);
            assertEquals("intro", parts.get(0).getLocalName(), where + ": intro must come first");
            assertFalse(parts.get(0).getTextContent().isBlank(), where);
            Set<String> options = new LinkedHashSet<>();
            boolean links = false;
            for (Element e : parts.subList(1, parts.size())) {
                switch (e.getLocalName()) {
                    case "option" -> {
                        assertFalse(links, where + ": <option> after <link>");
                        addOption(options, e, where);
                    }
                    case "tab" -> {
                        assertFalse(links, where + ": <tab> after <link>");
                        for (Element o : PluginXml.children(e)) {
                            assertEquals("option", o.getLocalName(), where);
                            addOption(options, o, where);
                        }
                    }
                    case "link" -> links = true;
                    default -> fail(where + ": unexpected <" + e.getLocalName() + "> in fullDescription");
                }
            }
            Set<String> labels = new LinkedHashSet<>();
            for (Setting<?> s : f.definition().settings().settings()) {
                labels.add(s.label());
            }
            assertEquals(labels, options, where + ": option names must be the dialog labels");
        }
    }

    private static void addOption(Set<String> options, Element option, String where) {
        String name = option.getAttribute("name");
        assertFalse(name.isBlank(), where + ": option without name");
        assertFalse(option.getTextContent().isBlank(), where + ": option '" + name + "' is not described");
        assertTrue(options.add(name), where + ": option '" + name + "' twice");
    }

    @Test
    void portsAreTheDeclaredOnes() throws Exception {
        for (Polar4DNodeFactory<?> f : factories()) {
            Element ports = child(description(f), "ports");
            String where = f.getClass().getSimpleName() + ".xml";
            assertEquals(names(f.definition().inPorts()), ports(ports, "inPort", where), where + ": in ports");
            assertEquals(names(f.definition().outPorts()), ports(ports, "outPort", where), where + ": out ports");
        }
    }

    private static List<String> names(List<NodeDefinition.Port> ports) {
        return ports.stream().map(NodeDefinition.Port::name).toList();
    }

    private static List<String> ports(Element ports, String tag, String where) {
        Map<Integer, String> byIndex = new TreeMap<>();
        for (Element p : PluginXml.children(ports)) {
            if (p.getLocalName().equals(tag)) {
                assertFalse(p.getTextContent().isBlank(), where + ": port '" + p.getAttribute("name") + "' undescribed");
                assertEquals(null, byIndex.put(Integer.parseInt(p.getAttribute("index")), p.getAttribute("name")),
                        where + ": duplicate " + tag + " index");
            }
        }
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < byIndex.size(); i++) {
            expected.add(i);
        }
        assertEquals(expected, List.copyOf(byIndex.keySet()), where + ": " + tag + " indices must be 0..n-1");
        return List.copyOf(byIndex.values());
    }

    @Test
    void nodesThatImplementThePaperCiteIt() throws Exception {
        for (Element node : PluginXml.elements(PluginXml.plugin(), "node")) {
            String category = node.getAttribute("category-path");
            boolean implementsPaper = category.matches("/community/polar4d/(simulation|preprocessing|learning|"
                    + "prediction|visualization)");
            Class<?> c = Class.forName(node.getAttribute("factory-class"), false, getClass().getClassLoader());
            Polar4DNodeFactory<?> f = (Polar4DNodeFactory<?>) c.getConstructor().newInstance();
            if (implementsPaper) {
                String full = child(description(f), "fullDescription").getTextContent()
                        + linksOf(child(description(f), "fullDescription"));
                assertTrue(full.contains(PAPER_ID), c.getSimpleName() + ".xml must cite arXiv " + PAPER_ID);
            }
        }
    }

    private static String linksOf(Element full) {
        StringBuilder s = new StringBuilder();
        PluginXml.children(full).stream().filter(e -> e.getLocalName().equals("link"))
                .forEach(e -> s.append(e.getAttribute("href")));
        return s.toString();
    }

    @Test
    void everyNodeHasA16x16PngIcon() throws Exception {
        for (Polar4DNodeFactory<?> f : factories()) {
            String icon = description(f).getAttribute("icon").replaceFirst("^\\./", "");
            try (InputStream in = f.getClass().getResourceAsStream(icon)) {
                assertNotNull(in, "missing icon " + icon + " of " + f.getClass().getSimpleName());
                BufferedImage image = ImageIO.read(in);
                assertNotNull(image, icon + " is not a readable image");
                assertEquals(16, image.getWidth(), icon);
                assertEquals(16, image.getHeight(), icon);
            }
        }
    }

    private static Element child(Element parent, String name) {
        return PluginXml.children(parent).stream().filter(e -> e.getLocalName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("missing <" + name + ">"));
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent().trim();
    }
}
