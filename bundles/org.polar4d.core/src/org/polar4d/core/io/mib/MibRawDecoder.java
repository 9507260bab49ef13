package org.polar4d.core.io.mib;

import java.nio.ByteBuffer;

import org.polar4d.core.data.FrameShape;
import org.polar4d.core.io.frames.PayloadDecoder;

/**
 * Decodes Merlin RAW ({@code R64}) frames: the readout words as the chips send them.
 * <ul>
 * <li>1 bit: stripes of 64 pixels in 8 bytes; read as a big-endian 64-bit word, pixel j is bit j.</li>
 * <li>6 bit: one byte per pixel, order reversed within each group of 8 bytes.</li>
 * <li>12 bit: big-endian 16-bit values, order reversed within each group of 4 pixels.</li>
 * <li>24 bit (single chip): two consecutive 12-bit frames, high 12 bits first.</li>
 * <li>Quad (2×2): each stored row holds one row of every chip in the order [4 | 3 | 2 | 1]; chips 1 and
 * 2 form the top half; chips 3 and 4 form the bottom half, mirrored in x and y.</li>
 * </ul>
 */
final class MibRawDecoder implements PayloadDecoder {

    private final int depth;
    private final boolean quad;
    /** Width and height of one chip's stored image. */
    private final int chipWidth;
    private final int chipHeight;
    private final FrameShape frame;
    private final int payloadBytes;

    MibRawDecoder(int depth, boolean quad, int chipWidth, int chipHeight) {
        this.depth = depth;
        this.quad = quad;
        this.chipWidth = chipWidth;
        this.chipHeight = chipHeight;
        this.frame = quad ? new FrameShape(2 * chipHeight, 2 * chipWidth) : new FrameShape(chipHeight, chipWidth);
        int pixels = (quad ? 4 : 1) * chipWidth * chipHeight;
        this.payloadBytes = switch (depth) {
            case 1 -> pixels / 8;
            case 6 -> pixels;
            case 12 -> pixels * 2;
            default -> pixels * 4;
        };
    }

    FrameShape frameShape() {
        return frame;
    }

    /** Pixels per group whose order is permuted; runs must be whole groups. */
    static int groupPixels(int depth) {
        return depth == 1 ? 64 : depth == 6 ? 8 : 4;
    }

    @Override
    public int payloadBytes() {
        return payloadBytes;
    }

    @Override
    public void decode(ByteBuffer payload, float[] dst, int offset) {
        if (!quad) {
            int pixels = chipWidth * chipHeight;
            run(payload, 0, pixels, dst, offset, 1, depth == 24 ? 12 : depth);
            if (depth == 24) {
                float[] low = new float[pixels];
                run(payload, pixels * 2, pixels, low, 0, 1, 12);
                for (int i = 0; i < pixels; i++) {
                    dst[offset + i] = dst[offset + i] * 4096f + low[i];
                }
            }
            return;
        }
        int rowBytes = bytesOf(chipWidth);
        int width = frame.width();
        for (int r = 0; r < chipHeight; r++) {
            int raw = r * 4 * rowBytes;
            int top = offset + r * width;
            int bottom = offset + (frame.height() - 1 - r) * width;
            run(payload, raw + 3 * rowBytes, chipWidth, dst, top, 1, depth);
            run(payload, raw + 2 * rowBytes, chipWidth, dst, top + chipWidth, 1, depth);
            run(payload, raw + rowBytes, chipWidth, dst, bottom + chipWidth - 1, -1, depth);
            run(payload, raw, chipWidth, dst, bottom + width - 1, -1, depth);
        }
    }

    private int bytesOf(int pixels) {
        return depth == 1 ? pixels / 8 : depth == 6 ? pixels : pixels * 2;
    }

    /**
     * Decodes {@code n} pixels stored from {@code at} into {@code dst[to], dst[to+step], …}
     * ({@code step} = -1 mirrors the run).
     */
    private static void run(ByteBuffer p, int at, int n, float[] dst, int to, int step, int bits) {
        switch (bits) {
            case 1 -> {
                for (int s = 0; s < n / 64; s++) {
                    long word = p.getLong(at + 8 * s);
                    int base = to + step * 64 * s;
                    for (int j = 0; j < 64; j++) {
                        dst[base + step * j] = (word >>> j) & 1L;
                    }
                }
            }
            case 6 -> {
                for (int i = 0; i < n; i++) {
                    int out = (i & ~7) + 7 - (i & 7);
                    dst[to + step * out] = p.get(at + i) & 0xFF;
                }
            }
            default -> {
                for (int i = 0; i < n; i++) {
                    int out = (i & ~3) + 3 - (i & 3);
                    dst[to + step * out] = p.getShort(at + 2 * i) & 0xFFFF;
                }
            }
        }
    }
}
