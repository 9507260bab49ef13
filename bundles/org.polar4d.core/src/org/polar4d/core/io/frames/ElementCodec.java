package org.polar4d.core.io.frames;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.polar4d.core.data.ElementType;

/**
 * Decodes runs of stored elements into float32 (or exactly into float64) with bulk typed-buffer
 * copies and tight loops. Scratch arrays are per thread and bounded by {@link #CHUNK_BYTES}.
 */
public final class ElementCodec {

    /** Largest run decoded in one step; longer runs are split. */
    public static final int CHUNK_BYTES = 4 << 20;

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private ElementCodec() {
    }

    /** Decodes {@code n} elements stored at {@code offset} of a mapped file into {@code dst[off..]}. */
    public static void decode(MappedFile file, long offset, ElementType type, ByteOrder order, long n, float[] dst,
            int off) throws IOException {
        eachChunk(file, offset, type, order, n, (src, k, done) -> decode(src, type, k, dst, off + done));
    }

    /** Receives {@code k} elements at the start of {@code src}, the {@code done} elements before them decoded. */
    @FunctionalInterface
    private interface Chunk {
        void decode(ByteBuffer src, int k, int done);
    }

    /** Splits {@code n} elements from {@code offset} into mapped slices of at most {@link #chunkElements}. */
    private static void eachChunk(MappedFile file, long offset, ElementType type, ByteOrder order, long n,
            Chunk chunk) throws IOException {
        int perChunk = chunkElements(file, type);
        for (long done = 0; done < n;) {
            int k = (int) Math.min(perChunk, n - done);
            chunk.decode(file.slice(offset + done * type.bytes(), k * type.bytes(), order), k, (int) done);
            done += k;
        }
    }

    /** Elements decoded per step: bounded by the scratch size and by the file's longest mapped span. */
    static int chunkElements(MappedFile file, ElementType type) {
        return Math.max(1, Math.min(CHUNK_BYTES, file.maxSpan()) / type.bytes());
    }

    /** Exact variant of {@link #decode(MappedFile, long, ElementType, ByteOrder, long, float[], int)}. */
    public static void decode(MappedFile file, long offset, ElementType type, ByteOrder order, long n, double[] dst,
            int off) throws IOException {
        eachChunk(file, offset, type, order, n, (src, k, done) -> decode(src, type, k, dst, off + done));
    }

    /**
     * Decodes {@code n} elements from the start of {@code src} (its byte order is used; position and
     * limit are ignored, only absolute reads are made) into {@code dst[off..off+n)}.
     */
    public static void decode(ByteBuffer src, ElementType type, int n, float[] dst, int off) {
        Scratch s = SCRATCH.get();
        switch (type) {
            case U8 -> {
                byte[] b = s.bytes(n);
                src.get(0, b, 0, n);
                for (int i = 0; i < n; i++) {
                    dst[off + i] = b[i] & 0xFF;
                }
            }
            case I8 -> {
                byte[] b = s.bytes(n);
                src.get(0, b, 0, n);
                for (int i = 0; i < n; i++) {
                    dst[off + i] = b[i];
                }
            }
            case U16 -> {
                short[] a = s.shorts(n);
                src.asShortBuffer().get(0, a, 0, n);
                for (int i = 0; i < n; i++) {
                    dst[off + i] = a[i] & 0xFFFF;
                }
            }
            case I16 -> {
                short[] a = s.shorts(n);
                src.asShortBuffer().get(0, a, 0, n);
                for (int i = 0; i < n; i++) {
                    dst[off + i] = a[i];
                }
            }
            case F16 -> {
                short[] a = s.shorts(n);
                src.asShortBuffer().get(0, a, 0, n);
                for (int i = 0; i < n; i++) {
                    dst[off + i] = halfToFloat(a[i]);
                }
            }
            case U32 -> {
                int[] a = s.ints(n);
                src.asIntBuffer().get(0, a, 0, n);
                for (int i = 0; i < n; i++) {
                    dst[off + i] = a[i] & 0xFFFFFFFFL;
                }
            }
            case I32 -> {
                int[] a = s.ints(n);
                src.asIntBuffer().get(0, a, 0, n);
                for (int i = 0; i < n; i++) {
                    dst[off + i] = a[i];
                }
            }
            case U64 -> {
                long[] a = s.longs(n);
                src.asLongBuffer().get(0, a, 0, n);
                for (int i = 0; i < n; i++) {
                    dst[off + i] = (float) unsignedToDouble(a[i]);
                }
            }
            case I64 -> {
                long[] a = s.longs(n);
                src.asLongBuffer().get(0, a, 0, n);
                for (int i = 0; i < n; i++) {
                    dst[off + i] = a[i];
                }
            }
            case F32 -> src.asFloatBuffer().get(0, dst, off, n);
            case F64 -> {
                double[] a = s.doubles(n);
                src.asDoubleBuffer().get(0, a, 0, n);
                for (int i = 0; i < n; i++) {
                    dst[off + i] = (float) a[i];
                }
            }
            default -> throw new IllegalArgumentException("unsupported element type " + type);
        }
    }

