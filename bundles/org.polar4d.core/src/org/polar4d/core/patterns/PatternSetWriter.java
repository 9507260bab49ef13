package org.polar4d.core.patterns;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.polar4d.core.io.frames.AtomicOutput;

/**
 * Writes a {@link PatternSetFile}: patterns go straight to a temporary file (positional writes,
 * thread-safe for distinct slots, no heap copy of the set); {@link #finish} adds metadata and
 * header and moves the file into place atomically.
 */
public final class PatternSetWriter implements PatternSink {

    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final int count;
    private final int height;
    private final int width;
    private final int[] labels;
    private final int[] sourceIndex;
    private final int[] rows;
    private final int[] cols;
    private final ThreadLocal<ByteBuffer> buffers;
    private boolean finished;

    PatternSetWriter(Path target, int count, int height, int width) throws IOException {
        if (count < 0 || height < 1 || width < 1) {
            throw new IllegalArgumentException("invalid pattern set shape " + count + " x " + height + "x" + width);
        }
        this.target = target.toAbsolutePath();
        this.temp = AtomicOutput.newTempFile(this.target);
        this.channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.READ);
        this.count = count;
        this.height = height;
        this.width = width;
        this.labels = new int[count];
        Arrays.fill(labels, Integer.MIN_VALUE); // marks slots not yet written
        this.sourceIndex = new int[count];
        this.rows = new int[count];
        this.cols = new int[count];
        int bytes = 4 * height * width;
        this.buffers = ThreadLocal.withInitial(() -> ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN));
    }

    @Override
    public void put(int slot, float[] pattern, int offset, int label, int source, int row, int col) throws IOException {
        if (slot < 0 || slot >= count) {
            throw new IllegalArgumentException("slot " + slot + " outside 0.." + (count - 1));
        }
        if (label < PatternSet.NO_LABEL || label > 7) {
            throw new IllegalArgumentException("label must be -1 (none) or 0..7, got " + label);
        }
        int n = height * width;
        ByteBuffer b = buffers.get();
        b.clear();
        b.asFloatBuffer().put(pattern, offset, n);
        b.limit(4 * n);
        PatternSetFile.writeFully(channel, b, PatternSetFile.HEADER_BYTES + 4L * n * slot);
        labels[slot] = label;
        sourceIndex[slot] = source;
        rows[slot] = row;
        cols[slot] = col;
    }

    @Override
    public MappedPatternSet finish(List<String> sources, Map<String, String> recipe) throws IOException {
        for (int i = 0; i < count; i++) {
            if (labels[i] == Integer.MIN_VALUE) {
                throw new IllegalStateException("pattern " + i + " of " + count + " was never written to " + target);
            }
            if (sourceIndex[i] < 0 || sourceIndex[i] >= sources.size()) {
                throw new IllegalArgumentException("pattern " + i + " refers to source " + sourceIndex[i] + " but only "
                        + sources.size() + " sources are named");
            }
        }
        long metaOffset = PatternSetFile.HEADER_BYTES + 4L * height * width * count;
        ByteBuffer meta = ByteBuffer.allocate(16 * count).order(ByteOrder.LITTLE_ENDIAN);
        for (int[] column : new int[][] {labels, sourceIndex, rows, cols}) {
            meta.asIntBuffer().put(column);
            meta.position(meta.position() + 4 * count);
        }
        meta.flip();
        PatternSetFile.writeFully(channel, meta, metaOffset);
        long propsOffset = metaOffset + 16L * count;
        byte[] props = PatternSetFile.properties(sources, recipe).getBytes(StandardCharsets.UTF_8);
        PatternSetFile.writeFully(channel, ByteBuffer.wrap(props), propsOffset);
        PatternSetFile.writeFully(channel,
                PatternSetFile.header(height, width, count, metaOffset, propsOffset, props.length), 0);
        channel.truncate(propsOffset + props.length);
        channel.force(true);
        channel.close();
        AtomicOutput.moveIntoPlace(temp, target);
        finished = true;
        return MappedPatternSet.open(target);
    }

    /** The file this writer replaces when it finishes. */
    public Path target() {
        return target;
    }

    @Override
    public void close() throws IOException {
        if (!finished) {
            channel.close();
            Files.deleteIfExists(temp);
        }
    }
}
