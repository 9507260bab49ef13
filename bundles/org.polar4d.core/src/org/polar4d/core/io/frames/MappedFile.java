package org.polar4d.core.io.frames;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicReferenceArray;

import org.polar4d.core.io.FormatException;

/**
 * A file opened read-only and memory-mapped in overlapping windows, so that files of any size can be
 * read although one {@link MappedByteBuffer} holds at most 2 GiB. Window {@code k} maps
 * {@code [k·step, k·step + step + overlap)}; any span of at most {@code overlap} bytes lies inside a
 * single window. Windows are mapped on first use and shared by all threads; views are created per
 * read, so reads are thread-safe. Mapped pages live in the OS page cache, not on the Java heap.
 */
public final class MappedFile implements Closeable {

    /** Default window step: 1 GiB. */
    public static final long DEFAULT_STEP = 1L << 30;
    /** Default overlap and so the longest single span: 128 MiB. */
    public static final int DEFAULT_OVERLAP = 128 << 20;

    private final Path path;
    private final FileChannel channel;
    private final long size;
    private final long step;
    private final int overlap;
    private final AtomicReferenceArray<MappedByteBuffer> windows;

    public MappedFile(Path path) throws IOException {
        this(path, DEFAULT_STEP, DEFAULT_OVERLAP);
    }

    /** For tests: small windows exercise the window-crossing logic. */
    public MappedFile(Path path, long step, int overlap) throws IOException {
        if (step < 1 || overlap < 1 || step + overlap > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("window step " + step + " + overlap " + overlap + " must fit 2 GiB");
        }
        this.path = path;
        this.channel = FileChannel.open(path, StandardOpenOption.READ);
        this.size = channel.size();
        this.step = step;
        this.overlap = overlap;
        this.windows = new AtomicReferenceArray<>((int) Math.max(1, (size + step - 1) / step));
    }

    public Path path() {
        return path;
    }

    public long size() {
        return size;
    }

    /** Longest span {@link #slice} accepts. */
    public int maxSpan() {
        return overlap;
    }

    /**
     * A read-only view of {@code length} bytes at {@code offset} in the given byte order.
     *
     * @throws FormatException if the span reaches past the end of the file (truncated file)
     */
    public ByteBuffer slice(long offset, int length, ByteOrder order) throws IOException {
        if (offset < 0 || length < 0 || offset > size - length) {
            throw FormatException.atOffset(path, offset, "file ends at " + size + " bytes, but " + length
                    + " bytes are needed here (truncated file?)");
        }
        if (length > overlap) {
            throw new IllegalArgumentException("span of " + length + " bytes exceeds the window overlap " + overlap);
        }
        int k = (int) (offset / step);
        MappedByteBuffer w = window(k);
        return w.slice((int) (offset - k * step), length).order(order);
    }

    /** Reads {@code length} bytes at {@code offset} into a new array (for headers). */
    public byte[] bytes(long offset, int length) throws IOException {
        byte[] b = new byte[length];
        slice(offset, length, ByteOrder.BIG_ENDIAN).get(0, b);
        return b;
    }

    private MappedByteBuffer window(int k) throws IOException {
        MappedByteBuffer w = windows.get(k);
        if (w == null) {
            long start = k * step;
            long length = Math.min(size - start, step + overlap);
            w = channel.map(FileChannel.MapMode.READ_ONLY, start, length);
            if (!windows.compareAndSet(k, null, w)) {
                w = windows.get(k);
            }
        }
        return w;
    }

    /** Closes the channel; mappings are released by the garbage collector. */
    @Override
    public void close() throws IOException {
        channel.close();
    }
}
