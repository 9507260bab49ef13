package org.polar4d.core.io.hdf5;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.jhdf.checksum.JenkinsLookup3HashLittle;

/**
 * A small HDF5 writer for what Polar4D exports: groups, attributes (variable-length UTF-8 strings,
 * int64, float64), small datasets stored compactly and one large dataset stored contiguously whose
 * elements are streamed after all metadata, so that files of any size are written with bounded memory.
 *
 * <p>Layout (HDF5 1.8+ format, readable by h5py, HDF5 ≥ 1.8 and jHDF): superblock version 2, one global
 * heap collection holding every string, version-2 object headers (groups with compact link storage),
 * then the streamed data. Checksums are Jenkins lookup3 (from jHDF).
 */
final class Hdf5Writer {

    private static final long UNDEFINED = -1L;
    private static final int SUPERBLOCK = 48;
    private static final int DATA_ALIGNMENT = 4096;

    private final H5Node.Group root;
    private final Map<String, Integer> heapIndex = new LinkedHashMap<>();
    private final Map<H5Node, Long> address = new IdentityHashMap<>();
    private final List<H5Node> order = new ArrayList<>();
    private long heapAddress;
    private long heapSize;
    private long dataAddress = UNDEFINED;
    private long endOfFile;

    Hdf5Writer(H5Node.Group root) {
        this.root = root;
    }

    /** Where the streamed dataset's elements start (valid after {@link #writeMetadata}). */
    long dataAddress() {
        return dataAddress;
    }

    /**
     * Writes superblock, global heap and object headers; the caller then writes the streamed dataset's
     * bytes from {@link #dataAddress()} on.
     */
    void writeMetadata(FileChannel ch) throws IOException {
        collect(root);
        heapAddress = SUPERBLOCK;
        heapSize = heapCollectionSize();
        long at = heapAddress + heapSize;
        for (H5Node n : order) {
            address.put(n, at);
            at += objectHeader(n).length;
        }
        long streamed = 0;
        for (H5Node n : order) {
            if (n instanceof H5Node.Data d && d.isStreamed()) {
                streamed = d.streamedBytes;
            }
        }
        dataAddress = (at + DATA_ALIGNMENT - 1) / DATA_ALIGNMENT * DATA_ALIGNMENT;
        endOfFile = dataAddress + streamed;
        write(ch, 0, superblock());
        write(ch, heapAddress, heapCollection());
        for (H5Node n : order) {
            write(ch, address.get(n), objectHeader(n));
        }
        if (streamed == 0) {
            ch.truncate(dataAddress);
            write(ch, dataAddress - 1, new byte[1]);
        }
    }

    /** The file size once the streamed data is written. */
    long endOfFile() {
        return endOfFile;
    }

    private void collect(H5Node n) {
        order.add(n);
        for (Object v : n.attributes.values()) {
            if (v instanceof String s) {
                heapIndex.putIfAbsent(s, heapIndex.size() + 1);
            }
        }
        if (n instanceof H5Node.Data d && d.values instanceof String s) {
            heapIndex.putIfAbsent(s, heapIndex.size() + 1);
        }
        if (n instanceof H5Node.Group g) {
            for (H5Node c : g.children) {
                collect(c);
            }
        }
    }

    private static long pad8(long n) {
        return (n + 7) / 8 * 8;
    }

    private long heapUsed() {
        long used = 16;
        for (String s : heapIndex.keySet()) {
            used += 16 + pad8(utf8(s).length);
        }
        return used;
    }

    private long heapCollectionSize() {
        return Math.max(4096, pad8(heapUsed() + 16));
    }

