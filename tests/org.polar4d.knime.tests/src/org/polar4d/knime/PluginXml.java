package org.polar4d.knime;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reads the node bundle's plugin.xml and node descriptions. */
public final class PluginXml {

    private PluginXml() {
    }

    public static Document parse(InputStream in) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(in);
    }

    public static Document plugin() throws Exception {
        try (InputStream in = PluginXml.class.getClassLoader().getResourceAsStream("plugin.xml")) {
            assertNotNull(in, "plugin.xml not found in the node bundle");
            return parse(in);
        }
    }

    public static List<Element> elements(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    /** Element children of {@code parent}, in document order. */
    public static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                result.add((Element) n);
            }
        }
        return result;
    }

    public static List<String> factoryClasses() throws Exception {
        List<String> factories = new ArrayList<>();
        for (Element node : elements(plugin(), "node")) {
            factories.add(node.getAttribute("factory-class"));
        }
        return factories;
    }
}
