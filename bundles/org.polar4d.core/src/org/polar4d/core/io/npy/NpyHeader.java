package org.polar4d.core.io.npy;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.polar4d.core.data.ElementType;
import org.polar4d.core.io.FormatException;
import org.polar4d.core.io.frames.MappedFile;

/**
 * The header of a NumPy {@code .npy} file (format versions 1.0–3.0): element type and byte order from
 * {@code descr}, {@code fortran_order}, {@code shape} and where the data starts.
 *
 * @param dataOffset byte offset of the first element
 */
public record NpyHeader(ElementType type, ByteOrder order, boolean fortranOrder, long[] shape, long dataOffset) {

    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int MAX_HEADER = 1 << 20;

    public long elements() {
        long n = 1;
        for (long s : shape) {
            n = Math.multiplyExact(n, s);
        }
        return n;
    }

    /** True if the file starts with the NPY magic. */
    public static boolean hasMagic(byte[] head) {
        if (head.length < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (head[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    public static NpyHeader read(MappedFile file) throws FormatException, java.io.IOException {
        Path path = file.path();
        if (file.size() < 10 || !hasMagic(file.bytes(0, 6))) {
            throw FormatException.atOffset(path, 0, "not a NumPy .npy file (missing the \\x93NUMPY magic)");
        }
        byte[] v = file.bytes(6, 2);
        int major = v[0];
        long headerLength;
        int prefix;
        if (major == 1) {
            headerLength = file.slice(8, 2, ByteOrder.LITTLE_ENDIAN).getShort(0) & 0xFFFF;
            prefix = 10;
        } else if (major == 2 || major == 3) {
            headerLength = file.slice(8, 4, ByteOrder.LITTLE_ENDIAN).getInt(0) & 0xFFFFFFFFL;
            prefix = 12;
        } else {
            throw FormatException.atOffset(path, 6, "unsupported .npy format version " + major + "." + v[1]);
        }
        if (headerLength > MAX_HEADER || prefix + headerLength > file.size()) {
            throw FormatException.atOffset(path, 8, "header length " + headerLength + " does not fit the file ("
                    + file.size() + " bytes)");
        }
        String text = new String(file.bytes(prefix, (int) headerLength),
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        return parse(path, text, prefix + headerLength);
    }

    static NpyHeader parse(Path path, String text, long dataOffset) throws FormatException {
        DictParser p = new DictParser(path, text);
        Object descr = null;
        Object fortran = null;
        Object shape = null;
        for (var e : p.parseDict()) {
            switch (e.key()) {
                case "descr" -> descr = e.value();
                case "fortran_order" -> fortran = e.value();
                case "shape" -> shape = e.value();
                default -> {
                    // numpy ignores unknown keys as well
                }
            }
        }
        if (!(descr instanceof String d)) {
            throw new FormatException(path, "header key 'descr'", descr == null ? "missing"
                    : "structured or unsupported dtype " + descr);
        }
        if (!(fortran instanceof Boolean f)) {
            throw new FormatException(path, "header key 'fortran_order'", "missing or not True/False");
        }
        if (!(shape instanceof List<?> list)) {
            throw new FormatException(path, "header key 'shape'", "missing or not a tuple");
        }
        long[] dims = new long[list.size()];
        for (int i = 0; i < dims.length; i++) {
            if (!(list.get(i) instanceof Long n) || n < 0) {
                throw new FormatException(path, "header key 'shape'", "invalid dimension " + list.get(i));
            }
            dims[i] = n;
        }
        ElementType type = elementType(path, d);
        ByteOrder order = d.charAt(0) == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        return new NpyHeader(type, order, f, dims, dataOffset);
    }

    static ElementType elementType(Path path, String descr) throws FormatException {
        String d = descr.trim();
        if (d.length() < 3 || "<>|=".indexOf(d.charAt(0)) < 0) {
            throw new FormatException(path, "header key 'descr'", "unknown dtype '" + descr + "'");
        }
        String t = d.substring(1).toLowerCase(Locale.ROOT);
        return switch (t) {
            case "u1", "b1" -> ElementType.U8;
            case "i1" -> ElementType.I8;
            case "u2" -> ElementType.U16;
            case "i2" -> ElementType.I16;
            case "u4" -> ElementType.U32;
            case "i4" -> ElementType.I32;
            case "u8" -> ElementType.U64;
            case "i8" -> ElementType.I64;
            case "f2" -> ElementType.F16;
            case "f4" -> ElementType.F32;
            case "f8" -> ElementType.F64;
            default -> throw new FormatException(path, "header key 'descr'", "unsupported dtype '" + descr
                    + "' (supported: bool, signed/unsigned integers of 1-8 bytes, float16/32/64)");
        };
    }

    /** The {@code descr} string numpy uses for a stored type in a byte order. */
    public static String descr(ElementType type, ByteOrder order) {
        String o = type.bytes() == 1 ? "|" : order == ByteOrder.BIG_ENDIAN ? ">" : "<";
        String kind = type.isFloatingPoint() ? "f" : type.isSigned() ? "i" : "u";
        return o + kind + type.bytes();
    }

    /** A minimal parser for the Python literal dict of the header (strings, booleans, ints, tuples). */
    private static final class DictParser {
        record Entry(String key, Object value) {
        }

        private final Path path;
        private final String s;
        private int i;

        DictParser(Path path, String s) {
            this.path = path;
            this.s = s;
        }

        List<Entry> parseDict() throws FormatException {
            List<Entry> entries = new ArrayList<>();
            expect('{');
            while (true) {
                skip();
                if (peek() == '}') {
                    i++;
                    return entries;
                }
                Object key = value();
                if (!(key instanceof String k)) {
                    throw error("dict key must be a string");
                }
                expect(':');
                entries.add(new Entry(k, value()));
                skip();
                if (peek() == ',') {
                    i++;
                }
            }
        }

        private Object value() throws FormatException {
            skip();
            char c = peek();
            if (c == '\'' || c == '"') {
                int end = s.indexOf(c, i + 1);
                if (end < 0) {
                    throw error("unterminated string");
                }
                String v = s.substring(i + 1, end);
                i = end + 1;
                return v;
            }
            if (c == '(' || c == '[') {
                char close = c == '(' ? ')' : ']';
                i++;
                List<Object> items = new ArrayList<>();
                while (true) {
                    skip();
                    if (peek() == close) {
                        i++;
                        return items;
                    }
                    items.add(value());
                    skip();
                    if (peek() == ',') {
                        i++;
                    }
                }
            }
            if (s.startsWith("True", i)) {
                i += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("False", i)) {
                i += 5;
                return Boolean.FALSE;
            }
            int start = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '-')) {
                i++;
            }
            if (start == i) {
                throw error("unexpected character '" + c + "'");
            }
            if (i < s.length() && (s.charAt(i) == 'L' || s.charAt(i) == 'l')) {
                i++;
            }
            try {
                return Long.parseLong(s.substring(start, i));
            } catch (NumberFormatException e) {
                throw error("number out of range");
            }
        }

        private void expect(char c) throws FormatException {
            skip();
            if (peek() != c) {
                throw error("expected '" + c + "'");
            }
            i++;
        }

        private char peek() throws FormatException {
            if (i >= s.length()) {
                throw error("header ends early");
            }
            return s.charAt(i);
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private FormatException error(String what) {
            return new FormatException(path, "header dict at character " + i, what);
        }
    }
}
