package org.polar4d.core.io.frames;

import java.nio.ByteBuffer;

/**
 * Decodes one stored frame payload (e.g. packed RAW detector words) into pixels in canonical order.
 * Implementations are stateless or thread-safe.
 */
public interface PayloadDecoder {

    /** Bytes of one stored frame payload. */
    int payloadBytes();

    /** Decodes {@code payload} (a view of {@link #payloadBytes()} bytes) into {@code dst[offset..]}. */
    void decode(ByteBuffer payload, float[] dst, int offset);

    /** Exact variant; the default widens the float32 values (exact for types up to 24 bits). */
    default void decode(ByteBuffer payload, double[] dst, int offset, float[] scratch) {
        decode(payload, scratch, 0);
        for (int i = 0; i < scratch.length; i++) {
            dst[offset + i] = scratch[i];
        }
    }
}
