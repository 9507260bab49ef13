package org.polar4d.knime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every node registered in plugin.xml exists and has a node description beside its factory. */
class PluginXmlTest {

    private static Document parse(InputStream in) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(in);
    }

    static List<String> factoryClasses() throws Exception {
        try (InputStream in = PluginXmlTest.class.getClassLoader().getResourceAsStream("plugin.xml")) {
            assertNotNull(in, "plugin.xml not found in the node bundle");
            NodeList nodes = parse(in).getElementsByTagName("node");
            List<String> factories = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                factories.add(((Element) nodes.item(i)).getAttribute("factory-class"));
            }
            return factories;
        }
    }

    @Test
    void everyFactoryHasClassDescriptionAndIcon() throws Exception {
        List<String> factories = factoryClasses();
        assertFalse(factories.isEmpty());
        for (String name : factories) {
            Class<?> factory = Class.forName(name, false, PluginXmlTest.class.getClassLoader());
            String xml = factory.getSimpleName() + ".xml";
            try (InputStream in = factory.getResourceAsStream(xml)) {
                assertNotNull(in, "missing node description " + xml);
                Element root = parse(in).getDocumentElement();
                assertEquals("knimeNode", root.getLocalName(), xml);
                assertFalse(root.getElementsByTagNameNS("*", "name").item(0).getTextContent().isBlank(), xml);
                assertEquals(1, root.getElementsByTagNameNS("*", "ports").getLength(), xml);
                String icon = root.getAttribute("icon").replaceFirst("^\\./", "");
                assertNotNull(factory.getResource(icon), "missing icon " + icon + " of " + name);
            }
        }
    }

    @Test
    void categoryIsDeclared() throws Exception {
        try (InputStream in = PluginXmlTest.class.getClassLoader().getResourceAsStream("plugin.xml")) {
            NodeList categories = parse(in).getElementsByTagName("category");
            assertTrue(categories.getLength() >= 1);
            assertEquals("Polar4D", ((Element) categories.item(0)).getAttribute("name"));
        }
    }
}
