package org.polar4d.core.io.hdf5;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An object of an HDF5 file being written by {@link Hdf5Writer}: a group or a dataset with attributes.
 * Attribute values are {@link String} (variable-length UTF-8), {@link Long} (int64) or {@link Double}
 * (float64).
 */
abstract sealed class H5Node permits H5Node.Group, H5Node.Data {

    final String name;
    final Map<String, Object> attributes = new LinkedHashMap<>();

    H5Node(String name) {
        this.name = name;
    }

    H5Node attr(String key, Object value) {
        if (!(value instanceof String || value instanceof Long || value instanceof Double)) {
            throw new IllegalArgumentException("attribute " + key + ": unsupported value " + value);
        }
        attributes.put(key, value);
        return this;
    }

    /** A group: child groups and datasets in insertion order. */
    static final class Group extends H5Node {
        final List<H5Node> children = new ArrayList<>();

        Group(String name) {
            super(name);
        }

        Group group(String childName) {
            Group g = new Group(childName);
            children.add(g);
            return g;
        }

        Data data(String childName, H5Type type, long[] dims, Object values) {
            Data d = new Data(childName, type, dims, values, -1);
            children.add(d);
            return d;
        }

        /** The one large dataset whose elements are streamed after the metadata. */
        Data streamed(String childName, H5Type type, long[] dims) {
            long n = type.size();
            for (long x : dims) {
                n = Math.multiplyExact(n, x);
            }
            Data d = new Data(childName, type, dims, null, n);
            children.add(d);
            return d;
        }
    }

    /**
     * A dataset: small ones hold their values (stored compactly in the object header), the streamed
     * one only its byte size (stored contiguously after all metadata).
     *
     * @param values {@code double[]}, {@code long[]}, a {@link String} or {@link Boolean} (scalars when
     *        {@code dims} is null)
     */
    static final class Data extends H5Node {
        final H5Type type;
        final long[] dims;
        final Object values;
        final long streamedBytes;

        Data(String name, H5Type type, long[] dims, Object values, long streamedBytes) {
            super(name);
            this.type = type;
            this.dims = dims;
            this.values = values;
            this.streamedBytes = streamedBytes;
        }

        boolean isStreamed() {
            return streamedBytes >= 0;
        }
    }
}
