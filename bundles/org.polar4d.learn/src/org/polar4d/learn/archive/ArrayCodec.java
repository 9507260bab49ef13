package org.polar4d.learn.archive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Binary entries of a model archive: magic {@code P4DA}, element type ({@code f} = float32,
 * {@code i} = int32), rank, rank × int64 dimensions, then the elements; all little-endian.
 */
final class ArrayCodec {

    private static final byte[] MAGIC = {'P', '4', 'D', 'A'};

    /** A decoded array: its shape and either floats or ints. */
    record Decoded(long[] shape, float[] floats, int[] ints) {
    }

    private ArrayCodec() {
    }

    static byte[] floats(float[] data, long... shape) {
        ByteBuffer b = header('f', shape, data.length);
        b.asFloatBuffer().put(data);
        return b.array();
    }

    static byte[] ints(int[] data, long... shape) {
        ByteBuffer b = header('i', shape, data.length);
        b.asIntBuffer().put(data);
        return b.array();
    }

    private static ByteBuffer header(char type, long[] shape, int count) {
        if (Arrays.stream(shape).reduce(1, (x, y) -> x * y) != count) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " does not hold " + count + " elements");
        }
        int headerBytes = 6 + 8 * shape.length;
        ByteBuffer b = ByteBuffer.allocate(headerBytes + 4 * count).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).put((byte) type).put((byte) shape.length);
        for (long d : shape) {
            b.putLong(d);
        }
        return b; // positioned at the first element
    }

    /**
     * Decodes an entry and checks its type and rank.
     *
     * @throws IOException with a reason if the bytes are not a valid array of that type and rank
     */
    static Decoded decode(byte[] bytes, char type, int rank) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 6 || !Arrays.equals(Arrays.copyOf(bytes, 4), MAGIC)) {
            throw new IOException("not a Polar4D array entry (bad magic)");
        }
        b.position(4);
        char actualType = (char) b.get();
        int actualRank = b.get();
        if (actualType != type || actualRank != rank) {
            throw new IOException("expected a rank-" + rank + " " + name(type) + " array, found a rank-" + actualRank
                    + " " + name(actualType) + " array");
        }
        if (bytes.length < 6 + 8 * rank) {
            throw new IOException("truncated array header");
        }
        long[] shape = new long[rank];
        long count = 1;
        for (int i = 0; i < rank; i++) {
            shape[i] = b.getLong();
            if (shape[i] < 0 || shape[i] > Integer.MAX_VALUE) {
                throw new IOException("invalid dimension " + shape[i]);
            }
            count *= shape[i];
            if (count > Integer.MAX_VALUE) {
                throw new IOException("array of " + Arrays.toString(shape) + " is too large");
            }
        }
        if (b.remaining() != 4 * count) {
            throw new IOException("array of shape " + Arrays.toString(shape) + " needs " + 4 * count
                    + " data bytes, entry has " + b.remaining());
        }
        if (type == 'f') {
            float[] f = new float[(int) count];
            b.asFloatBuffer().get(f);
            return new Decoded(shape, f, null);
        }
        int[] v = new int[(int) count];
        b.asIntBuffer().get(v);
        return new Decoded(shape, null, v);
    }

    private static String name(char type) {
        return type == 'f' ? "float32" : type == 'i' ? "int32" : "'" + type + "'";
    }
}
