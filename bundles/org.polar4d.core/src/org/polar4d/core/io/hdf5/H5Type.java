package org.polar4d.core.io.hdf5;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.polar4d.core.data.ElementType;

/** The HDF5 datatypes {@link Hdf5Writer} writes, with their datatype-message encoding (little-endian). */
enum H5Type {
    U8(1, false, false), I8(1, true, false), U16(2, false, false), I16(2, true, false), U32(4, false, false),
    I32(4, true, false), U64(8, false, false), I64(8, true, false), F32(4, true, true), F64(8, true, true),
    /** Variable-length UTF-8 string, stored in the global heap. */
    VLEN_STRING(16, false, false),
    /** numpy/h5py boolean: an 8-bit enum FALSE = 0, TRUE = 1. */
    BOOL(1, true, false);

    private final int size;
    private final boolean signed;
    private final boolean floating;

    H5Type(int size, boolean signed, boolean floating) {
        this.size = size;
        this.signed = signed;
        this.floating = floating;
    }

    int size() {
        return size;
    }

    static H5Type of(ElementType t) {
        return switch (t) {
            case U8 -> U8;
            case I8 -> I8;
            case U16 -> U16;
            case I16 -> I16;
            case U32 -> U32;
            case I32 -> I32;
            case U64 -> U64;
            case I64 -> I64;
            case F16, F32 -> F32;
            case F64 -> F64;
        };
    }

    /** The datatype message. */
    byte[] message() {
        ByteBuffer b = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        switch (this) {
            case VLEN_STRING -> {
                b.put((byte) 0x19).put((byte) 0x01).put((byte) 0x01).put((byte) 0).putInt(16);
                fixedPoint(b, 1, false);
            }
            case BOOL -> {
                b.put((byte) 0x18).put((byte) 2).put((byte) 0).put((byte) 0).putInt(1);
                fixedPoint(b, 1, true);
                b.put(padded("FALSE")).put(padded("TRUE")).put((byte) 0).put((byte) 1);
            }
            default -> {
                if (floating) {
                    b.put((byte) 0x11).put((byte) 0x20).put((byte) (size * 8 - 1)).put((byte) 0).putInt(size);
                    b.putShort((short) 0).putShort((short) (size * 8));
                    if (size == 4) {
                        b.put((byte) 23).put((byte) 8).put((byte) 0).put((byte) 23).putInt(127);
                    } else {
                        b.put((byte) 52).put((byte) 11).put((byte) 0).put((byte) 52).putInt(1023);
                    }
                } else {
                    fixedPoint(b, size, signed);
                }
            }
        }
        byte[] out = new byte[b.position()];
        b.flip().get(out);
        return out;
    }

    private static void fixedPoint(ByteBuffer b, int size, boolean signed) {
        b.put((byte) 0x10).put((byte) (signed ? 0x08 : 0)).put((byte) 0).put((byte) 0).putInt(size);
        b.putShort((short) 0).putShort((short) (size * 8));
    }

    /** An enum member name, NUL-terminated and padded to a multiple of 8 bytes. */
    private static byte[] padded(String s) {
        byte[] out = new byte[(s.length() + 1 + 7) / 8 * 8];
        System.arraycopy(s.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, out, 0, s.length());
        return out;
    }
}
