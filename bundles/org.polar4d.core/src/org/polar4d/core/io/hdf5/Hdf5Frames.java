package org.polar4d.core.io.hdf5;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;

import org.polar4d.core.data.ElementType;
import org.polar4d.core.data.FrameShape;
import org.polar4d.core.io.FormatException;
import org.polar4d.core.io.frames.ElementCodec;
import org.polar4d.core.io.frames.FrameSource;

import io.jhdf.dataset.DatasetBase;

/**
 * Frames of a chunked (possibly compressed) HDF5 dataset of rank 2 (one frame), 3 (frames, h, w) or 4
 * (rows, cols, h, w), read through jHDF as hyperslabs of whole frames; jHDF decompresses only the chunks
 * a slab touches. Elements are converted per block from the stored bytes, so jHDF's widening of
 * unsigned types never materialises. Reads of one dataset are serialised.
 */
final class Hdf5Frames implements FrameSource {

    private final DatasetBase dataset;
    private final Path file;
    private final long[] dims;
    private final FrameShape frame;
    private final ElementType type;
    private final ByteOrder order;
    private final long frames;
    private final Hdf5Access.Owner owner;

    Hdf5Frames(DatasetBase dataset, Path file, long frames, FrameShape frame, ElementType type, ByteOrder order,
            Hdf5Access.Owner owner) {
        this.dataset = dataset;
        this.owner = owner;
        owner.use();
        this.file = file;
        this.dims = dataset.getDimensionsAsLong();
        this.frames = frames;
        this.frame = frame;
        this.type = type;
        this.order = order;
    }

    @Override
    public long frameCount() {
        return frames;
    }

    @Override
    public FrameShape frameShape() {
        return frame;
    }

    @Override
    public ElementType elementType() {
        return type;
    }

    @Override
    public List<Path> files() {
        return List.of(file);
    }

    @Override
    public void read(long first, int count, float[] dst, int offset) throws IOException {
        each(first, count, (buf, n, at) -> ElementCodec.decode(buf, type, n, dst, offset + at));
    }

    @Override
    public void readExact(long first, int count, double[] dst, int offset) throws IOException {
        each(first, count, (buf, n, at) -> ElementCodec.decode(buf, type, n, dst, offset + at));
    }

    @FunctionalInterface
    private interface Slab {
        void decode(ByteBuffer buf, int elements, int at);
    }

    /** Splits the frame range into hyperslabs of whole frames (partial and whole scan rows for rank 4). */
    private void each(long first, int count, Slab slab) throws IOException {
        if (first < 0 || count < 0 || first > frames - count) {
            throw new IndexOutOfBoundsException("frames " + first + ".." + (first + count) + " outside 0.." + frames);
        }
        int pixels = frame.pixels();
        int h = frame.height();
        int w = frame.width();
        if (dims.length == 2) {
            slab.decode(read(new long[] {0, 0}, new int[] {h, w}), pixels, 0);
            return;
        }
        if (dims.length == 3) {
            slab.decode(read(new long[] {first, 0, 0}, new int[] {count, h, w}), count * pixels, 0);
            return;
        }
        long cols = dims[1];
        long index = first;
        long end = first + count;
        while (index < end) {
            long row = index / cols;
            long col = index % cols;
            int rows;
            int n;
            if (col == 0 && end - index >= cols) {
                rows = (int) ((end - index) / cols);
                n = (int) (rows * cols);
                slab.decode(read(new long[] {row, 0, 0, 0}, new int[] {rows, (int) cols, h, w}), n * pixels,
                        (int) (index - first) * pixels);
            } else {
                n = (int) Math.min(cols - col, end - index);
                slab.decode(read(new long[] {row, col, 0, 0}, new int[] {1, n, h, w}), n * pixels,
                        (int) (index - first) * pixels);
            }
            index += n;
        }
    }

    private ByteBuffer read(long[] offset, int[] shape) throws IOException {
        try {
            ByteBuffer b;
            synchronized (dataset) {
                b = dataset.getSliceDataBuffer(offset, shape);
            }
            return b.slice().order(order);
        } catch (RuntimeException e) {
            throw Hdf5Access.failure(file, dataset.getPath(), e);
        }
    }

    @Override
    public void close() {
        owner.close();
    }
}
