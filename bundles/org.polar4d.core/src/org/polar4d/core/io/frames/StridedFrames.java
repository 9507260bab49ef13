package org.polar4d.core.io.frames;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;

import org.polar4d.core.data.ElementType;
import org.polar4d.core.data.FrameRange;
import org.polar4d.core.data.FrameShape;

/**
 * Frames of a 4-D array stored with arbitrary byte strides per axis in one mapped file: element
 * (scanRow, scanCol, frameRow, frameCol) lies at {@code base + scanRow·sy + scanCol·sx + frameRow·fy
 * + frameCol·fx}. Covers Fortran-order NPY and Gatan's legacy transposed (signal-major) DM4 layout,
 * where one frame's pixels are far apart but neighbouring scan positions are adjacent: runs along the
 * scan axis with unit stride are decoded in bulk, one detector pixel at a time.
 */
public final class StridedFrames implements FrameSource {

    private final MappedFile file;
    private final long base;
    private final int cols;
    private final long frames;
    private final long sy;
    private final long sx;
    private final long fy;
    private final long fx;
    private final FrameShape frame;
    private final ElementType type;
    private final ByteOrder order;

    /**
     * @param cols scan columns (frame index = row·cols + col)
     * @param frames frames available
     */
    public StridedFrames(MappedFile file, long base, int cols, long frames, long sy, long sx, long fy, long fx,
            FrameShape frame, ElementType type, ByteOrder order) {
        this.file = file;
        this.base = base;
        this.cols = cols;
        this.frames = frames;
        this.sy = sy;
        this.sx = sx;
        this.fy = fy;
        this.fx = fx;
        this.frame = frame;
        this.type = type;
        this.order = order;
    }

    @Override
    public long frameCount() {
        return frames;
    }

    @Override
    public FrameShape frameShape() {
        return frame;
    }

    @Override
    public ElementType elementType() {
        return type;
    }

    @Override
    public List<Path> files() {
        return List.of(file.path());
    }

    @Override
    public void read(long first, int count, float[] dst, int offset) throws IOException {
        readAny(first, count, dst, null, offset);
    }

    @Override
    public void readExact(long first, int count, double[] dst, int offset) throws IOException {
        readAny(first, count, null, dst, offset);
    }

    /** Splits the frame range into rectangles of whole or partial scan rows. */
    private void readAny(long first, int count, float[] f, double[] d, int offset) throws IOException {
        FrameRange.check(first, count, frames);
        ScanRectangles.split(first, count, cols,
                (row, rows, col0, col1) -> rectangle(row, rows, col0, col1, first, f, d, offset));
    }

    private void rectangle(long row0, long rows, int col0, int col1, long first, float[] f, double[] d, int offset)
            throws IOException {
        int pixels = frame.pixels();
        int b = type.bytes();
        for (int p = 0; p < pixels; p++) {
            long pixelOffset = base + (p / frame.width()) * fy + (p % frame.width()) * fx;
            if (sx == b) {
                for (long r = row0; r < row0 + rows; r++) {
                    long at = pixelOffset + r * sy + col0 * sx;
                    run(at, col1 - col0, 1, r * cols + col0 - first, p, f, d, offset);
                }
            } else if (sy == b) {
                for (int c = col0; c < col1; c++) {
                    long at = pixelOffset + row0 * sy + c * sx;
                    run(at, (int) rows, cols, row0 * cols + c - first, p, f, d, offset);
                }
            } else {
                for (long r = row0; r < row0 + rows; r++) {
                    for (int c = col0; c < col1; c++) {
                        run(pixelOffset + r * sy + c * sx, 1, 1, r * cols + c - first, p, f, d, offset);
                    }
                }
            }
        }
    }

    /** Decodes {@code n} adjacent elements and scatters them to frames {@code k0, k0+step, …}, pixel {@code p}. */
    private void run(long at, int n, int frameStep, long k0, int p, float[] f, double[] d, int offset)
            throws IOException {
        int pixels = frame.pixels();
        int perChunk = ElementCodec.chunkElements(file, type);
        for (int done = 0; done < n;) {
            int k = Math.min(perChunk, n - done);
            long from = at + (long) done * type.bytes();
            int to = (int) (offset + (k0 + (long) done * frameStep) * pixels + p);
            int stride = frameStep * pixels;
            if (f != null) {
                float[] s = scratchF(k);
                ElementCodec.decode(file.slice(from, k * type.bytes(), order), type, k, s, 0);
                for (int i = 0; i < k; i++) {
                    f[to + i * stride] = s[i];
                }
            } else {
                double[] s = scratchD(k);
                ElementCodec.decode(file.slice(from, k * type.bytes(), order), type, k, s, 0);
                for (int i = 0; i < k; i++) {
                    d[to + i * stride] = s[i];
                }
            }
            done += k;
        }
    }

    private static final ThreadLocal<float[][]> FLOATS = ThreadLocal.withInitial(() -> new float[1][0]);
    private static final ThreadLocal<double[][]> DOUBLES = ThreadLocal.withInitial(() -> new double[1][0]);

    private static float[] scratchF(int n) {
        float[][] h = FLOATS.get();
        if (h[0].length < n) {
            h[0] = new float[n];
        }
        return h[0];
    }

    private static double[] scratchD(int n) {
        double[][] h = DOUBLES.get();
        if (h[0].length < n) {
            h[0] = new double[n];
        }
        return h[0];
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
