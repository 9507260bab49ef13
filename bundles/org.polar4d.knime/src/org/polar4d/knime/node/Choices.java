package org.polar4d.knime.node;

import java.util.ArrayList;
import java.util.List;

import org.polar4d.core.label.PolarizationClass;

/** Choice lists shared by several nodes. */
public final class Choices {

    private Choices() {
    }

    /** The class ids RM, RU, ..., RD in index order, optionally after leading extra choices. */
    public static List<String> classes(String... leading) {
        List<String> c = new ArrayList<>(List.of(leading));
        for (PolarizationClass p : PolarizationClass.values()) {
            c.add(p.name());
        }
        return c;
    }

    /** Worker threads for engine passes: every core KNIME gives this JVM. */
    public static int threads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
