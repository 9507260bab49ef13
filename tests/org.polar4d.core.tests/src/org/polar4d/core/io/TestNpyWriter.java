package org.polar4d.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongToDoubleFunction;

/**
 * Writes {@code .npy} files for the tests, independently of the production writer: any descr,
 * C or Fortran order, format version 1, 2 or 3, with a 16-byte (old numpy) or 64-byte alignment.
 */
public final class TestNpyWriter {

    private TestNpyWriter() {
    }

    /**
     * @param value value of the element at C-order index {@code i} (logical index, independent of the storage order)
     */
    public static void write(Path p, String descr, long[] shape, boolean fortran, int version, int align,
            LongToDoubleFunction value) throws IOException {
        StringBuilder shapeText = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            shapeText.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        shapeText.append(shape.length == 1 ? ",)" : ")");
        String dict = "{'descr': '" + descr + "', 'fortran_order': " + (fortran ? "True" : "False") + ", 'shape': "
                + shapeText + ", }";
        int prefix = version == 1 ? 10 : 12;
        int total = prefix + dict.length() + 1;
        int padded = (total + align - 1) / align * align;
        String header = dict + " ".repeat(padded - total) + "\n";
        long n = 1;
        for (long s : shape) {
            n *= s;
        }
        int size = Integer.parseInt(descr.substring(2));
        ByteBuffer b = ByteBuffer.allocate(padded + (int) (n * size))
                .order(descr.charAt(0) == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) version, 0});
        ByteBuffer lenField = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(header.length());
        b.put(lenField.array(), 0, version == 1 ? 2 : 4);
        b.put(header.getBytes(version == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1));
        for (long k = 0; k < n; k++) {
            long c = fortran ? fortranToC(k, shape) : k;
            put(b, descr.substring(1), value.applyAsDouble(c));
        }
        Files.write(p, b.array());
    }

    /** The C-order index of the element stored at Fortran position {@code k}. */
    static long fortranToC(long k, long[] shape) {
        long[] idx = new long[shape.length];
        for (int d = 0; d < shape.length; d++) {
            idx[d] = k % shape[d];
            k /= shape[d];
        }
        long c = 0;
        for (int d = 0; d < shape.length; d++) {
            c = c * shape[d] + idx[d];
        }
        return c;
    }

    private static void put(ByteBuffer b, String type, double v) {
        switch (type) {
            case "u1", "i1", "b1" -> b.put((byte) (long) v);
            case "u2", "i2" -> b.putShort((short) (long) v);
            case "u4", "i4" -> b.putInt((int) (long) v);
            case "u8", "i8" -> b.putLong((long) v);
            case "f2" -> b.putShort(toHalf((float) v));
            case "f4" -> b.putFloat((float) v);
            case "f8" -> b.putDouble(v);
            default -> throw new IllegalArgumentException(type);
        }
    }

    /** Float to half for values exactly representable as half (small integers, halves). */
    static short toHalf(float f) {
        int bits = Float.floatToIntBits(f);
        int sign = (bits >>> 16) & 0x8000;
        int exp = ((bits >>> 23) & 0xFF) - 127 + 15;
        int mant = (bits >>> 13) & 0x3FF;
        if (f == 0) {
            return (short) sign;
        }
        return (short) (sign | (exp << 10) | mant);
    }
}
