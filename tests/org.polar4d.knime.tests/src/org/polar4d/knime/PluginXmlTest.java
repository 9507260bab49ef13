package org.polar4d.knime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** plugin.xml declares the category tree, the nodes in it and the Polar4D port types with working serializers. */
class PluginXmlTest {

    private static Class<?> load(String name) throws ClassNotFoundException {
        return Class.forName(name, false, PluginXmlTest.class.getClassLoader());
    }

    @Test
    void categoriesFormThePolar4DTree() throws Exception {
        Set<String> paths = new HashSet<>();
        for (Element c : PluginXml.elements(PluginXml.plugin(), "category")) {
            paths.add(c.getAttribute("path") + "/" + c.getAttribute("level-id"));
        }
        for (String sub : List.of("io", "simulation", "preprocessing", "learning", "prediction", "visualization")) {
            assertTrue(paths.contains("/community/polar4d/" + sub), "missing category " + sub);
        }
        for (Element node : PluginXml.elements(PluginXml.plugin(), "node")) {
            assertTrue(paths.contains(node.getAttribute("category-path")),
                    node.getAttribute("factory-class") + " is in an undeclared category");
        }
    }

    @Test
    void portTypesHaveObjectSpecAndNestedSerializers() throws Exception {
        Document plugin = PluginXml.plugin();
        List<Element> types = PluginXml.elements(plugin, "portType");
        assertEquals(List.of("4D-STEM Dataset", "Pattern Set", "Polarization Model", "Augmentation Settings",
                "Polarization Predictions"),
                types.stream().map(t -> t.getAttribute("name")).toList());
        for (Element t : types) {
            Class<?> object = load(t.getAttribute("objectClass"));
            Class<?> spec = load(t.getAttribute("specClass"));
            // KNIME's serializers accept any subclass (they save the concrete class name and check assignability)
            assertTrue(load("org.knime.core.node.port.AbstractPortObject").isAssignableFrom(object),
                    object.getName());
            assertTrue(load("org.knime.core.node.port.AbstractSimplePortObjectSpec").isAssignableFrom(spec),
                    spec.getName());
            assertEquals(object.getName() + "$Serializer", t.getAttribute("objectSerializer"));
            assertEquals(spec.getName() + "$Serializer", t.getAttribute("specSerializer"));
            assertEquals("AbstractPortObjectSerializer",
                    load(t.getAttribute("objectSerializer")).getSuperclass().getSimpleName());
            assertEquals("AbstractSimplePortObjectSpecSerializer",
                    load(t.getAttribute("specSerializer")).getSuperclass().getSimpleName());
            // the framework instantiates both reflectively
            object.getConstructor();
            spec.getConstructor();
            assertTrue(t.getAttribute("color").matches("#[0-9a-f]{6}"));
        }
    }
}
