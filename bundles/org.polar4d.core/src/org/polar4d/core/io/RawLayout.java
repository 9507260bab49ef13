package org.polar4d.core.io;

import java.nio.ByteOrder;
import java.util.Objects;

import org.polar4d.core.data.ElementType;
import org.polar4d.core.data.FrameShape;

/**
 * A user-described raw binary layout: {@code fileHeader} bytes, then frames one after another, each
 * {@code frameHeader} bytes + height × width elements + {@code frameFooter} bytes. The scan shape
 * comes from {@link ReadOptions#scanShape()}; frames are in scan order, x fastest.
 */
public record RawLayout(long fileHeader, int frameHeader, int frameFooter, ElementType type, ByteOrder order,
        FrameShape frame) {

    public RawLayout {
        if (fileHeader < 0 || frameHeader < 0 || frameFooter < 0) {
            throw new IllegalArgumentException("raw layout offsets must not be negative: file header " + fileHeader
                    + ", frame header " + frameHeader + ", frame footer " + frameFooter);
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(frame, "frame");
    }

    /** Payload bytes of one frame. */
    public long frameBytes() {
        return (long) frame.pixels() * type.bytes();
    }

    /** Bytes of one frame record: header + payload + footer. */
    public long recordBytes() {
        return frameHeader + frameBytes() + frameFooter;
    }

    @Override
    public String toString() {
        return "offset=" + fileHeader + ",frameHeader=" + frameHeader + ",frameFooter=" + frameFooter + ",dtype="
                + type.shortName() + "," + (order == ByteOrder.BIG_ENDIAN ? "big" : "little") + "-endian,frame="
                + frame;
    }
}
