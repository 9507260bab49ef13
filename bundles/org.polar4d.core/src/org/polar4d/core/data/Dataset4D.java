package org.polar4d.core.data;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

import org.polar4d.core.label.PolarizationClass;

/**
 * A 4D-STEM dataset: a scan (rows × cols) of diffraction frames (height × width), canonical order
 * (scanRow, scanCol, frameRow, frameCol), row-major, frame index = row·cols + col. Frame row 0 is
 * the top of the pattern, scan row 0 the first scan line.
 *
 * <p>Frames are read lazily; implementations never hold the whole cube unless they were made in
 * memory. All read methods are thread-safe so that passes can read blocks in parallel.
 */
public interface Dataset4D extends Closeable {

    ScanShape scanShape();

    FrameShape frameShape();

    /** Element type as stored; reads decode to float32. */
    ElementType elementType();

    Calibration calibration();

    Provenance provenance();

    /** Dataset-level class label, if the dataset carries one (e.g. a simulated training scan). */
    default Optional<PolarizationClass> label() {
        return Optional.empty();
    }

    default long frameCount() {
        return scanShape().positions();
    }

    /** Size of the pixel data in bytes (frames × pixels × element size), without headers. */
    default long dataBytes() {
        return frameCount() * frameShape().pixels() * elementType().bytes();
    }

    /**
     * Reads {@code count} consecutive frames starting at {@code first} into {@code dst}, frame after
     * frame (each {@code frameShape().pixels()} floats, row-major).
     *
     * @throws IOException if the data cannot be read; the message names the file and position
     */
    void readFrames(long first, int count, float[] dst) throws IOException;

    /**
     * Like {@link #readFrames(long, int, float[])} but exact for every element type (e.g. u32, i64,
     * f64). Readers of such types override it; the default widens the float32 values.
     */
    default void readFramesExact(long first, int count, double[] dst) throws IOException {
        int n = frameShape().pixels();
        float[] f = new float[n];
        for (int i = 0; i < count; i++) {
            readFrames(first + i, 1, f);
            for (int p = 0; p < n; p++) {
                dst[i * n + p] = f[p];
            }
        }
    }

    default void readFrame(long index, float[] dst) throws IOException {
        readFrames(index, 1, dst);
    }

    default void readFrame(int row, int col, float[] dst) throws IOException {
        readFrames(scanShape().index(row, col), 1, dst);
    }

    /** Releases files and mappings. Datasets made in memory have nothing to release. */
    @Override
    default void close() throws IOException {
    }
}
