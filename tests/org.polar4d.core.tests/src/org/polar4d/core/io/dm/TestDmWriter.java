package org.polar4d.core.io.dm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes minimal but valid DM4 (or DM3) files for the tests, independently of the reader: a tag tree
 * with a 2-D thumbnail and one image with Dimensions, DataType, Data, Calibrations and ImageTags.
 */
final class TestDmWriter {

    /** A tag: a directory (children) or data (type info + payload). */
    static final class Tag {
        final String name;
        final List<Tag> children;
        final long[] info;
        final byte[] payload;

        private Tag(String name, List<Tag> children, long[] info, byte[] payload) {
            this.name = name;
            this.children = children;
            this.info = info;
            this.payload = payload;
        }

        static Tag dir(String name, Tag... children) {
            return new Tag(name, new ArrayList<>(List.of(children)), null, null);
        }

        static Tag data(String name, long[] info, byte[] payload) {
            return new Tag(name, null, info, payload);
        }
    }

    private final int version;
    private final ByteOrder order;

    TestDmWriter(int version, ByteOrder order) {
        this.version = version;
        this.order = order;
    }

    Tag ulong(String name, long v) {
        return Tag.data(name, new long[] {5}, buf(4).putInt((int) v).array());
    }

    Tag longTag(String name, long v) {
        return Tag.data(name, new long[] {3}, buf(4).putInt((int) v).array());
    }

    Tag bool(String name, boolean v) {
        return Tag.data(name, new long[] {8}, new byte[] {(byte) (v ? 1 : 0)});
    }

    Tag floatTag(String name, float v) {
        return Tag.data(name, new long[] {6}, buf(4).putFloat(v).array());
    }

    Tag doubleTag(String name, double v) {
        return Tag.data(name, new long[] {7}, buf(8).putDouble(v).array());
    }

    Tag text(String name, String s) {
        ByteBuffer b = buf(2 * s.length());
        for (char c : s.toCharArray()) {
            b.putChar(c);
        }
        return Tag.data(name, new long[] {20, 4, s.length()}, b.array());
    }

    /** An array tag of {@code count} elements of DM type {@code elementType}. */
    Tag array(String name, int elementType, long count, byte[] payload) {
        return Tag.data(name, new long[] {20, elementType, count}, payload);
    }

    ByteBuffer buf(int n) {
        return ByteBuffer.allocate(n).order(order);
    }

    void write(Path p, Tag root) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        directory(body, root);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer h = ByteBuffer.allocate(version == 4 ? 16 : 12).order(ByteOrder.BIG_ENDIAN);
        h.putInt(version);
        if (version == 4) {
            h.putLong(body.size());
        } else {
            h.putInt(body.size());
        }
        h.putInt(order == ByteOrder.LITTLE_ENDIAN ? 1 : 0);
        out.write(h.array());
        out.write(body.toByteArray());
        out.write(new byte[8]);
        Files.write(p, out.toByteArray());
    }

    private void directory(ByteArrayOutputStream out, Tag dir) throws IOException {
        out.write(new byte[] {1, 0});
        length(out, dir.children.size());
        for (Tag t : dir.children) {
            byte[] content = content(t);
            out.write(t.children != null ? 20 : 21);
            byte[] name = t.name.getBytes(StandardCharsets.ISO_8859_1);
            out.write(ByteBuffer.allocate(2).order(ByteOrder.BIG_ENDIAN).putShort((short) name.length).array());
            out.write(name);
            if (version == 4) {
                out.write(ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN).putLong(content.length).array());
            }
            out.write(content);
        }
    }

    private byte[] content(Tag t) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (t.children != null) {
            directory(out, t);
        } else {
            out.write("%%%%".getBytes(StandardCharsets.ISO_8859_1));
            length(out, t.info.length);
            for (long v : t.info) {
                length(out, v);
            }
            out.write(t.payload);
        }
        return out.toByteArray();
    }

    private void length(ByteArrayOutputStream out, long v) throws IOException {
        if (version == 4) {
            out.write(ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN).putLong(v).array());
        } else {
            out.write(ByteBuffer.allocate(4).order(ByteOrder.BIG_ENDIAN).putInt((int) v).array());
        }
    }
}
