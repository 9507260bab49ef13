package org.polar4d.knime;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the Polar4D checkout from the test's working directory (tycho-surefire runs inside target/). */
public final class Checkout {

    private Checkout() {
    }

    public static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("bundles/org.polar4d.knime"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the Polar4D checkout above " + Path.of("").toAbsolutePath());
    }
}
