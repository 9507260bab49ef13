package org.polar4d.core.io.frames;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.ElementType;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;

/**
 * Streams a dataset in canonical order as encoded blocks of whole frames, with bounded memory,
 * progress and cancellation: the core of every writer.
 */
public final class FrameBlocks {

    /** Target size of one encoded block. */
    static final int BLOCK_BYTES = 8 << 20;

    /** Receives encoded blocks in order; the buffer is reused after the call. */
    @FunctionalInterface
    public interface Sink {
        void accept(ByteBuffer block) throws IOException;
    }

    private FrameBlocks() {
    }

    /** The element type a writer stores: the dataset's, except float16, which is widened to float32. */
    public static ElementType storedType(Dataset4D ds) {
        return ds.elementType() == ElementType.F16 ? ElementType.F32 : ds.elementType();
    }

    /** Encodes every frame of {@code ds} as {@code type} in {@code order} and hands the blocks to {@code sink}. */
    public static void stream(Dataset4D ds, ElementType type, ByteOrder order, Progress progress, Sink sink)
            throws IOException, CanceledException {
        int pixels = ds.frameShape().pixels();
        long frames = ds.frameCount();
        int perBlock = (int) Math.max(1, Math.min(frames, BLOCK_BYTES / ((long) pixels * Math.max(4, type.bytes()))));
        boolean exact = !type.fitsFloatExactly();
        float[] f = exact ? null : new float[perBlock * pixels];
        double[] d = exact ? new double[perBlock * pixels] : null;
        ByteBuffer buf = ByteBuffer.allocate(perBlock * pixels * type.bytes()).order(order);
        for (long first = 0; first < frames; first += perBlock) {
            progress.checkCanceled();
            int count = (int) Math.min(perBlock, frames - first);
            int n = count * pixels;
            buf.clear();
            if (exact) {
                ds.readFramesExact(first, count, d);
                encode(d, n, type, buf);
            } else {
                ds.readFrames(first, count, f);
                encode(f, n, type, buf);
            }
            buf.flip();
            sink.accept(buf);
            progress.update((double) (first + count) / frames, (first + count) + " / " + frames + " frames");
        }
    }

    private static void encode(float[] src, int n, ElementType type, ByteBuffer dst) {
        switch (type) {
            case U8, I8 -> {
                for (int i = 0; i < n; i++) {
                    dst.put((byte) (int) src[i]);
                }
            }
            case U16, I16 -> {
                for (int i = 0; i < n; i++) {
                    dst.putShort((short) (int) src[i]);
                }
            }
            case F32 -> {
                dst.asFloatBuffer().put(src, 0, n);
                dst.position(dst.position() + 4 * n);
            }
            default -> throw new IllegalArgumentException("not a float-exact type: " + type);
        }
    }

    private static void encode(double[] src, int n, ElementType type, ByteBuffer dst) {
        switch (type) {
            case U32, I32 -> {
                for (int i = 0; i < n; i++) {
                    dst.putInt((int) (long) src[i]);
                }
            }
            case I64 -> {
                for (int i = 0; i < n; i++) {
                    dst.putLong((long) src[i]);
                }
            }
            case U64 -> {
                for (int i = 0; i < n; i++) {
                    double v = src[i];
                    dst.putLong(v >= 0x1p63 ? (long) (v - 0x1p63) ^ Long.MIN_VALUE : (long) v);
                }
            }
            case F64 -> {
                dst.asDoubleBuffer().put(src, 0, n);
                dst.position(dst.position() + 8 * n);
            }
            default -> throw new IllegalArgumentException("not an exact type: " + type);
        }
    }
}
