package org.polar4d.core.io.hdf5;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.polar4d.core.data.ElementType;
import org.polar4d.core.data.FrameShape;
import org.polar4d.core.io.FormatException;
import org.polar4d.core.io.frames.FrameSource;
import org.polar4d.core.io.frames.MappedFile;
import org.polar4d.core.io.frames.RecordFrames;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import io.jhdf.api.dataset.ContiguousDataset;
import io.jhdf.dataset.DatasetBase;
import io.jhdf.object.datatype.DataType;
import io.jhdf.object.datatype.FixedPoint;
import io.jhdf.object.datatype.FloatingPoint;

/** jHDF access with every library failure turned into a {@link FormatException} naming file and object. */
final class Hdf5Access {

    private Hdf5Access() {
    }

    /** Closes an {@link HdfFile} once, however many frame sources share it. */
    static final class Owner {
        private final HdfFile file;
        private final AtomicBoolean closed = new AtomicBoolean();
        private volatile boolean used;

        Owner(HdfFile file) {
            this.file = file;
        }

        /** Marks the file as needed by a frame source (it then closes it). */
        void use() {
            used = true;
        }

        /** Closes the file if no frame source needs it. */
        void closeIfUnused() {
            if (!used) {
                close();
            }
        }

        HdfFile file() {
            return file;
        }

        void close() {
            if (closed.compareAndSet(false, true)) {
                file.close();
            }
        }
    }

    static HdfFile open(Path path) throws FormatException {
        try {
            return new HdfFile(path);
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            throw failure(path, "HDF5 structure", e);
        }
    }

    /** A jHDF failure (corrupt structure, unsupported filter, broken link) as a checked exception. */
    static FormatException failure(Path file, String what, Throwable e) {
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof OutOfMemoryError) {
            msg = "implausible size in the HDF5 structure (allocation failed)";
        } else if (e instanceof StackOverflowError) {
            msg = "the HDF5 structure refers to itself (too deeply nested)";
        }
        return new FormatException(file, what, "cannot read: " + msg, e instanceof Exception ? e : null);
    }

    static ElementType elementType(Path file, Dataset d) throws FormatException {
        DataType t = d.getDataType();
        if (t instanceof FixedPoint f) {
            return switch (f.getSize()) {
                case 1 -> f.isSigned() ? ElementType.I8 : ElementType.U8;
                case 2 -> f.isSigned() ? ElementType.I16 : ElementType.U16;
                case 4 -> f.isSigned() ? ElementType.I32 : ElementType.U32;
                case 8 -> f.isSigned() ? ElementType.I64 : ElementType.U64;
                default -> throw unsupported(file, d, t);
            };
        }
        if (t instanceof FloatingPoint f) {
            return switch (f.getSize()) {
                case 2 -> ElementType.F16;
                case 4 -> ElementType.F32;
                case 8 -> ElementType.F64;
                default -> throw unsupported(file, d, t);
            };
        }
        throw unsupported(file, d, t);
    }

    static ByteOrder order(Dataset d) {
        DataType t = d.getDataType();
        if (t instanceof FixedPoint f) {
            return f.getByteOrder();
        }
        return t instanceof FloatingPoint f ? f.getByteOrder() : ByteOrder.LITTLE_ENDIAN;
    }

    private static FormatException unsupported(Path file, Dataset d, DataType t) {
        return new FormatException(file, "dataset " + d.getPath(), "unsupported data type " + t.getClass().getSimpleName()
                + " of " + t.getSize() + " bytes (numeric integer or float expected)");
    }

    /** A string attribute, or null if absent or not a string. */
    static String string(Node n, String name) {
        Attribute a = n.getAttribute(name);
        if (a == null) {
            return null;
        }
        Object v = a.getData();
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof String[] arr && arr.length == 1) {
            return arr[0];
        }
        return null;
    }

    /** A numeric attribute (scalar or one-element array), or null. */
    static Double number(Node n, String name) {
        Attribute a = n == null ? null : n.getAttribute(name);
        return a == null ? null : number(a.getData());
    }

    static Double number(Object v) {
        if (v instanceof Number x) {
            return x.doubleValue();
        }
        if (v != null && v.getClass().isArray() && java.lang.reflect.Array.getLength(v) == 1) {
            return number(java.lang.reflect.Array.get(v, 0));
        }
        return null;
    }

    /**
     * The frames of a dataset of rank 2–4: contiguous data are memory-mapped directly from the file
     * (the HDF5 file is closed right away), chunked data are read through jHDF.
     *
     * @param frames how many leading frames to expose (≤ the dataset's)
     */
    static FrameSource frames(Path file, Dataset d, long frames, Owner owner) throws IOException {
        int[] dims = d.getDimensions();
        int rank = dims.length;
        FrameShape frame = new FrameShape(dims[rank - 2], dims[rank - 1]);
        ElementType type = elementType(file, d);
        ByteOrder order = order(d);
        if (d instanceof ContiguousDataset c && d.getFilters().isEmpty()) {
            Path data = d.getHdfFile().getFileAsPath();
            long start = d.getHdfFile().getUserBlockSize() + c.getDataAddress();
            long bytes = frames * frame.pixels() * (long) type.bytes();
            MappedFile mapped = new MappedFile(data);
            if (c.getDataAddress() < 0 || start > mapped.size() - bytes) {
                mapped.close();
                throw FormatException.atOffset(data, start, "dataset " + d.getPath() + " needs " + bytes
                        + " bytes here, but the file has " + mapped.size() + " (truncated?)");
            }
            return RecordFrames.single(mapped, start, frames, (long) frame.pixels() * type.bytes(), 0, frame, type,
                    order);
        }
        if (!(d instanceof DatasetBase base)) {
            throw new FormatException(file, "dataset " + d.getPath(), "unsupported dataset implementation");
        }
        return new Hdf5Frames(base, file, frames, frame, type, order, owner);
    }
}
