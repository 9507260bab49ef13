package org.polar4d.core.patterns;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;

/**
 * The pattern-set file format ({@value #EXTENSION}): one self-describing file that the CLI writes
 * and KNIME nodes pass along. All numbers little-endian.
 *
 * <pre>
 * offset 0     16-byte magic "POLAR4D-PATSET1\n" (so `head -c 16` identifies the file)
 *        16    int32 format version (1)
 *        20    int32 height, int32 width, int32 count
 *        32    int64 data offset (4096), int64 metadata offset, int64 properties offset
 *        56    int32 properties length in bytes; zero padding up to 4096
 * 4096         count × height × width float32 patterns, row-major
 * metadata     int32[count] labels (-1 = none, 0..7), int32[count] source index,
 *              int32[count] scan row, int32[count] scan column
 * properties   UTF-8 key=value lines (java.util.Properties syntax): "set.source.&lt;i&gt;" = source
 *              names, "recipe.&lt;key&gt;" = {@link PatternSet#recipe()} entries
 * </pre>
 *
 * Files are written to a temporary file next to the target and moved into place when complete,
 * so a reader never sees a half-written set.
 */
public final class PatternSetFile {

    public static final String EXTENSION = ".p4ps";
    static final byte[] MAGIC = "POLAR4D-PATSET1\n".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    static final int HEADER_BYTES = 4096;
    static final String SOURCE_KEY = "set.source.";
    static final String RECIPE_KEY = "recipe.";

    private PatternSetFile() {
    }

    /** Opens a writer for a new set at {@code file} (replaced when the writer finishes). */
    public static PatternSetWriter create(Path file, int count, int height, int width) throws IOException {
        return new PatternSetWriter(file, count, height, width);
    }

    /** Opens a set file read-only, memory-mapped. */
    public static MappedPatternSet open(Path file) throws IOException {
        return MappedPatternSet.open(file);
    }

    /** Writes any pattern set to a file (e.g. a concatenation of sets) and opens the result. */
    public static MappedPatternSet write(PatternSet set, Path file, Progress progress)
            throws IOException, CanceledException {
        try (PatternSetWriter writer = create(file, set.size(), set.height(), set.width())) {
            float[] buffer = new float[set.pixels()];
            for (int i = 0; i < set.size(); i++) {
                if (i % 256 == 0) {
                    progress.checkCanceled();
                    progress.update((double) i / set.size(), i + " / " + set.size() + " patterns");
                }
                set.read(i, buffer, 0);
                writer.put(i, buffer, 0, set.label(i), set.sourceIndex(i), set.row(i), set.col(i));
            }
            return writer.finish(set.sources(), set.recipe());
        }
    }

    static ByteBuffer header(int height, int width, int count, long metaOffset, long propsOffset, int propsLength) {
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).putInt(VERSION).putInt(height).putInt(width).putInt(count);
        b.putLong(HEADER_BYTES).putLong(metaOffset).putLong(propsOffset).putInt(propsLength);
        b.position(0);
        return b;
    }

    static String properties(List<String> sources, Map<String, String> recipe) {
        Map<String, String> all = new java.util.TreeMap<>();
        for (int i = 0; i < sources.size(); i++) {
            all.put(SOURCE_KEY + i, sources.get(i));
        }
        recipe.forEach((k, v) -> all.put(RECIPE_KEY + k, v));
        return PropertiesText.format(all);
    }

    static void writeFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long pos = position;
        while (buffer.hasRemaining()) {
            pos += channel.write(buffer, pos);
        }
    }
}
