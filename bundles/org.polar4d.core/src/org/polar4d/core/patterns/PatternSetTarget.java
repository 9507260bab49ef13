package org.polar4d.core.patterns;

import java.io.IOException;
import java.nio.file.Path;

/** Where a new pattern set goes: the heap (small sets, tests) or a file (any size). */
@FunctionalInterface
public interface PatternSetTarget {

    /** Opens a sink for {@code count} patterns of {@code height × width}. */
    PatternSink open(int count, int height, int width) throws IOException;

    /** A directory for temporary files made while building the set (the system's by default). */
    default Path scratchDirectory() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** Patterns held in one heap array (at most 2^31 − 1 floats). */
    static PatternSetTarget memory() {
        return ArrayPatternSink::new;
    }

    /** Patterns written to a memory-mapped pattern-set file, replaced atomically on finish. */
    static PatternSetTarget file(Path file) {
        Path target = file.toAbsolutePath();
        return new PatternSetTarget() {
            @Override
            public PatternSink open(int count, int height, int width) throws IOException {
                return PatternSetFile.create(target, count, height, width);
            }

            @Override
            public Path scratchDirectory() {
                return target.getParent();
            }
        };
    }
}
