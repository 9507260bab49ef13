package org.polar4d.core.patterns;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * N preprocessed diffraction patterns of equal size (float32, row-major), each with an optional
 * class label, the dataset it came from and its scan position. Reads are thread-safe.
 * Implementations may be file-backed (memory-mapped) so that sets larger than the heap work.
 */
public interface PatternSet extends Closeable {

    /** Label of a pattern that has none (prediction data). */
    int NO_LABEL = -1;

    int size();

    int height();

    int width();

    default int pixels() {
        return height() * width();
    }

    /** Copies pattern {@code index} into {@code dst} starting at {@code offset}. */
    void read(int index, float[] dst, int offset);

    /** Class index 0..7 of pattern {@code index}, or {@link #NO_LABEL}. */
    int label(int index);

    /** Index into {@link #sources()} of the dataset pattern {@code index} came from. */
    int sourceIndex(int index);

    /** Scan row of pattern {@code index} in its source dataset. */
    int row(int index);

    /** Scan column of pattern {@code index} in its source dataset. */
    int col(int index);

    /** Names of the source datasets (e.g. file names). */
    List<String> sources();

    /**
     * How the patterns were made from raw frames (crop, normalisation, centre-of-mass rule, ...),
     * as key-value properties. Model archives store it so a model is always applied with the recipe
     * it was trained with.
     */
    Map<String, String> recipe();

    @Override
    default void close() throws IOException {
    }
}
