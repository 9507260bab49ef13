package org.polar4d.core.data;

/** Pixel element type as stored in a file. Frames are decoded to float32 for processing. */
public enum ElementType {
    U8(1, false, false), I8(1, true, false),
    U16(2, false, false), I16(2, true, false),
    U32(4, false, false), I32(4, true, false),
    U64(8, false, false), I64(8, true, false),
    F16(2, true, true), F32(4, true, true), F64(8, true, true);

    private final int bytes;
    private final boolean signed;
    private final boolean floating;

    ElementType(int bytes, boolean signed, boolean floating) {
        this.bytes = bytes;
        this.signed = signed;
        this.floating = floating;
    }

    public int bytes() {
        return bytes;
    }

    public boolean isSigned() {
        return signed;
    }

    public boolean isFloatingPoint() {
        return floating;
    }

    /** Whether every value of this type is exactly representable as a float32. */
    public boolean fitsFloatExactly() {
        return this == U8 || this == I8 || this == U16 || this == I16 || this == F16 || this == F32;
    }

    /** Lower-case short name, e.g. {@code u16}, {@code f32}. */
    public String shortName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
