package org.polar4d.core.patterns;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Receives the patterns of a set of known size, in any slot order and from several threads at
 * once ({@link #put} is thread-safe for distinct slots), and turns them into a {@link PatternSet}.
 * Closing a sink that was not finished discards what was written.
 */
public interface PatternSink extends Closeable {

    /**
     * Stores one pattern and its metadata in {@code slot}.
     *
     * @param pattern {@code height × width} floats starting at {@code offset}
     */
    void put(int slot, float[] pattern, int offset, int label, int sourceIndex, int row, int col) throws IOException;

    /** Completes the set; every slot must have been put. The sink must not be used afterwards. */
    PatternSet finish(List<String> sources, Map<String, String> recipe) throws IOException;

    /** Discards the patterns unless {@link #finish} completed. */
    @Override
    void close() throws IOException;
}
