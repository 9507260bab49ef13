package org.polar4d.core.patterns;

import java.io.IOException;
import java.nio.file.Path;

/** Where a new pattern set goes: the heap (small sets, tests) or a file (any size). */
@FunctionalInterface
public interface PatternSetTarget {

    /** Opens a sink for {@code count} patterns of {@code height × width}. */
    PatternSink open(int count, int height, int width) throws IOException;

    /** Patterns held in one heap array (at most 2^31 − 1 floats). */
    static PatternSetTarget memory() {
        return ArrayPatternSink::new;
    }

    /** Patterns written to a memory-mapped pattern-set file, replaced atomically on finish. */
    static PatternSetTarget file(Path file) {
        return (count, height, width) -> PatternSetFile.create(file, count, height, width);
    }
}
