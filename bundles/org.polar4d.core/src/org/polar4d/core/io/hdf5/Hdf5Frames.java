package org.polar4d.core.io.hdf5;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;

import org.polar4d.core.data.ElementType;
import org.polar4d.core.data.FrameRange;
import org.polar4d.core.data.FrameShape;
import org.polar4d.core.io.FormatException;
import org.polar4d.core.io.frames.ElementCodec;
import org.polar4d.core.io.frames.FrameSource;
import org.polar4d.core.io.frames.ScanRectangles;

import io.jhdf.dataset.CompactDataset;
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
    /** The data of a compact dataset, which jHDF cannot slice; null otherwise. */
    private final ByteBuffer compact;

    Hdf5Frames(DatasetBase dataset, Path file, long frames, FrameShape frame, ElementType type, ByteOrder order,
            Hdf5Access.Owner owner) throws FormatException {
        this.dataset = dataset;
        this.owner = owner;
        owner.use();
        this.compact = dataset instanceof CompactDataset ? compactBuffer(dataset, file) : null;
        this.file = file;
        this.dims = dataset.getDimensionsAsLong();
        this.frames = frames;
        this.frame = frame;
        this.type = type;
        this.order = order;
    }

    private static ByteBuffer compactBuffer(DatasetBase dataset, Path file) throws FormatException {
        try {
            return dataset.getDataBuffer().slice();
        } catch (RuntimeException e) {
            throw Hdf5Access.failure(file, dataset.getPath(), e);
        }
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
        FrameRange.check(first, count, frames);
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
        ScanRectangles.split(first, count, cols, (row, rows, col0, col1) -> {
            int n = (int) rows * (col1 - col0);
            slab.decode(read(new long[] {row, col0, 0, 0}, new int[] {(int) rows, col1 - col0, h, w}), n * pixels,
                    (int) (row * cols + col0 - first) * pixels);
        });
    }

    private ByteBuffer read(long[] offset, int[] shape) throws IOException {
        try {
            if (compact != null) {
                return compactSlab(offset, shape);
            }
            ByteBuffer b;
            synchronized (dataset) {
                b = dataset.getSliceDataBuffer(offset, shape);
            }
            return b.slice().order(order);
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // jHDF sizes its chunk buffers from the file: a corrupt chunk record asks for an absurd buffer
            throw Hdf5Access.failure(file, dataset.getPath(), e);
        }
    }

    /** Whole frames of a compact dataset (held in its object header, at most 64 KiB): a slice of the buffer. */
    private ByteBuffer compactSlab(long[] offset, int[] shape) {
        long frame = (long) this.frame.pixels() * type.bytes();
        long first = dims.length == 4 ? offset[0] * dims[1] + offset[1] : dims.length == 3 ? offset[0] : 0;
        long count = 1;
        for (int i = 0; i < shape.length - 2; i++) {
            count *= shape[i];
        }
        return compact.slice((int) (first * frame), (int) (count * frame)).order(order);
    }

    @Override
    public void close() {
        owner.close();
    }
}
