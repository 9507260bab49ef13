package org.polar4d.core.io.npy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.ElementType;
import org.polar4d.core.io.frames.AtomicOutput;
import org.polar4d.core.io.frames.FrameBlocks;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;

/**
 * Writes a dataset as a 4-D C-order {@code .npy} array (scanRow, scanCol, frameRow, frameCol) in its
 * stored element type (float16 is widened to float32), little-endian, streamed block by block into a
 * temporary file that replaces the target only when complete.
 */
public final class NpyWriter {

    private NpyWriter() {
    }

    public static void write(Dataset4D ds, Path out, Progress progress) throws IOException, CanceledException {
        ElementType type = FrameBlocks.storedType(ds);
        byte[] header = header(type, new long[] {ds.scanShape().rows(), ds.scanShape().cols(),
            ds.frameShape().height(), ds.frameShape().width()});
        AtomicOutput.write(out, ch -> {
            writeFully(ch, ByteBuffer.wrap(header));
            FrameBlocks.stream(ds, type, ByteOrder.LITTLE_ENDIAN, progress, block -> writeFully(ch, block));
        });
    }

    /** The magic, version and header dict, padded so the data starts at a multiple of 64 bytes. */
    static byte[] header(ElementType type, long[] shape) {
        StringBuilder dict = new StringBuilder("{'descr': '").append(NpyHeader.descr(type, ByteOrder.LITTLE_ENDIAN))
                .append("', 'fortran_order': False, 'shape': ").append(NpyReader.shapeText(shape)).append(", }");
        int prefix = 10;
        int total = prefix + dict.length() + 1;
        int padded = (total + 63) / 64 * 64;
        dict.append(" ".repeat(padded - total)).append('\n');
        byte[] text = dict.toString().getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer b = ByteBuffer.allocate(prefix + text.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(NpyHeader.MAGIC).put((byte) 1).put((byte) 0).putShort((short) text.length).put(text);
        return b.array();
    }

    /**
     * Writes a float32 array of any shape (C order, little-endian), e.g. a 2-D virtual image, atomically.
     *
     * @param shape dimensions; their product must equal {@code values.length}
     */
    public static void write(float[] values, Path out, long... shape) throws IOException {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        if (n != values.length) {
            throw new IllegalArgumentException(values.length + " values do not fill shape " + NpyReader.shapeText(shape));
        }
        byte[] header = header(ElementType.F32, shape);
        ByteBuffer data = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        data.asFloatBuffer().put(values);
        try {
            AtomicOutput.write(out, ch -> {
                writeFully(ch, ByteBuffer.wrap(header));
                writeFully(ch, data);
            });
        } catch (CanceledException e) {
            throw new IllegalStateException("nothing can cancel an in-memory write", e);
        }
    }

    private static void writeFully(FileChannel ch, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }
}
