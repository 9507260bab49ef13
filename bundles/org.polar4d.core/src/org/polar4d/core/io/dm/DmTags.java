package org.polar4d.core.io.dm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.polar4d.core.io.FormatException;
import org.polar4d.core.io.frames.MappedFile;

/**
 * The tag tree of a Gatan Digital Micrograph DM3/DM4 file, flattened to paths such as
 * {@code ImageList/1/ImageData/Dimensions/0} (unnamed tags are numbered from 0 among their siblings).
 * Tag structure is big-endian; values are in the file's byte order. Arrays are recorded by offset and
 * only small ones are decoded, so the image payload is never loaded.
 */
final class DmTags {

    /** A data tag: a simple value, or an array (offset, element type, count, decoded if small). */
    record Tag(long offset, int type, long count, Object value) {
        boolean isArray() {
            return count >= 0;
        }
    }

    private static final int MAX_DEPTH = 64;
    private static final int MAX_INFO = 1024;
    private static final int MAX_DECODED = 4096;

    private final Path path;
    private final MappedFile file;
    private final int version;
    private final ByteOrder order;
    private final Map<String, Tag> tags = new LinkedHashMap<>();
    private long pos;

    private DmTags(Path path, MappedFile file, int version, ByteOrder order) {
        this.path = path;
        this.file = file;
        this.version = version;
        this.order = order;
    }

    static DmTags read(MappedFile file) throws IOException {
        Path path = file.path();
        if (file.size() < 16) {
            throw FormatException.atOffset(path, 0, "file of " + file.size() + " bytes is too short for a DM header");
        }
        int version = file.slice(0, 4, ByteOrder.BIG_ENDIAN).getInt(0);
        if (version != 3 && version != 4) {
            throw FormatException.atOffset(path, 0, "DM version " + version + " (expected 3 or 4): not a Digital"
                    + " Micrograph file");
        }
        int orderAt = version == 4 ? 12 : 8;
        int flag = file.slice(orderAt, 4, ByteOrder.BIG_ENDIAN).getInt(0);
        if (flag != 0 && flag != 1) {
            throw FormatException.atOffset(path, orderAt, "byte-order flag " + flag + " (expected 0 or 1)");
        }
        DmTags t = new DmTags(path, file, version, flag == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        t.pos = orderAt + 4;
        t.directory("", 0);
        return t;
    }

    ByteOrder order() {
        return order;
    }

    Map<String, Tag> all() {
        return tags;
    }

    Tag get(String p) {
        return tags.get(p);
    }

    /** A numeric tag value, or null. */
    Double number(String p) {
        Tag t = tags.get(p);
        return t != null && t.value() instanceof Number n ? n.doubleValue() : null;
    }

    /** A text tag (an array of 16-bit characters), or null. */
    String text(String p) {
        Tag t = tags.get(p);
        return t != null && t.value() instanceof String s ? s : null;
    }

    private void directory(String prefix, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw FormatException.atOffset(path, pos, "tag directories nested deeper than " + MAX_DEPTH);
        }
        pos += 2;
        long count = length();
        if (count < 0 || count > file.size() - pos) {
            throw FormatException.atOffset(path, pos, "implausible tag count " + count);
        }
        int unnamed = 0;
        for (long i = 0; i < count; i++) {
            long at = pos;
            int kind = u8();
            int nameLength = u16();
            String name = new String(bytes(nameLength), java.nio.charset.StandardCharsets.ISO_8859_1);
            if (name.isEmpty()) {
                name = Integer.toString(unnamed++);
            }
            if (version == 4) {
                pos += 8;
            }
            String p = prefix.isEmpty() ? name : prefix + "/" + name;
            switch (kind) {
                case 20 -> directory(p, depth + 1);
                case 21 -> data(p);
                case 0 -> {
                    return;
                }
                default -> throw FormatException.atOffset(path, at, "unknown tag kind " + kind + " (expected 20 or 21)");
            }
        }
    }

