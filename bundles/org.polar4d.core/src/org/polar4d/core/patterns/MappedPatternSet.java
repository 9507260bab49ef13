package org.polar4d.core.patterns;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link PatternSetFile} opened read-only. Pattern data stay in the file and are memory-mapped in
 * chunks of at most 1 GiB, so sets far larger than the heap work; only the per-pattern metadata
 * (16 bytes per pattern) is held in the heap. Reads are thread-safe.
 */
public final class MappedPatternSet implements PatternSet {

    private static final long CHUNK_BYTES = 1L << 30;

    private final Path file;
    private final int height;
    private final int width;
    private final int count;
    private final int patternsPerChunk;
    private final FloatBuffer[] chunks;
    private final int[] labels;
    private final int[] sourceIndex;
    private final int[] rows;
    private final int[] cols;
    private final List<String> sources;
    private final Map<String, String> recipe;

    private MappedPatternSet(Path file, int height, int width, int count, FloatBuffer[] chunks, int patternsPerChunk,
            int[][] meta, List<String> sources, Map<String, String> recipe) {
        this.file = file;
        this.height = height;
        this.width = width;
        this.count = count;
        this.chunks = chunks;
        this.patternsPerChunk = patternsPerChunk;
        this.labels = meta[0];
        this.sourceIndex = meta[1];
        this.rows = meta[2];
        this.cols = meta[3];
        this.sources = sources;
        this.recipe = recipe;
    }

    static MappedPatternSet open(Path file) throws IOException {
        return open(file, CHUNK_BYTES);
    }

