package org.polar4d.core.preprocess;

import org.polar4d.core.data.FrameShape;
import org.polar4d.core.filter.BadPixelMap;

/**
 * The steps applied to a raw frame before anything else: bad-pixel repair, then b×b binning (mean
 * over each block; trailing rows and columns that do not fill a block are dropped). Both optional;
 * without them a frame passes through uncopied.
 */
public final class FrameConditioner {

    private final FrameShape raw;
    private final FrameShape shape;
    private final BadPixelMap badPixels;
    private final int binning;

    /** @param badPixels pixels to repair, or an empty map */
    public FrameConditioner(FrameShape raw, BadPixelMap badPixels, int binning) {
        if (binning < 1 || raw.height() / binning < 1 || raw.width() / binning < 1) {
            throw new IllegalArgumentException("cannot bin frames of " + raw + " by " + binning);
        }
        if (badPixels.height() != raw.height() || badPixels.width() != raw.width()) {
            throw new IllegalArgumentException("bad-pixel map of " + badPixels.height() + "x" + badPixels.width()
                    + " does not match frames of " + raw);
        }
        this.raw = raw;
        this.shape = new FrameShape(raw.height() / binning, raw.width() / binning);
        this.badPixels = badPixels;
        this.binning = binning;
    }

    /** A conditioner that changes nothing. */
    public static FrameConditioner identity(FrameShape raw) {
        return new FrameConditioner(raw, BadPixelMap.none(raw.height(), raw.width()), 1);
    }

    /** Shape of the raw frames. */
    public FrameShape rawShape() {
        return raw;
    }

    /** Shape of the conditioned frames. */
    public FrameShape shape() {
        return shape;
    }

    public BadPixelMap badPixels() {
        return badPixels;
    }

    public int binning() {
        return binning;
    }

    public boolean isIdentity() {
        return binning == 1 && badPixels.isEmpty();
    }

    /** Scratch space for one thread. */
    public Worker newWorker() {
        return new Worker();
    }

    /** Conditions frames for one thread; the result is valid until the next call. */
    public final class Worker {
        private final float[] repaired = badPixels.isEmpty() ? null : new float[raw.pixels()];
        private final float[] binned = binning == 1 ? null : new float[shape.pixels()];
        private float[] frame;
        private int offset;

        /** Conditions the raw frame at {@code src[srcOffset ..]}; read the result with {@link #frame()}. */
        public void condition(float[] src, int srcOffset) {
            frame = src;
            offset = srcOffset;
            if (repaired != null) {
                badPixels.repair(frame, offset, repaired, 0);
                frame = repaired;
                offset = 0;
            }
            if (binned != null) {
                bin(frame, offset, binned);
                frame = binned;
                offset = 0;
            }
        }

        /** The array holding the conditioned frame (possibly the source array itself). */
        public float[] frame() {
            return frame;
        }

        /** Where the conditioned frame starts in {@link #frame()}. */
        public int offset() {
            return offset;
        }

        private void bin(float[] src, int off, float[] dst) {
            int b = binning;
            int w = raw.width();
            float scale = 1f / (b * b);
            java.util.Arrays.fill(dst, 0f);
            for (int r = 0; r < shape.height() * b; r++) {
                int rowStart = off + r * w;
                int dstRow = (r / b) * shape.width();
                for (int c = 0; c < shape.width() * b; c++) {
                    dst[dstRow + c / b] += src[rowStart + c];
                }
            }
            for (int p = 0; p < dst.length; p++) {
                dst[p] *= scale;
            }
        }
    }
}