    private byte[] heapCollection() {
        ByteBuffer b = le((int) heapSize);
        b.put("GCOL".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put(new byte[3]).putLong(heapSize);
        for (Map.Entry<String, Integer> e : heapIndex.entrySet()) {
            byte[] s = utf8(e.getKey());
            b.putShort((short) (int) e.getValue()).putShort((short) 1).putInt(0).putLong(s.length).put(s);
            b.position((int) (b.position() + pad8(s.length) - s.length));
        }
        b.putShort((short) 0).putShort((short) 0).putInt(0).putLong(heapSize - heapUsed());
        return b.array();
    }

    private byte[] superblock() {
        ByteBuffer b = le(SUPERBLOCK);
        b.put(new byte[] {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'});
        b.put((byte) 2).put((byte) 8).put((byte) 8).put((byte) 0);
        b.putLong(0).putLong(UNDEFINED).putLong(endOfFile).putLong(address.get(root));
        b.putInt(checksum(b.array(), SUPERBLOCK - 4));
        return b.array();
    }

    /** A version-2 object header with all messages of a group or dataset. */
    private byte[] objectHeader(H5Node n) {
        List<byte[]> messages = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        if (n instanceof H5Node.Group g) {
            add(messages, types, 0x02, linkInfo());
            add(messages, types, 0x0A, new byte[] {0, 0});
            for (H5Node c : g.children) {
                add(messages, types, 0x06, link(c.name, address.getOrDefault(c, 0L)));
            }
        } else {
            H5Node.Data d = (H5Node.Data) n;
            add(messages, types, 0x01, dataspace(d.dims));
            add(messages, types, 0x03, d.type.message());
            add(messages, types, 0x05, new byte[] {3, 0x09});
            add(messages, types, 0x08, d.isStreamed() ? contiguousLayout(d.streamedBytes) : compactLayout(d));
        }
        for (Map.Entry<String, Object> a : n.attributes.entrySet()) {
            add(messages, types, 0x0C, attribute(a.getKey(), a.getValue()));
        }
        int body = 0;
        for (byte[] m : messages) {
            body += 4 + m.length;
        }
        ByteBuffer b = le(4 + 1 + 1 + 4 + body + 4);
        b.put("OHDR".getBytes(StandardCharsets.US_ASCII)).put((byte) 2).put((byte) 0x02).putInt(body);
        for (int i = 0; i < messages.size(); i++) {
            byte[] m = messages.get(i);
            b.put((byte) (int) types.get(i)).putShort((short) m.length).put((byte) 0).put(m);
        }
        b.putInt(checksum(b.array(), b.position()));
        return b.array();
    }

    private static void add(List<byte[]> messages, List<Integer> types, int type, byte[] m) {
        if (m.length > 0xFFFF) {
            throw new IllegalArgumentException("HDF5 message of " + m.length + " bytes is too large");
        }
        messages.add(m);
        types.add(type);
    }

    private static byte[] linkInfo() {
        return le(18).put((byte) 0).put((byte) 0).putLong(UNDEFINED).putLong(UNDEFINED).array();
    }

    private static byte[] link(String name, long target) {
        byte[] n = utf8(name);
        if (n.length > 255) {
            throw new IllegalArgumentException("link name too long: " + name);
        }
        return le(3 + n.length + 8).put((byte) 1).put((byte) 0).put((byte) n.length).put(n).putLong(target).array();
    }

    private static byte[] dataspace(long[] dims) {
        if (dims == null) {
            return new byte[] {2, 0, 0, 0};
        }
        ByteBuffer b = le(4 + 8 * dims.length).put((byte) 2).put((byte) dims.length).put((byte) 0).put((byte) 1);
        for (long d : dims) {
            b.putLong(d);
        }
        return b.array();
    }

    private byte[] contiguousLayout(long size) {
        return le(18).put((byte) 3).put((byte) 1).putLong(dataAddress).putLong(size).array();
    }

    private byte[] compactLayout(H5Node.Data d) {
        byte[] raw = encode(d.type, d.values);
        return le(4 + raw.length).put((byte) 3).put((byte) 0).putShort((short) raw.length).put(raw).array();
    }

    private byte[] attribute(String name, Object value) {
        byte[] n = utf8(name + "\0");
        H5Type type = value instanceof String ? H5Type.VLEN_STRING : value instanceof Long ? H5Type.I64 : H5Type.F64;
        byte[] dt = type.message();
        byte[] ds = dataspace(null);
        byte[] data = encode(type, value);
        return le(1 + 1 + 2 + 2 + 2 + 1 + n.length + dt.length + ds.length + data.length).put((byte) 3).put((byte) 0)
                .putShort((short) n.length).putShort((short) dt.length).putShort((short) ds.length).put((byte) 1)
                .put(n).put(dt).put(ds).put(data).array();
    }

    /** Encodes a scalar or array value in the little-endian file representation of {@code type}. */
    private byte[] encode(H5Type type, Object v) {
        if (v instanceof String s) {
            return le(16).putInt(utf8(s).length).putLong(heapAddress).putInt(heapIndex.get(s)).array();
        }
        if (v instanceof Boolean flag) {
            return new byte[] {(byte) (flag ? 1 : 0)};
        }
        if (v instanceof Long l) {
            return le(8).putLong(l).array();
        }
        if (v instanceof Double d) {
            return le(8).putDouble(d).array();
        }
        if (v instanceof double[] a && type == H5Type.F64) {
            ByteBuffer b = le(8 * a.length);
            for (double x : a) {
                b.putDouble(x);
            }
            return b.array();
        }
        if (v instanceof long[] a && type == H5Type.I64) {
            ByteBuffer b = le(8 * a.length);
            for (long x : a) {
                b.putLong(x);
            }
            return b.array();
        }
        throw new IllegalArgumentException("cannot encode " + v + " as " + type);
    }

    /** Jenkins lookup3 over the first {@code length} bytes, as HDF5 checksums metadata. */
    private static int checksum(byte[] bytes, int length) {
        return JenkinsLookup3HashLittle.hash(java.util.Arrays.copyOf(bytes, length));
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void write(FileChannel ch, long at, byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) {
            at += ch.write(b, at);
        }
    }
}
