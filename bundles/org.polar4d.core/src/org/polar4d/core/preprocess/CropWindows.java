package org.polar4d.core.preprocess;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import java.util.Map;

import org.polar4d.core.data.Calibration;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.ElementType;
import org.polar4d.core.data.FrameShape;
import org.polar4d.core.data.Provenance;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.pass.FrameReducer;
import org.polar4d.core.pass.ScanPass;

/**
 * A window of every frame around where its crop is expected, saved to a temporary file during the
 * measuring pass, so that the patterns can be cut once the global centre of mass is known without
 * reading the scan a second time. Windows hold conditioned frame values (after bad-pixel repair
 * and binning). The file is deleted on {@link #close()}.
 */
final class CropWindows implements Closeable {

    /** Where frame {@code index}'s window starts, in conditioned frame pixels. */
    interface Origins {
        void origin(long index, int[] rowCol);
    }

    private final Path file;
    private final FileChannel channel;
    private final int height;
    private final int width;
    private final int[] rowOrigin;
    private final int[] colOrigin;
    private final Origins origins;
    private final ThreadLocal<ByteBuffer> buffers;
    private final ThreadLocal<ByteBuffer> blocks = new ThreadLocal<>();

    private CropWindows(Path file, int frames, int height, int width, Origins origins) throws IOException {
        this.file = file;
        this.origins = origins;
        this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                StandardOpenOption.DELETE_ON_CLOSE);
        this.height = height;
        this.width = width;
        this.rowOrigin = new int[frames];
        this.colOrigin = new int[frames];
        this.buffers = ThreadLocal.withInitial(() -> ByteBuffer.allocate(4 * height * width).order(ByteOrder.nativeOrder()));
    }

    /**
     * Space for {@code frames} windows of {@code height × width} in a temporary file in {@code dir};
     * {@code origins} places each frame's window when it is captured.
     */
    static CropWindows create(Path dir, int frames, int height, int width, Origins origins) throws IOException {
        Files.createDirectories(dir);
        return new CropWindows(Files.createTempFile(dir, ".polar4d-windows-", ".tmp"), frames, height, width, origins);
    }

    /** Whether frame {@code index}'s window holds the size × size crop at (r0, c0). */
    boolean contains(int index, int r0, int c0, int size) {
        return r0 >= rowOrigin[index] && r0 + size <= rowOrigin[index] + height && c0 >= colOrigin[index]
                && c0 + size <= colOrigin[index] + width;
    }

    int height() {
        return height;
    }

    int width() {
        return width;
    }

    /** Origin of frame {@code index}'s window. */
    int rowOrigin(int index) {
        return rowOrigin[index];
    }

    int colOrigin(int index) {
        return colOrigin[index];
    }

    /** A reducer that saves each (conditioned) frame's window; run it in the measuring pass. */
    FrameReducer<Void> capture(int frameWidth) {
        ThreadLocal<int[]> origin = ThreadLocal.withInitial(() -> new int[2]);
        return new FrameReducer<>() {
            @Override
            public Void newPartial() {
                return null;
            }

            @Override
            public void accept(Void partial, long index, float[] frames, int offset) {
                int[] o = origin.get();
                origins.origin(index, o);
                rowOrigin[(int) index] = o[0];
                colOrigin[(int) index] = o[1];
                ByteBuffer b = buffers.get();
                b.clear();
                var floats = b.asFloatBuffer();
                for (int r = 0; r < height; r++) {
                    floats.put(frames, offset + (o[0] + r) * frameWidth + o[1], width);
                }
                try {
                    long position = 4L * height * width * index;
                    while (b.hasRemaining()) {
                        position += channel.write(b, position);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write crop windows to " + file, e);
                }
            }

            @Override
            public Void merge(Void left, Void right) {
                return null;
            }
        };
    }

    /** The windows as a dataset (frames = windows), so that a {@link ScanPass} can stream them. */
    Dataset4D asDataset(ScanShape scan) {
        FrameShape shape = new FrameShape(height, width);
        return new Dataset4D() {
            @Override
            public ScanShape scanShape() {
                return scan;
            }

            @Override
            public FrameShape frameShape() {
                return shape;
            }

            @Override
            public ElementType elementType() {
                return ElementType.F32;
            }

            @Override
            public Calibration calibration() {
                return Calibration.NONE;
            }

            @Override
            public Provenance provenance() {
                return Provenance.generated("crop windows", Map.of());
            }

            @Override
            public void readFrames(long first, int count, float[] dst) throws IOException {
                int n = height * width;
                ByteBuffer b = blockBuffer(4 * n * count);
                long position = 4L * n * first;
                while (b.hasRemaining()) {
                    int read = channel.read(b, position);
                    if (read < 0) {
                        throw new IOException(file + ": crop windows end before frame " + (first + count));
                    }
                    position += read;
                }
                b.flip();
                b.asFloatBuffer().get(dst, 0, n * count);
            }
        };
    }

    /** This thread's read buffer, cleared and limited to {@code bytes}. */
    private ByteBuffer blockBuffer(int bytes) {
        ByteBuffer b = blocks.get();
        if (b == null || b.capacity() < bytes) {
            b = ByteBuffer.allocate(bytes).order(ByteOrder.nativeOrder());
            blocks.set(b);
        }
        b.clear().limit(bytes);
        return b;
    }

    @Override
    public void close() throws IOException {
        channel.close();
        Files.deleteIfExists(file);
    }
}