    private void data(String p) throws IOException {
        long at = pos;
        String delimiter = new String(bytes(4), java.nio.charset.StandardCharsets.ISO_8859_1);
        if (!delimiter.equals("%%%%")) {
            throw FormatException.atOffset(path, at, "tag '" + p + "' lacks its '%%%%' delimiter");
        }
        long n = length();
        if (n < 1 || n > MAX_INFO) {
            throw FormatException.atOffset(path, at + 4, "tag '" + p + "' has an implausible type-info length " + n);
        }
        long[] info = new long[(int) n];
        for (int i = 0; i < n; i++) {
            info[i] = length();
        }
        int type = (int) info[0];
        long start = pos;
        if (type == 20) {
            if (n < 3) {
                throw FormatException.atOffset(path, at, "array tag '" + p + "' has incomplete type info");
            }
            long count = info[(int) n - 1];
            long elementSize = info[1] == 15 ? structSize(p, info, 2) : size(p, (int) info[1]);
            if (count < 0 || elementSize <= 0 || count > (file.size() - pos) / elementSize) {
                throw FormatException.atOffset(path, pos, "array tag '" + p + "' of " + count + " elements of "
                        + elementSize + " bytes does not fit the file (truncated?)");
            }
            Object value = count <= MAX_DECODED && info[1] == 4 ? text(count) : null;
            tags.put(p, new Tag(start, (int) info[1], count, value));
            pos += count * elementSize;
        } else if (type == 15) {
            pos += structSize(p, info, 1);
        } else if (type == 18) {
            if (n < 2 || info[1] < 0 || info[1] > file.size()) {
                throw FormatException.atOffset(path, at, "string tag '" + p + "' has a bad length");
            }
            pos += 2 * info[1];
        } else {
            tags.put(p, new Tag(start, type, -1, simple(p, type)));
        }
        if (pos > file.size()) {
            throw FormatException.atOffset(path, start, "tag '" + p + "' reaches past the end of the file");
        }
    }

    /** Bytes of a struct whose (name length, field count, fields…) description starts at info[from]. */
    private long structSize(String p, long[] info, int from) throws FormatException {
        if (info.length < from + 2) {
            throw new FormatException(path, "tag '" + p + "'", "incomplete struct type info");
        }
        long fields = info[from + 1];
        if (fields < 0 || from + 2 + 2 * fields > info.length) {
            throw new FormatException(path, "tag '" + p + "'", "struct with " + fields + " fields does not fit its type info");
        }
        long size = 0;
        for (int f = 0; f < fields; f++) {
            size += size(p, (int) info[from + 3 + 2 * f]);
        }
        return size;
    }

    private Object simple(String p, int type) throws IOException {
        ByteBuffer b = file.slice(pos, size(p, type), order);
        pos += size(p, type);
        return switch (type) {
            case 2 -> (long) b.getShort(0);
            case 3 -> (long) b.getInt(0);
            case 4 -> (long) (b.getShort(0) & 0xFFFF);
            case 5 -> b.getInt(0) & 0xFFFFFFFFL;
            case 6 -> (double) b.getFloat(0);
            case 7 -> b.getDouble(0);
            case 8, 10 -> (long) (b.get(0) & 0xFF);
            case 9 -> (long) b.get(0);
            default -> b.getLong(0);
        };
    }

    private String text(long count) throws IOException {
        ByteBuffer b = file.slice(pos, (int) (count * 2), order);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            char c = (char) b.getShort(2 * i);
            if (c != 0) {
                s.append(c);
            }
        }
        return s.toString();
    }

    private int size(String p, int type) throws FormatException {
        return switch (type) {
            case 2, 4 -> 2;
            case 3, 5, 6 -> 4;
            case 7, 11, 12 -> 8;
            case 8, 9, 10 -> 1;
            default -> throw new FormatException(path, "tag '" + p + "'", "unknown element type code " + type);
        };
    }

    private long length() throws IOException {
        int n = version == 4 ? 8 : 4;
        ByteBuffer b = file.slice(pos, n, ByteOrder.BIG_ENDIAN);
        pos += n;
        return n == 8 ? b.getLong(0) : b.getInt(0) & 0xFFFFFFFFL;
    }

    private int u8() throws IOException {
        return file.slice(pos++, 1, ByteOrder.BIG_ENDIAN).get(0) & 0xFF;
    }

    private int u16() throws IOException {
        int v = file.slice(pos, 2, ByteOrder.BIG_ENDIAN).getShort(0) & 0xFFFF;
        pos += 2;
        return v;
    }

    private byte[] bytes(int n) throws IOException {
        byte[] b = file.bytes(pos, n);
        pos += n;
        return b;
    }
}