    /** Exact variant of {@link #decode(ByteBuffer, ElementType, int, float[], int)}. */
    public static void decode(ByteBuffer src, ElementType type, int n, double[] dst, int off) {
        Scratch s = SCRATCH.get();
        switch (type) {
            case U32 -> {
                int[] a = s.ints(n);
                src.asIntBuffer().get(0, a, 0, n);
                for (int i = 0; i < n; i++) {
                    dst[off + i] = a[i] & 0xFFFFFFFFL;
                }
            }
            case I32 -> {
                int[] a = s.ints(n);
                src.asIntBuffer().get(0, a, 0, n);
                for (int i = 0; i < n; i++) {
                    dst[off + i] = a[i];
                }
            }
            case U64 -> {
                long[] a = s.longs(n);
                src.asLongBuffer().get(0, a, 0, n);
                for (int i = 0; i < n; i++) {
                    dst[off + i] = unsignedToDouble(a[i]);
                }
            }
            case I64 -> {
                long[] a = s.longs(n);
                src.asLongBuffer().get(0, a, 0, n);
                for (int i = 0; i < n; i++) {
                    dst[off + i] = a[i];
                }
            }
            case F64 -> src.asDoubleBuffer().get(0, dst, off, n);
            default -> {
                float[] f = s.floats(n);
                decode(src, type, n, f, 0);
                for (int i = 0; i < n; i++) {
                    dst[off + i] = f[i];
                }
            }
        }
    }

    /** IEEE 754 half precision to float. */
    public static float halfToFloat(short h) {
        int bits = h & 0xFFFF;
        int sign = (bits & 0x8000) << 16;
        int exp = (bits >>> 10) & 0x1F;
        int mant = bits & 0x3FF;
        if (exp == 0x1F) {
            return Float.intBitsToFloat(sign | 0x7F800000 | (mant << 13));
        }
        if (exp == 0) {
            float v = mant * 0x1p-24f;
            return sign == 0 ? v : -v;
        }
        return Float.intBitsToFloat(sign | ((exp + 112) << 23) | (mant << 13));
    }

    static double unsignedToDouble(long v) {
        double d = (double) (v & Long.MAX_VALUE);
        return v < 0 ? d + 0x1p63 : d;
    }

    /** Growable per-thread scratch arrays. */
    private static final class Scratch {
        private byte[] bytes = new byte[0];
        private short[] shorts = new short[0];
        private int[] ints = new int[0];
        private long[] longs = new long[0];
        private float[] floats = new float[0];
        private double[] doubles = new double[0];

        byte[] bytes(int n) {
            if (bytes.length < n) {
                bytes = new byte[n];
            }
            return bytes;
        }

        short[] shorts(int n) {
            if (shorts.length < n) {
                shorts = new short[n];
            }
            return shorts;
        }

        int[] ints(int n) {
            if (ints.length < n) {
                ints = new int[n];
            }
            return ints;
        }

        long[] longs(int n) {
            if (longs.length < n) {
                longs = new long[n];
            }
            return longs;
        }

        float[] floats(int n) {
            if (floats.length < n) {
                floats = new float[n];
            }
            return floats;
        }

        double[] doubles(int n) {
            if (doubles.length < n) {
                doubles = new double[n];
            }
            return doubles;
        }
    }
}
