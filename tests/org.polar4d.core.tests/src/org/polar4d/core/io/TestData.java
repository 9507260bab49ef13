package org.polar4d.core.io;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared real-data fixtures (system property {@code polar4d.shared}). */
public final class TestData {

    private TestData() {
    }

    /** {@code <shared>/data/formats}; fails with a clear message if missing. */
    public static Path formats() {
        String shared = System.getProperty("polar4d.shared");
        if (shared == null || shared.isBlank()) {
            throw new IllegalStateException("system property polar4d.shared is not set; run the tests with "
                    + "-Dpolar4d.shared=/path/to/shared");
        }
        Path dir = Path.of(shared, "data", "formats");
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("shared format fixtures not found at " + dir
                    + " (set -Dpolar4d.shared=/path/to/shared)");
        }
        return dir;
    }

    public static Path formats(String relative) {
        Path p = formats().resolve(relative);
        if (!Files.exists(p)) {
            throw new IllegalStateException("shared fixture missing: " + p);
        }
        return p;
    }
}