    /** Opens with mappings of at most {@code chunkBytes} (rounded to whole patterns); for tests. */
    static MappedPatternSet open(Path file, long chunkBytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer h = readAt(ch, 0, (int) Math.min(PatternSetFile.HEADER_BYTES, size), file, "header");
            byte[] magic = new byte[PatternSetFile.MAGIC.length];
            if (h.remaining() < 64) {
                throw bad(file, "file is " + size + " bytes, shorter than the 64-byte header");
            }
            h.get(magic);
            if (!Arrays.equals(magic, PatternSetFile.MAGIC)) {
                throw bad(file, "not a Polar4D pattern-set file (magic at offset 0 does not match)");
            }
            int version = h.getInt();
            if (version != PatternSetFile.VERSION) {
                throw bad(file, "format version " + version + " at offset 16 is not supported (expected "
                        + PatternSetFile.VERSION + ")");
            }
            int height = h.getInt();
            int width = h.getInt();
            int count = h.getInt();
            long dataOffset = h.getLong();
            long metaOffset = h.getLong();
            long propsOffset = h.getLong();
            int propsLength = h.getInt();
            if (height < 1 || width < 1 || count < 0) {
                throw bad(file, "invalid shape in header (height " + height + ", width " + width + ", count " + count + ")");
            }
            long dataBytes = 4L * height * width * count;
            if (dataOffset != PatternSetFile.HEADER_BYTES || metaOffset != dataOffset + dataBytes
                    || propsOffset != metaOffset + 16L * count || propsLength < 0
                    || size != propsOffset + propsLength) {
                throw bad(file, "header offsets (data " + dataOffset + ", metadata " + metaOffset + ", properties "
                        + propsOffset + "+" + propsLength + ") do not match " + count + " patterns of " + height + "x"
                        + width + " in a file of " + size + " bytes (truncated or corrupt)");
            }
            int[][] meta = readMeta(ch, metaOffset, count, file);
            Map<String, String> props = PropertiesText.parse(
                    StandardCharsets.UTF_8.decode(readAt(ch, propsOffset, propsLength, file, "properties")).toString());
            List<String> sources = sources(props, file);
            validateMeta(meta, sources.size(), file);
            long patternBytes = 4L * height * width;
            int perChunk = (int) Math.max(1, Math.min(count, chunkBytes / patternBytes));
            FloatBuffer[] chunks = new FloatBuffer[count == 0 ? 0 : (count + perChunk - 1) / perChunk];
            for (int c = 0; c < chunks.length; c++) {
                long first = (long) c * perChunk;
                long n = Math.min(perChunk, count - first);
                chunks[c] = ch.map(FileChannel.MapMode.READ_ONLY, dataOffset + first * patternBytes, n * patternBytes)
                        .order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
            }
            return new MappedPatternSet(file, height, width, count, chunks, perChunk, meta, sources, recipe(props));
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "pattern-set file does not exist");
        }
    }

    private static ByteBuffer readAt(FileChannel ch, long position, int length, Path file, String what)
            throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        long pos = position;
        while (b.hasRemaining()) {
            int n = ch.read(b, pos);
            if (n < 0) {
                throw bad(file, "file ends inside the " + what + " at offset " + pos);
            }
            pos += n;
        }
        return b.flip();
    }

    private static int[][] readMeta(FileChannel ch, long offset, int count, Path file) throws IOException {
        ByteBuffer b = readAt(ch, offset, 16 * count, file, "metadata");
        int[][] meta = new int[4][count];
        for (int[] column : meta) {
            b.asIntBuffer().get(column);
            b.position(b.position() + 4 * count);
        }
        return meta;
    }

    private static void validateMeta(int[][] meta, int sourceCount, Path file) throws IOException {
        for (int i = 0; i < meta[0].length; i++) {
            if (meta[0][i] < NO_LABEL || meta[0][i] > 7) {
                throw bad(file, "label of pattern " + i + " is " + meta[0][i] + ", expected -1..7");
            }
            if (meta[1][i] < 0 || meta[1][i] >= sourceCount) {
                throw bad(file, "source index of pattern " + i + " is " + meta[1][i] + ", but the file names "
                        + sourceCount + " sources");
            }
        }
    }

    private static List<String> sources(Map<String, String> props, Path file) throws IOException {
        List<String> sources = new ArrayList<>();
        for (int i = 0; props.containsKey(PatternSetFile.SOURCE_KEY + i); i++) {
            sources.add(props.get(PatternSetFile.SOURCE_KEY + i));
        }
        long named = props.keySet().stream().filter(k -> k.startsWith(PatternSetFile.SOURCE_KEY)).count();
        if (named != sources.size()) {
            throw bad(file, "source names are not numbered 0.." + (named - 1) + " in the properties");
        }
        return Collections.unmodifiableList(sources);
    }

    private static Map<String, String> recipe(Map<String, String> props) {
        Map<String, String> recipe = new LinkedHashMap<>();
        props.forEach((k, v) -> {
            if (k.startsWith(PatternSetFile.RECIPE_KEY)) {
                recipe.put(k.substring(PatternSetFile.RECIPE_KEY.length()), v);
            }
        });
        return Collections.unmodifiableMap(recipe);
    }

    private static IOException bad(Path file, String message) {
        return new IOException(file + ": " + message);
    }

    /** The file this set was opened from. */
    public Path file() {
        return file;
    }

    @Override
    public int size() {
        return count;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public void read(int index, float[] dst, int offset) {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("pattern " + index + " outside 0.." + (count - 1) + " of " + file);
        }
        int n = height * width;
        FloatBuffer chunk = chunks[index / patternsPerChunk];
        if (chunk == null) {
            throw new IllegalStateException(file + " is closed");
        }
        chunk.get((index % patternsPerChunk) * n, dst, offset, n);
    }

    @Override
    public int label(int index) {
        return labels[index];
    }

    @Override
    public int sourceIndex(int index) {
        return sourceIndex[index];
    }

    @Override
    public int row(int index) {
        return rows[index];
    }

    @Override
    public int col(int index) {
        return cols[index];
    }

    @Override
    public List<String> sources() {
        return sources;
    }

    @Override
    public Map<String, String> recipe() {
        return recipe;
    }

    /**
     * Drops this set's references to the mapping; the JDK unmaps when the buffers are collected.
     * Reads after closing fail.
     */
    @Override
    public void close() {
        Arrays.fill(chunks, null);
    }
}
